import { type Plan, type SectionId } from '../../domain';
import { type Block, blocksOf, sentencesOfBlock } from './blocks';
import { findMatches, matchesAny, openingOf, patternList } from './patterns';

/** How the needs of a section are told apart from strengths, evidence and context. */
export const needOptions = {
  /** Wording of a need ("finds it hard", "difficulty", "cannot"): a block without it is context or evidence. */
  needPatterns: patternList,
  /** Blocks that are not needs, by their opening words or sub-heading: strengths, "not applicable" (case-insensitive, whole words; "^" is the start). */
  skipPatterns: patternList.default([]),
  /** Openings that carry on the need before ("He finds spelling hard too", "As a result, ..."), even with need wording. */
  continuePatterns: patternList.default([]),
  /** Under a strengths heading, a sentence with these words is a strength even with need wording ("can name when he feels worried"). */
  strengthPatterns: patternList.default([]),
};
export interface NeedOptions {
  readonly needPatterns: readonly string[];
  readonly skipPatterns: readonly string[];
  readonly continuePatterns?: readonly string[];
  readonly strengthPatterns?: readonly string[];
  readonly minWords: number;
  /**
   * A block opens a new need only if it names something the current need does not (a new
   * condition); "she carries two auto-injectors and has an allergy plan" stays with the allergy.
   */
  readonly newTermsOnly?: boolean;
}

/** One need: the block that states it and the blocks after it that evidence or explain it. */
export interface Need {
  readonly block: Block;
  readonly more: readonly Block[];
  readonly text: string;
}

/**
 * A block is skipped by its opening words ("Strengths: ...") or its sub-heading ("Strengths"),
 * each matched on its own so "^" means its start; under a skipped sub-heading, a block that reads
 * as a need is kept, as tables often print needs straight after the strengths.
 */
function skipped(b: Block, o: NeedOptions): boolean {
  if (matchesAny(openingOf(b.text, 60), o.skipPatterns)) return true;
  if (!matchesAny(b.heading ?? '', o.skipPatterns)) return false;
  // Under "Strengths", a need is a sentence with need wording that is not told as a strength.
  return !sentencesOfBlock(b).some((s) => matchesAny(s.text, o.needPatterns) && !matchesAny(s.text, o.strengthPatterns ?? []));
}

/**
 * The needs of a section (B, C or D). A need is stated in a block that reads as a need; the
 * blocks that follow it without reading as needs (an assessment, "In class this means...")
 * belong to it, as templates often print a need and its evidence in separate cells or paragraphs.
 */
export function needsOf(plan: Plan, id: SectionId, o: NeedOptions): Need[] {
  const out: { block: Block; more: Block[] }[] = [];
  for (const b of blocksOf(plan, id, o.minWords)) {
    if (skipped(b, o)) continue;
    const last = out[out.length - 1];
    const terms = findMatches(b.text, o.needPatterns).map((m) => m.text.toLowerCase());
    const known = last ? new Set([last.block, ...last.more].flatMap((x) => findMatches(x.text, o.needPatterns).map((m) => m.text.toLowerCase()))) : new Set<string>();
    const carriesOn = last !== undefined && matchesAny(openingOf(b.text, 40), o.continuePatterns ?? []);
    const opens = terms.length > 0 && !carriesOn && !(o.newTermsOnly && last && terms.every((t) => known.has(t)));
    if (opens) out.push({ block: b, more: [] });
    else if (last && last.block.area === b.area) last.more.push(b);
  }
  return out.map((n) => ({ ...n, text: [n.block.text, ...n.more.map((m) => m.text)].join('\n') }));
}
