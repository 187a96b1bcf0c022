import { z } from 'zod';
import { type Evidence, type Plan, SECTION_IDS } from '../domain';
import { defineDetector } from './detector';
import { absentSection } from './support/absent';
import { makeFinding } from './support/finding';
import { findMatches, matchesAny, patternList } from './support/patterns';
import { evidenceOf, sentencesOf, textOf } from './support/plan-text';

const optionsSchema = z.strictObject({
  /** Conditions and diagnoses, each with the wording that names it ("autism", "ASD", "autistic"). */
  conditions: z.array(z.strictObject({ name: z.string().min(1), patterns: patternList })).min(1),
  /** Sections where a condition named must then also appear in C. */
  lookIn: z.array(z.enum(SECTION_IDS)).min(1),
  /** Sentences that name a condition only as a question ("awaiting an ADHD assessment", "no diagnosis of"). */
  uncertainPatterns: patternList.default([]),
});
type Options = z.infer<typeof optionsSchema>;

const combined = new WeakMap<Options['conditions'], readonly string[]>();
function allConditionPatterns(conditions: Options['conditions']): readonly string[] {
  let all = combined.get(conditions);
  if (!all) combined.set(conditions, (all = conditions.flatMap((c) => c.patterns)));
  return all;
}

/**
 * Whether the text names the condition itself, not a programme or service named after it
 * ("The Beat Dyslexia programme", "the Autism Outreach Team"): a match inside a run of
 * capitalised words, away from the start of the sentence, is part of a name.
 */
function namesCondition(text: string, patterns: readonly string[]): boolean {
  const capital = (w: string | undefined) => w !== undefined && /^[A-Z][a-z]/.test(w);
  return findMatches(text, patterns).some((m) => {
    const wordsBefore = text.slice(0, m.index).trim().split(/\s+/).filter(Boolean);
    const before = wordsBefore[wordsBefore.length - 1];
    const after = /^\s+(\S+)/.exec(text.slice(m.index + m.text.length))?.[1];
    // A capitalised word before is part of the name unless it is the sentence's first word.
    const nameBefore = capital(before) && !/[.!?:]$/.test(before!) && wordsBefore.length > 1;
    const inName = /^[A-Z]/.test(m.text) && (nameBefore || capital(after));
    return !inName;
  });
}

/** C2: every condition or diagnosis the plan names elsewhere also appears in section C. */
export const diagnosesInHealth = defineDetector<Options>({
  id: 'diagnoses-in-health',
  optionsSchema,
  detect(plan: Plan, o) {
    // One scan for any condition first: most sentences name none, and there are dozens of conditions.
    const anyCondition = allConditionPatterns(o.conditions);
    const elsewhere = sentencesOf(plan, o.lookIn).filter((s) => matchesAny(s.text, anyCondition) && !matchesAny(s.text, o.uncertainPatterns));
    const named = o.conditions.flatMap((c) => {
      const where = elsewhere.find((s) => namesCondition(s.text, c.patterns));
      return where ? [{ c, where }] : [];
    });
    const hasC = plan.sections.some((s) => s.id === 'C');
    if (!hasC) return named.length > 0 ? [absentSection(o.criterion, 'C')] : [absentSection(o.criterion, 'C', 'not_met', 0.25)];
    const c = textOf(plan, ['C']);
    const missing = named.filter(({ c: cond }) => !matchesAny(c, cond.patterns));
    if (named.length === 0) {
      return [makeFinding({ criterion: o.criterion, level: 'met', confidence: 0.5, rationale: 'No condition or diagnosis is named outside section C.' })];
    }
    if (missing.length === 0) {
      const inC = sentencesOf(plan, ['C']).filter((s) => named.some(({ c: cond }) => matchesAny(s.text, cond.patterns)));
      return [makeFinding({ criterion: o.criterion, level: 'met', confidence: 0.75, rationale: `Every condition named in the plan (${named.map(({ c: x }) => x.name).join(', ')}) also appears in section C.`, evidence: inC.slice(0, 3).map(evidenceOf) })];
    }
    const evidence: Evidence[] = missing.slice(0, 4).map(({ where }) => evidenceOf(where));
    return [makeFinding({
      criterion: o.criterion, level: missing.length === named.length ? 'not_met' : 'partly', confidence: 0.7,
      rationale: `${missing.map(({ c: x }) => x.name).join(', ')} ${missing.length === 1 ? 'is' : 'are'} named elsewhere in the plan but not in section C.`,
      evidence,
    })];
  },
});
