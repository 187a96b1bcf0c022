import { describe, expect, it } from 'vitest';
import { type Finding, type Level, type Plan } from '../../domain';
import { normaliseText } from '../../text';
import { type Detector } from '../detector';
import { rubricOptions } from './rubric-options';

/** A passing example: the plan and the level the criterion should get (`met` or `na`). */
export interface PassingRow {
  readonly name: string;
  readonly plan: Plan;
  readonly level?: 'met' | 'na';
}

/** A flagged example: the level, and text the evidence must quote (the offending wording). */
export interface FlaggedRow {
  readonly name: string;
  readonly plan: Plan;
  readonly level: 'partly' | 'not_met';
  /** Each must appear in some evidence quote; omit only when the flaw is an absence. */
  readonly quotes?: readonly string[];
}

const SEVERITY: Record<Level, number> = { not_met: 3, partly: 2, met: 1, na: 0 };

/** The level the rubric's fold would suggest: the most severe finding wins. */
export const foldedLevel = (findings: readonly Finding[]): Level =>
  [...findings].sort((a, b) => SEVERITY[b.level] - SEVERITY[a.level])[0]?.level ?? 'na';

/**
 * The plan's text as a report shows it (the cover, then each section's text), white space
 * normalised: every quote must be a piece of it. Outcomes and provision items are not added on
 * their own: a quote joined from items listed out of order would not be plan text.
 */
export function planText(plan: Plan): string {
  return normaliseText([...plan.front.map((p) => p.text), ...plan.sections.map((s) => s.text)].join('\n'));
}

function checkShape(findings: readonly Finding[], plan: Plan, criterion: string): void {
  expect(findings.length).toBeGreaterThan(0);
  const text = planText(plan);
  for (const f of findings) {
    expect(f.criterion).toBe(criterion);
    expect(f.confidence).toBeGreaterThanOrEqual(0);
    expect(f.confidence).toBeLessThanOrEqual(1);
    expect(f.rationale.trim().length).toBeGreaterThan(0);
    expect(f.rationale).not.toMatch(/\n/);
    for (const e of f.evidence) expect(text, `quote "${e.quote}" is not plan text`).toContain(normaliseText(e.quote));
  }
}

/**
 * The valid/invalid table of a detector (like ESLint's rule tests), run with the criterion's
 * options from the shipped rubric.
 */
export function detectorTable<O>(
  detector: Detector<O>,
  criterion: string,
  table: { readonly passing: readonly PassingRow[]; readonly flagged: readonly FlaggedRow[] },
): void {
  const options = rubricOptions(detector, criterion);
  describe(`${detector.id} for ${criterion}`, () => {
    describe('passing', () => {
      it.each(table.passing.map((r) => [r.name, r] as const))('%s', (_name, row) => {
        const findings = detector.detect(row.plan, options);
        checkShape(findings, row.plan, criterion);
        expect(foldedLevel(findings), findings.map((f) => f.rationale).join(' / ')).toBe(row.level ?? 'met');
      });
    });
    describe('flagged', () => {
      it.each(table.flagged.map((r) => [r.name, r] as const))('%s', (_name, row) => {
        const findings = detector.detect(row.plan, options);
        checkShape(findings, row.plan, criterion);
        expect(foldedLevel(findings), findings.map((f) => f.rationale).join(' / ')).toBe(row.level);
        const quotes = findings.filter((f) => f.level === row.level).flatMap((f) => f.evidence.map((e) => e.quote));
        for (const q of row.quotes ?? []) expect(quotes.some((x) => x.toLowerCase().includes(q.toLowerCase())), `no evidence quotes "${q}" in ${JSON.stringify(quotes)}`).toBe(true);
      });
    });
  });
}
