import { z } from 'zod';
import { type Plan } from '../domain';
import { countWords } from '../text';
import { defineDetector } from './detector';
import { absentSection, emptySection } from './support/absent';
import { makeFinding } from './support/finding';
import { confidenceFor, countOf, levelFromShare, shareThresholds } from './support/levels';
import { maskMatches, matchesAny, patternList } from './support/patterns';
import { section } from './support/plan-text';
import { evidenceOfUnit, hasSection, judgedOutcomes, outcomeFilterOptions, type Unit } from './support/units';

const optionsSchema = z.strictObject({
  ...shareThresholds.shape,
  ...outcomeFilterOptions,
  /** A time frame: "by the end of Year 6", "by July 2027", "within 12 months". */
  timePatterns: patternList,
  /** A measure of success: numbers, "4 out of 5", "independently", "without adult prompting". */
  measurePatterns: patternList,
  /** Wording that leaves success unmeasured unless a measure is also given: "improve", "develop". */
  vaguePatterns: patternList,
  /** Labels printed with the outcome ("Outcome 1:"): its number is not a measure. */
  labelPatterns: patternList.default([]),
});
type Options = z.infer<typeof optionsSchema>;

interface Judged {
  readonly unit: Unit;
  readonly timed: boolean;
  readonly measurable: boolean;
}

/**
 * Templates often print the time frame once for all outcomes ("Outcomes to be achieved by the
 * end of Key Stage 3") as a heading or lead-in rather than in every outcome. Only a passage that
 * speaks of outcomes and is not itself an outcome counts (a dated step does not).
 */
function sharedTimeFrame(plan: Plan, o: Options, outcomes: readonly Unit[]): boolean {
  const passages = section(plan, 'E')?.passages ?? [];
  const isOutcome = (text: string) => outcomes.some((u) => u.text.includes(text) || text.includes(u.text));
  return passages.some((p) => /\boutcomes?\b/i.test(p.text) && matchesAny(p.text, o.timePatterns) && (p.heading || !isOutcome(p.text)));
}

function judge(unit: Unit, o: Options, timedByHeading: boolean): Judged {
  // A "by when" column comes out as a short step beside the outcome.
  const timedCell = unit.steps.some((step) => countWords(step) <= 6 && matchesAny(step, o.timePatterns));
  const text = maskMatches(unit.text, o.labelPatterns);
  const timed = timedByHeading || timedCell || matchesAny(text, o.timePatterns);
  // The year in "by the end of Year 6" is not a measure of success.
  const rest = maskMatches(text, o.timePatterns);
  const measurable = matchesAny(rest, o.measurePatterns) || !matchesAny(rest, o.vaguePatterns);
  return { unit, timed, measurable };
}

function describeFlaws(flawed: readonly Judged[]): string {
  const untimed = flawed.filter((j) => !j.timed).length;
  const unmeasured = flawed.filter((j) => !j.measurable).length;
  const parts = [untimed > 0 ? `${untimed} without a time frame` : '', unmeasured > 0 ? `${unmeasured} without a measure of success` : ''].filter(Boolean);
  return parts.join(', ');
}

/** E1: each outcome says by when, and how anyone would know it has been achieved. */
export const smartOutcomes = defineDetector<Options>({
  id: 'smart-outcomes',
  optionsSchema,
  detect(plan: Plan, o) {
    if (!hasSection(plan, 'E') && plan.outcomes.length === 0) return [absentSection(o.criterion, 'E')];
    const units = judgedOutcomes(plan, o);
    if (units.length === 0) return [emptySection(o.criterion, 'E', 'outcomes')];
    const byHeading = sharedTimeFrame(plan, o, units);
    const judged = units.map((u) => judge(u, o, byHeading));
    const flawed = judged.filter((j) => !j.timed || !j.measurable);
    const level = levelFromShare(flawed.length, units.length, o);
    const confidence = confidenceFor(byHeading ? 0.65 : 0.8, units.length, 4);
    switch (level) {
      case 'met':
        return [makeFinding({
          criterion: o.criterion, level, confidence,
          rationale: `All ${units.length} outcomes have a time frame and a measure of success${byHeading ? ' (the time frame is given once for all outcomes)' : ''}.`,
          evidence: units.slice(0, 2).map(evidenceOfUnit),
        })];
      case 'partly':
      case 'not_met': {
        const n = countOf(flawed.length, units.length, 'outcome');
        return [makeFinding({
          criterion: o.criterion, level, confidence,
          rationale: `${n} ${flawed.length === 1 ? 'is' : 'are'} not SMART (${describeFlaws(flawed)}).`,
          evidence: flawed.slice(0, 5).map((j) => evidenceOfUnit(j.unit)),
        })];
      }
    }
  },
});
