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

interface Judged {
  readonly block: Need['block'];
  readonly evidence: ReturnType<typeof evidencing>;
}

/**
 * Forms print a need and its evidence side by side ("Description | Evidence (source and
 * date)"), and the evidence cell often restates the need ("... 5th percentile, below the
 * average range"), so it reads as a need of its own. A need with no evidence followed, in the
 * same area, by one that opens with its evidence is one need, evidenced.
 */
function withEvidenceCells(judged: readonly Judged[]): Judged[] {
  const out: Judged[] = [];
  for (let i = 0; i < judged.length; i++) {
    const need = judged[i]!;
    const next = judged[i + 1];
    const opensWithEvidence = next?.evidence !== undefined && sentencesOfBlock(next.block)[0]?.text === next.evidence.text;
    if (!need.evidence && next && opensWithEvidence && next.block.area === need.block.area) {
      out.push({ block: need.block, evidence: next.evidence });
      i++;
    } else out.push(need);
  }
  return out;
}

/** B2: each need is specific and evidenced: current levels or scores, with the source named and dated. */
export const evidencedNeeds = defineDetector<Options>({
  id: 'evidenced-needs',
  optionsSchema,
  detect(plan: Plan, o) {
    if (!plan.sections.some((s) => s.id === 'B')) return [absentSection(o.criterion, 'B')];
    const needs = needsOf(plan, 'B', o);
    if (needs.length === 0) return [emptySection(o.criterion, 'B', 'description of needs')];
    const judged = withEvidenceCells(needs.map((n) => ({ block: n.block, evidence: evidencing(n, o) })));
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
