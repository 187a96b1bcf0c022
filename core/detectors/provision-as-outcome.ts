import { z } from 'zod';
import { type Plan } from '../domain';
import { defineDetector } from './detector';
import { absentSection, emptySection } from './support/absent';
import { makeFinding } from './support/finding';
import { firstPhrase, type PhraseFlag } from './support/phrase-flags';
import { confidenceFor, countOf, examples, levelFromShare, shareThresholds } from './support/levels';
import { patternList } from './support/patterns';
import { evidenceAt, evidenceOfUnit, hasSection, judgedOutcomes, outcomeFilterOptions } from './support/units';

const optionsSchema = z.strictObject({
  ...shareThresholds.shape,
  ...outcomeFilterOptions,
  /** What the child will be given rather than achieve: "will receive", "will have access to". */
  receiptPatterns: patternList,
  /** Contexts that look like receipt but are achievement ("will attend school on 95% of days"). */
  ignorePatterns: patternList.default([]),
  ignoreQuoted: z.boolean().default(true),
});
type Options = z.infer<typeof optionsSchema>;

/** E2: an outcome says what the child will achieve, not what they will be given. */
export const provisionAsOutcome = defineDetector<Options>({
  id: 'provision-as-outcome',
  optionsSchema,
  detect(plan: Plan, o) {
    if (!hasSection(plan, 'E') && plan.outcomes.length === 0) return [absentSection(o.criterion, 'E')];
    const units = judgedOutcomes(plan, o);
    if (units.length === 0) return [emptySection(o.criterion, 'E', 'outcomes')];
    const flags = units.map((u) => firstPhrase(u, o.receiptPatterns, o.ignorePatterns, o.ignoreQuoted)).filter((f): f is PhraseFlag => f !== null);
    const level = levelFromShare(flags.length, units.length, o);
    switch (level) {
      case 'met':
        return [makeFinding({
          criterion: o.criterion, level, confidence: confidenceFor(0.85, units.length, 4),
          rationale: `All ${units.length} outcomes say what the child will achieve, not what they will receive.`,
          evidence: units.slice(0, 2).map(evidenceOfUnit),
        })];
      case 'partly':
      case 'not_met': {
        const n = countOf(flags.length, units.length, 'outcome');
        return [makeFinding({
          criterion: o.criterion, level, confidence: level === 'not_met' ? 0.8 : 0.7,
          rationale: `${n} describe${flags.length === 1 ? 's' : ''} provision the child will receive (${examples(flags.map((f) => f.phrase))}), not what they will achieve.`,
          evidence: flags.slice(0, 5).map((f) => evidenceAt(f.unit, f.index)),
        })];
      }
    }
  },
});
