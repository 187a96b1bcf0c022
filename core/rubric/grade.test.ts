import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type Level } from '../domain';
import { gradeCriteria, gradePlan } from './grade';
import { loadRubric } from './load';

// Grading does not depend on detectors: accept any detector name with any options.
const anyDetector = new Proxy(new Map(), { get: (target, key) => (key === 'get' ? () => z.record(z.string(), z.unknown()) : Reflect.get(target, key)) }) as never;
const rubric = loadRubric(readFileSync('rubrics/default-multi-agency.yaml', 'utf8'), 'default-multi-agency.yaml', anyDetector);
const allMet = () => new Map<string, Level>(rubric.criteria.map((c) => [c.id, 'met']));

describe('the grading rule of the default rubric', () => {
  it('has the 33 criteria of the spec with their weights and limiting flags', () => {
    expect(rubric.criteria).toHaveLength(33);
    expect(rubric.criteria.filter((c) => c.limiting).map((c) => c.id)).toEqual(['E1', 'E2', 'E5', 'F1', 'F2', 'G1', 'P2']);
    expect(rubric.criteria.reduce((n, c) => n + c.weight, 0)).toBe(54);
  });

  const cases: { name: string; levels: Record<string, Level>; grade: string; limitedBy?: string[] }[] = [
    { name: 'every criterion met', levels: {}, grade: 'Outstanding' },
    { name: 'n/a does not lower the grade', levels: { E5: 'na' }, grade: 'Outstanding' },
    { name: 'one partly is Good', levels: { A4: 'partly' }, grade: 'Good' },
    { name: 'a limiting not_met caps at Requires improvement', levels: { F2: 'not_met' }, grade: 'Requires improvement', limitedBy: ['F2'] },
    { name: 'a non-limiting not_met with a high score stays Good', levels: { A4: 'not_met' }, grade: 'Good' },
    { name: 'three limiting not_met is Inadequate', levels: { E1: 'not_met', F1: 'not_met', F2: 'not_met' }, grade: 'Inadequate', limitedBy: ['E1', 'F1', 'F2'] },
  ];
  it.each(cases)('$name', ({ levels, grade, limitedBy }) => {
    const map = allMet();
    for (const [id, level] of Object.entries(levels)) map.set(id, level);
    const result = gradePlan(rubric, map);
    expect(result.grade).toBe(grade);
    expect(result.limitedBy).toEqual(limitedBy ?? []);
  });

  it('scores as the weighted mean normalised to 0..1, leaving n/a out', () => {
    const levels = allMet();
    levels.set("F1", "partly"); // weight 3: loses 3 points
    levels.set("E5", "na"); // weight 2: 108 - 4 = 104 possible
    const result = gradePlan(rubric, levels);
    expect(result.score).toBeCloseTo((104 - 3) / 104, 10);
  });

  it('is Inadequate below 0.50 and Requires improvement below 0.75 without any limiting failure', () => {
    const nonLimiting = rubric.criteria.filter((c) => !c.limiting);
    const low = new Map<string, Level>(rubric.criteria.map((c) => [c.id, c.limiting ? 'met' : 'not_met']));
    const score = gradeCriteria(rubric, rubric.criteria, low).score!;
    expect(score).toBeLessThan(0.5);
    expect(gradeCriteria(rubric, rubric.criteria, low).grade).toBe('Inadequate');
    const mid = new Map<string, Level>(rubric.criteria.map((c) => [c.id, c.limiting ? 'met' : 'partly']));
    expect(gradeCriteria(rubric, rubric.criteria, mid).grade).toBe('Requires improvement');
    expect(nonLimiting.length).toBe(26);
  });

  it('grades each section by its own criteria, P for the whole-plan ones', () => {
    const levels = allMet();
    levels.set('F2', 'not_met');
    const result = gradePlan(rubric, levels);
    expect(result.sections.F?.grade).toBe('Requires improvement');
    expect(result.sections.F?.limitedBy).toEqual(['F2']);
    expect(result.sections.A?.grade).toBe('Outstanding');
    expect(Object.keys(result.sections).sort()).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'P']);
  });
});
