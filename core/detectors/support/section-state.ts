import { z } from 'zod';
import { type Passage, type Plan, type SectionId } from '../../domain';
import { countWords, splitSentences } from '../../text';
import { matchesAny, patternList } from './patterns';
import { section } from './plan-text';

/**
 * What a section amounts to, before any criterion is judged on it:
 * - `absent`: no such section was found (the plan lacks it, or its template was not read);
 * - `empty`: a heading with nothing under it;
 * - `none`: a short explicit statement that there is nothing ("No social care needs", "N/A");
 * - `boilerplate`: a short placeholder ("To be confirmed", "See attached reports");
 * - `substantive`: real content.
 */
export type SectionState = 'absent' | 'empty' | 'none' | 'boilerplate' | 'substantive';

/** The rubric's wording for `none` and `boilerplate`, and how short such a statement is. */
export const sectionStateOptions = {
  nonePatterns: patternList,
  boilerplatePatterns: patternList,
  /** A section of more words than this is content, even if it also says "none" somewhere. */
  shortSectionWords: z.number().int().min(1).default(60),
  /** A template's notes on the part itself ("This part records ..."): not the section's content. */
  notePatterns: patternList.default([]),
};
export interface SectionStateOptions {
  readonly nonePatterns: readonly string[];
  readonly boilerplatePatterns: readonly string[];
  readonly shortSectionWords: number;
  readonly notePatterns?: readonly string[];
}

export interface SectionReading {
  readonly state: SectionState;
  readonly words: number;
  /** The passages that carry text (no sub-headings). */
  readonly passages: readonly Passage[];
}

/** A "none" with its reasons ("No social care needs. The social worker ... confirmed ...") may run longer than a placeholder. */
const NONE_MAX_WORDS_FACTOR = 2.5;
const LABEL_MAX_WORDS = 4;

export function readSection(plan: Plan, id: SectionId, o: SectionStateOptions): SectionReading {
  const s = section(plan, id);
  if (!s) return { state: 'absent', words: 0, passages: [] };
  const passages = s.passages.filter((p) => !p.heading && p.text.trim().length > 0 && !matchesAny(p.text, o.notePatterns ?? []));
  const text = passages.map((p) => p.text).join('\n');
  const words = countWords(text);
  if (words === 0) return { state: 'empty', words, passages };
  if (words <= o.shortSectionWords) {
    if (matchesAny(text, o.boilerplatePatterns)) return { state: 'boilerplate', words, passages };
    if (matchesAny(text, o.nonePatterns)) return { state: 'none', words, passages };
    if (words <= 2) return { state: 'boilerplate', words, passages };
  }
  // Longer, but it opens by saying there is nothing: the rest explains why.
  // A form's label cell ("Social care needs", "Provision") or a lead-in ("Under section 2 of the
  // Chronically Sick and Disabled Persons Act 1970:") is not the opening sentence.
  // A question set's prompt ("8.2 What provision must be made ...?") is not the opening either.
  // Nor is a form's tick-box question or its answer ("Known to children's social care" / "☐ Yes ☒ No").
  const tickBoxQuestion = (i: number) => !/[.!]$/.test(passages[i]!.text.trim()) && passages[i + 1] !== undefined && isTickBoxAnswer(passages[i + 1]!.text);
  const opening = passages.find((p, i) => !/[:?]$/.test(p.text.trim()) && !isTickBoxAnswer(p.text) && !tickBoxQuestion(i) && (countWords(p.text) > LABEL_MAX_WORDS || /[.!]$/.test(p.text.trim()))) ?? passages[0]!;
  const first = splitSentences(opening.text)[0]?.text ?? '';
  if (words <= o.shortSectionWords * NONE_MAX_WORDS_FACTOR && matchesAny(first, o.nonePatterns)) return { state: 'none', words, passages };
  return { state: 'substantive', words, passages };
}

const TICK_BOXES = /[☐☑☒✓✔✗✘□■]/gu;
const isTickBoxAnswer = (text: string): boolean => {
  const words = text.replace(TICK_BOXES, ' ');
  return words !== text && countWords(words) <= LABEL_MAX_WORDS;
};

/** A "none" of a word or three ("N/A", "None.") says nothing about how it was decided. */
export const BARE_NONE_WORDS = 3;
export const isBareNone = (r: SectionReading, maxWords = BARE_NONE_WORDS): boolean => r.state === 'none' && r.words <= maxWords;

/** Whether the section records needs (content that is neither a "none" nor a placeholder). */
export const recordsNeeds = (r: SectionReading): boolean => r.state === 'substantive';
