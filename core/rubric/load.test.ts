import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { detectorOptionValidators } from '../detectors/registry';
import { EhcqaError } from '../domain';
import { loadRubric } from './load';

const validators = new Map<string, z.ZodType>([['vague', z.strictObject({ phrases: z.array(z.string()).default([]) })]]);

const base = `
id: test
version: "1"
title: Test
scale: { met: 2, partly: 1, not_met: 0 }
grading:
  inadequate: { scoreBelow: 0.5, limitingNotMetAtLeast: 3 }
  requiresImprovement: { scoreBelow: 0.75, limitingNotMetAtLeast: 1 }
sections: { F: Provision }
criteria:
  - { id: F2, section: F, domain: Provision, weight: 3, limiting: true, title: Vague, met: No vague words, detector: vague }
`;

function problem(text: string): string {
  try {
    loadRubric(text, 'local.yaml', validators);
  } catch (error) {
    expect(error).toBeInstanceOf(EhcqaError);
    expect((error as EhcqaError).code).toBe('invalid_rubric');
    return (error as Error).message;
  }
  throw new Error('the rubric was accepted');
}

describe('loadRubric', () => {
  it('accepts a valid rubric and applies the detector defaults', () => {
    const rubric = loadRubric(base, 'local.yaml', validators);
    expect(rubric.criteria[0]!.options).toEqual({ phrases: [] });
    expect(rubric.criteria[0]!.limiting).toBe(true);
  });

  const invalid: [string, string, RegExp][] = [
    ['a weight of zero', base.replace('weight: 3', 'weight: 0'), /^local\.yaml: criteria\[0\]\.weight: a weight must be greater than 0/],
    ['a weight of the wrong type', base.replace('weight: 3', 'weight: heavy'), /criteria\[0\]\.weight: .*number/i],
    ['an unknown detector', base.replace('detector: vague', 'detector: magic'), /criteria\[0\]\.detector: unknown detector "magic"/],
    ['a duplicate id', base + '  - { id: F2, section: F, domain: P, weight: 1, title: T, met: M, detector: vague }\n', /criteria\[1\]\.id: duplicate criterion id "F2"/],
    ['options the detector rejects', base.replace('detector: vague }', 'detector: vague, options: { phrases: 3 } }'), /criteria\[0\]\.options\.phrases: /],
    ['an unknown field', base.replace('title: Test', 'title: Test\ncolour: red'), /local\.yaml: .*colour/],
    ['a criterion in the wrong section', base.replace('section: F', 'section: E'), /criteria\[0\]\.section: criterion "F2" must belong to section F/],
    ['broken YAML', 'id: [unclosed', /^local\.yaml \(line \d+\): not valid YAML/],
  ];
  it.each(invalid)('refuses %s, naming the file, the path and the rule', (_name, text, expected) => {
    expect(problem(text)).toMatch(expected);
  });

  it('accepts the default rubric file with the real detectors', () => {
    const text = readFileSync('rubrics/default-multi-agency.yaml', 'utf8');
    const rubric = loadRubric(text, 'default-multi-agency.yaml', detectorOptionValidators);
    expect(rubric.id).toBe('default-multi-agency');
    expect(rubric.criteria).toHaveLength(33);
  });
});
