import { findMatches, maskMatches, maskQuoted, matchesAny } from '../detectors/support/patterns';
import { type Rubric } from '../rubric';
import { type ExportPlan } from './dataset';

/** Pattern lists from a criterion's options (validated when the rubric was loaded). */
const list = (options: Record<string, unknown>, key: string): string[] => {
  const value = options[key];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
};

export interface PhraseUse {
  readonly phrase: string;
  readonly occurrences: number;
  readonly lines: number;
  readonly plans: number;
  readonly example: { readonly planKey: string; readonly text: string };
}

/**
 * The vague phrases most used in provision, with the rubric's own lists: every criterion whose
 * detector is `vague-provision` names its section, its phrases and the contexts to ignore.
 */
export function vaguePhrases(rubric: Rubric, plans: readonly ExportPlan[]): PhraseUse[] {
  const uses = new Map<string, { occurrences: number; lines: number; plans: Set<string>; example: PhraseUse['example'] }>();
  for (const criterion of rubric.criteria.filter((c) => c.detector === 'vague-provision')) {
    const section = typeof criterion.options['section'] === 'string' ? criterion.options['section'] : 'F';
    const vague = list(criterion.options, 'vaguePatterns');
    const ignore = list(criterion.options, 'ignorePatterns');
    const skip = list(criterion.options, 'skipPatterns');
    for (const plan of plans) {
      for (const item of plan.provision) {
        if (item.section !== section || matchesAny(item.text, skip)) continue;
        const found = findMatches(maskQuoted(maskMatches(item.text, ignore)), vague);
        const inLine = new Set<string>();
        for (const m of found) {
          const phrase = m.text.toLowerCase().replace(/\s+/g, ' ');
          const use = uses.get(phrase) ?? { occurrences: 0, lines: 0, plans: new Set<string>(), example: { planKey: plan.key, text: item.text } };
          use.occurrences++;
          if (!inLine.has(phrase)) use.lines++;
          inLine.add(phrase);
          use.plans.add(plan.key);
          uses.set(phrase, use);
        }
      }
    }
  }
  return [...uses.entries()]
    .map(([phrase, u]) => ({ phrase, occurrences: u.occurrences, lines: u.lines, plans: u.plans.size, example: u.example }))
    .sort((a, b) => b.occurrences - a.occurrences || a.phrase.localeCompare(b.phrase));
}

export interface DisguisedOutcome {
  readonly planKey: string;
  readonly outcome: string;
  readonly phrase: string;
}

/** Outcomes that are provision in disguise ("will receive", "will attend a group"), by the E2 lists. */
export function disguisedOutcomes(rubric: Rubric, plans: readonly ExportPlan[]): DisguisedOutcome[] {
  const out: DisguisedOutcome[] = [];
  for (const criterion of rubric.criteria.filter((c) => c.detector === 'provision-as-outcome')) {
    const receipt = list(criterion.options, 'receiptPatterns');
    const ignore = list(criterion.options, 'ignorePatterns');
    const notOutcome = list(criterion.options, 'notOutcomePatterns');
    for (const plan of plans) {
      for (const outcome of plan.outcomes) {
        if (matchesAny(outcome.text, notOutcome)) continue;
        const first = findMatches(maskQuoted(maskMatches(outcome.text, ignore)), receipt)[0];
        if (first) out.push({ planKey: plan.key, outcome: outcome.text, phrase: first.text.toLowerCase().replace(/\s+/g, ' ') });
      }
    }
  }
  return out;
}
