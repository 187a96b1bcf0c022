import { z } from 'zod';
import { type Plan, SECTION_IDS } from '../../domain';
import { splitSentences } from '../../text';
import { childNames, parentNames } from './names';
import { matchesAny, patternList } from './patterns';
import { type PlanSentence, section } from './plan-text';

/** Where to look for phrases, and what to leave aside. */
export const lookInOptions = {
  sections: z.array(z.enum(SECTION_IDS)).min(1),
  /** A sentence matching any of these is not counted (e.g. a parent speaking in the first person). */
  excludePatterns: patternList.default([]),
  /** Passages under a sub-heading matching these are skipped (e.g. "Parents' views" when counting the child's voice). */
  skipHeadings: patternList.default([]),
};
export interface LookIn {
  readonly sections: readonly (typeof SECTION_IDS)[number][];
  readonly excludePatterns: readonly string[];
  readonly skipHeadings: readonly string[];
}

/**
 * `{child}` in a pattern stands for the child's first name (or any of their names); when the
 * plan gives no name it stands for "he", "she" or "they", so patterns still read sensibly.
 * `{parent}` stands for the first names of the parents and carers the plan names.
 */
export function withChild(patterns: readonly string[], plan: Plan): string[] {
  const escape = (n: string) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const names = [...childNames(plan).all].map(escape);
  const child = names.length > 0 ? `(?:${names.join('|')})` : '(?:he|she|they)';
  const parents = [...parentNames(plan)].map(escape);
  // With no parent named, "{parent}" stands for the word "parent" itself.
  const parent = parents.length > 0 ? `(?:${parents.join('|')})` : '(?:parent)';
  return patterns.map((p) => p.replaceAll('{child}', child).replaceAll('{parent}', parent));
}

/** The sentences to search: the sections asked for, minus skipped sub-blocks and excluded sentences. */
export function sentencesToSearch(plan: Plan, o: LookIn): PlanSentence[] {
  const exclude = withChild(o.excludePatterns, plan);
  const out: PlanSentence[] = [];
  for (const id of o.sections) {
    let skipping = false;
    for (const passage of section(plan, id)?.passages ?? []) {
      if (passage.heading) {
        skipping = matchesAny(passage.text, o.skipHeadings);
        continue;
      }
      if (skipping) continue;
      for (const s of splitSentences(passage.text)) {
        if (!matchesAny(s.text, exclude)) out.push({ section: id, page: passage.page, text: s.text, passage });
      }
    }
  }
  return out;
}

/** Sentences that match the patterns (with `{child}` filled in). */
export function matching(sentences: readonly PlanSentence[], patterns: readonly string[], plan: Plan): PlanSentence[] {
  const filled = withChild(patterns, plan);
  return sentences.filter((s) => matchesAny(s.text, filled));
}
