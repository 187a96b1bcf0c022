import { z } from 'zod';
import { type Plan } from '../domain';
import { findDates } from '../text';
import { defineDetector } from './detector';
import { absentSection, emptySection } from './support/absent';
import { sentencesOfBlock } from './support/blocks';
import { makeFinding } from './support/finding';
import { countOf, levelFromShare, shareThresholds } from './support/levels';
import { matchesAny, patternList } from './support/patterns';
import { type Need, needOptions, needsOf } from './support/needs';
import { evidenceOf } from './support/plan-text';

const optionsSchema = z.strictObject({
  ...shareThresholds.shape,
  ...needOptions,
  /** What shows a need is evidenced: scores, levels, named assessments and reports. */
  evidencePatterns: patternList,
  /** Blocks shorter than this are headings or labels, not needs. */
  minWords: z.number().int().min(1).default(8),
});
type Options = z.infer<typeof optionsSchema>;

/** A sentence that evidences the need: it names an assessment, a score or a level, or it is dated. */
function evidencing(need: Need, o: Options) {
  return [need.block, ...need.more].flatMap(sentencesOfBlock).find((s) => matchesAny(s.text, o.evidencePatterns) || findDates(s.text).length > 0);
}

/** B2: each need is specific and evidenced: current levels or scores, with the source named and dated. */
export const evidencedNeeds = defineDetector<Options>({
  id: 'evidenced-needs',
  optionsSchema,
  detect(plan: Plan, o) {
    if (!plan.sections.some((s) => s.id === 'B')) return [absentSection(o.criterion, 'B')];
    const needs = needsOf(plan, 'B', o);
    if (needs.length === 0) return [emptySection(o.criterion, 'B', 'description of needs')];
    const judged = needs.map((n) => ({ block: n.block, evidence: evidencing(n, o) }));
    const bare = judged.filter((j) => !j.evidence);
    const level = levelFromShare(bare.length, needs.length, o);
    const n = countOf(bare.length, needs.length, 'need');
    switch (level) {
      case 'met':
        return [makeFinding({
          criterion: o.criterion, level, confidence: 0.7,
          rationale: `Each of the ${needs.length} needs is backed by an assessment, a score or a dated source.`,
          evidence: judged.flatMap((j) => (j.evidence ? [evidenceOf(j.evidence)] : [])).slice(0, 3),
        })];
      case 'partly':
      case 'not_met':
        return [makeFinding({
          criterion: o.criterion, level, confidence: 0.6,
          rationale: `${n} ${bare.length === 1 ? 'gives' : 'give'} no assessment, score, level or dated source.`,
          evidence: bare.slice(0, 4).flatMap((j) => sentencesOfBlock(j.block).slice(0, 1).map(evidenceOf)),
        })];
    }
  },
});
