import { z } from 'zod';
import { type Passage, type Plan, SECTION_IDS } from '../../domain';
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
export function withChild(patterns: readonly string[], plan: Plan): readonly string[] {
  // One filled list per plan and pattern list: the same array each time lets the compiled
  // pattern be found by identity, and a dozen criteria ask for it.
  let byList = filledByPlan.get(plan);
  if (!byList) filledByPlan.set(plan, (byList = new WeakMap()));
  let filled = byList.get(patterns);
  if (!filled) byList.set(patterns, (filled = fill(patterns, plan)));
  return filled;
}
const filledByPlan = new WeakMap<Plan, WeakMap<readonly string[], readonly string[]>>();

function fill(patterns: readonly string[], plan: Plan): string[] {
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
      for (const s of sentencesOfPassage(passage)) {
        if (!matchesAny(s.text, exclude)) out.push({ section: id, page: passage.page, text: s.text, passage });
      }
    }
  }
  return out;
}

// Passages belong to one plan and never change: each is split into sentences once.
const passageSentences = new WeakMap<Passage, ReturnType<typeof splitSentences>>();
function sentencesOfPassage(passage: Passage): ReturnType<typeof splitSentences> {
  let out = passageSentences.get(passage);
  if (!out) passageSentences.set(passage, (out = splitSentences(passage.text)));
  return out;
}

/** Sentences that match the patterns (with `{child}` filled in). */
export function matching(sentences: readonly PlanSentence[], patterns: readonly string[], plan: Plan): PlanSentence[] {
  const filled = withChild(patterns, plan);
  return sentences.filter((s) => matchesAny(s.text, filled));
}
