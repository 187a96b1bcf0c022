import { z } from 'zod';
import { type Plan } from '../domain';
import { defineDetector } from './detector';
import { absentSection } from './support/absent';
import { countWords } from '../text';
import { areasOf, sentencesOfBlock } from './support/blocks';
import { makeFinding } from './support/finding';
import { matchesAny, patternList } from './support/patterns';
import { evidenceOf, type PlanSentence } from './support/plan-text';
import { lookInOptions, matching, sentencesToSearch, withChild } from './support/phrase-count';

const group = z.strictObject({
  /** What the group shows, for rationales: "the child's own words", "how to communicate with them". */
  name: z.string().min(1),
  patterns: patternList,
  /** Matching sentences needed for this group to count as met. */
  metCount: z.number().int().min(1).default(1),
});

const optionsSchema = z.strictObject({
  ...lookInOptions,
  /** Every group must reach its count for `met`; a sentence of `{child}` in a pattern is the child's name. */
  groups: z.array(group).min(1),
  /** Wording that shows the plan tried but fell short (unattributed views, a vague budget): `partly`, not `not_met`. */
  partlyPatterns: patternList.default([]),
  /**
   * Judge area by area when the structure stage tagged areas of need (strengths in each area of
   * B): `met` only when every area with needs has a match. Blocks matching `notApplicablePatterns` are not areas with needs.
   */
  perArea: z.boolean().default(false),
  notApplicablePatterns: patternList.default([]),
});
type Options = z.infer<typeof optionsSchema>;

const quotes = (list: readonly Pick<PlanSentence, 'section' | 'page' | 'text'>[], max = 3) => list.slice(0, max).map(evidenceOf);

function byArea(plan: Plan, o: Options & { criterion: string }) {
  const id = o.sections[0]!;
  const areas = areasOf(plan, id).filter((b) => !(countWords(b.text) < 40 && matchesAny(b.text, o.notApplicablePatterns)));
  if (areas.length < 2) return null;
  const patterns = withChild(o.groups.flatMap((g) => g.patterns), plan);
  const judged = areas.map((b) => ({ b, hit: sentencesOfBlock(b).find((s) => matchesAny(s.text, patterns)) }));
  const without = judged.filter((j) => !j.hit);
  const name = o.groups.map((g) => g.name).join(' and ');
  if (without.length === 0) {
    return makeFinding({ criterion: o.criterion, level: 'met', confidence: 0.7, rationale: `Every area of need (${areas.length}) records ${name}.`, evidence: quotes(judged.flatMap((j) => (j.hit ? [j.hit] : []))) });
  }
  const level = without.length === judged.length ? 'not_met' : 'partly';
  return makeFinding({
    criterion: o.criterion, level, confidence: 0.6,
    rationale: `${without.length} of ${areas.length} areas of need record no ${name}.`,
    evidence: quotes(without.flatMap((j) => sentencesOfBlock(j.b).slice(0, 1))),
  });
}

/**
 * Criteria met by what a section says (the child's voice, parents' views, strengths, how to
 * communicate, a personal budget statement): counts the sentences that match each group.
 */
export const phrasePresence = defineDetector<Options>({
  id: 'phrase-presence',
  optionsSchema,
  detect(plan: Plan, o) {
    const present = o.sections.filter((id) => plan.sections.some((s) => s.id === id));
    if (present.length === 0) return [absentSection(o.criterion, o.sections[0]!)];
    if (o.perArea) {
      const areaFinding = byArea(plan, o);
      if (areaFinding) return [areaFinding];
    }
    const sentences = sentencesToSearch(plan, o);
    const groups = o.groups.map((g) => ({ g, hits: matching(sentences, g.patterns, plan) }));
    const short = groups.filter(({ g, hits }) => hits.length < g.metCount);
    const found = groups.flatMap(({ hits }) => hits);
    if (short.length === 0) {
      return [makeFinding({ criterion: o.criterion, level: 'met', confidence: 0.7, rationale: `The plan records ${groups.map(({ g }) => g.name).join(' and ')}.`, evidence: quotes(found) })];
    }
    const lacking = short.map(({ g, hits }) => (hits.length === 0 ? `no ${g.name}` : `little of ${g.name} (${hits.length} sentence${hits.length === 1 ? '' : 's'})`)).join('; ');
    const near = matching(sentences, o.partlyPatterns, plan);
    if (found.length > 0 || near.length > 0) {
      return [makeFinding({ criterion: o.criterion, level: 'partly', confidence: 0.55, rationale: `The plan records ${lacking}.`, evidence: quotes([...found, ...near]) })];
    }
    return [makeFinding({ criterion: o.criterion, level: 'not_met', confidence: 0.6, rationale: `The plan records ${lacking}.`, evidence: quotes(sentences, 1) })];
  },
});
