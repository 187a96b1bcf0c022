import { z } from 'zod';
import { type Plan } from '../domain';
import { countWords, splitSentences } from '../text';
import { defineDetector } from './detector';
import { absentSection, emptySection } from './support/absent';
import { makeFinding } from './support/finding';
import { countOf, levelFromShare, shareThresholds } from './support/levels';
import { matchesAny, patternList } from './support/patterns';
import { evidenceOf, sentencesOf } from './support/plan-text';
import { evidenceOfUnit, hasSection, judgedOutcomes, outcomeFilterOptions, type Unit } from './support/units';

const optionsSchema = z.strictObject({
  ...shareThresholds.shape,
  ...outcomeFilterOptions,
  /** Wording of a shorter-term step ("by the end of this term", "Step 1", "short-term target"). */
  stepPatterns: patternList,
  /** A step needs at least this many words: a "by when" cell ("July 2027") is not a step. */
  minStepWords: z.number().int().min(1).default(4),
});
type Options = z.infer<typeof optionsSchema>;

/**
 * Outcomes with the steps that lead to them. When the structure stage cut a step out as an
 * outcome of its own (it opens with "By the end of this term..."), it is a step of the outcome before.
 * A step needs `minStepWords`: a "by when" cell ("July 2027") is not a step.
 */
function withSteps(units: readonly Unit[], o: Options): { unit: Unit; steps: number }[] {
  return units.map((unit) => {
    // Steps printed inline after the outcome ("... Steps: By the end of this term, ...").
    const inline = splitSentences(unit.text).slice(1).filter((s) => matchesAny(s.text, o.stepPatterns)).length;
    return { unit, steps: inline + unit.steps.filter((s) => countWords(s) >= o.minStepWords).length };
  });
}

/** E4: each longer-term outcome has shorter-term steps or targets leading to it. */
export const outcomeSteps = defineDetector<Options>({
  id: 'outcome-steps',
  optionsSchema,
  detect(plan: Plan, o) {
    if (!hasSection(plan, 'E') && plan.outcomes.length === 0) return [absentSection(o.criterion, 'E')];
    const outcomes = withSteps(judgedOutcomes(plan, o, 4, o.stepPatterns), o);
    if (outcomes.length === 0) return [emptySection(o.criterion, 'E', 'outcomes')];
    const bare = outcomes.filter((x) => x.steps === 0);
    if (bare.length === outcomes.length) {
      // Steps may sit in E as passages the structure stage did not attach to an outcome.
      const loose = sentencesOf(plan, ['E']).filter((s) => matchesAny(s.text, o.stepPatterns));
      if (loose.length >= outcomes.length) {
        return [makeFinding({ criterion: o.criterion, level: 'met', confidence: 0.45, rationale: `Section E sets out shorter-term steps (${loose.length}) beside its ${outcomes.length} outcomes.`, evidence: loose.slice(0, 2).map(evidenceOf) })];
      }
    }
    const level = levelFromShare(bare.length, outcomes.length, o);
    switch (level) {
      case 'met':
        return [makeFinding({ criterion: o.criterion, level, confidence: 0.7, rationale: `Each of the ${outcomes.length} outcomes has shorter-term steps leading to it.`, evidence: outcomes.slice(0, 2).map((x) => evidenceOfUnit(x.unit)) })];
      case 'partly':
      case 'not_met': {
        const n = countOf(bare.length, outcomes.length, 'outcome');
        return [makeFinding({
          criterion: o.criterion, level, confidence: 0.6,
          rationale: `${n} ${bare.length === 1 ? 'has' : 'have'} no shorter-term steps or targets.`,
          evidence: bare.slice(0, 4).map((x) => evidenceOfUnit(x.unit)),
        })];
      }
    }
  },
});
