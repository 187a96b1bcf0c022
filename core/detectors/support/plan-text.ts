import { type Evidence, type Passage, type Plan, type Section, type SectionId } from '../../domain';
import { splitSentences } from '../../text';

/** A sentence of the plan with where it came from: the unit most detectors judge. */
export interface PlanSentence {
  readonly section: SectionId;
  readonly page: number;
  readonly text: string;
  readonly passage: Passage;
}

export function section(plan: Plan, id: SectionId): Section | undefined {
  return plan.sections.find((s) => s.id === id);
}

/**
 * Whether `next` carries on the text of `previous`: a PDF line or table cell broken mid-sentence
 * ("...uses language at the" / "level expected for his age"). The previous text has no closing
 * punctuation and the next starts in lower case, with a closing bracket or comma, or with the
 * year that ends a broken date ("...by the end of the spring term" / "2026, Anaya will..."), or
 * the previous stops on a word no sentence ends with ("By the end of" / "Year 8, Anaya will...").
 */
export function continues(previous: string, next: string): boolean {
  const open = previous.trimEnd();
  if (/[.!?:;)"”’]$/.test(open)) return false;
  // A line that stops on a comma or on "of", "the", "and"... cannot end a sentence, whatever comes next.
  return /^\s*(?:[a-z,;)]|\d{4}[),])/.test(next) || /(?:,|\b(?:of|the|a|an|and|or|by|to|in|on|at|for|with|from|his|her|their|will|is|are|than|that))$/i.test(open);
}

/**
 * Passages with broken lines joined back (by a space, so every sentence is whole and still
 * plan text once white space is normalised). Sub-headings are kept apart and never joined.
 */
export function joinedPassages(passages: readonly Passage[]): Passage[] {
  const out: Passage[] = [];
  for (const p of passages) {
    const last = out[out.length - 1];
    if (last && !last.heading && !p.heading && continues(last.text, p.text)) out[out.length - 1] = { ...last, text: `${last.text.trimEnd()} ${p.text.trimStart()}` };
    else out.push(p);
  }
  return out;
}

/** Sentences of the given sections (all sections when none are named), sub-headings left out. */
export function sentencesOf(plan: Plan, ids?: readonly SectionId[]): readonly PlanSentence[] {
  // Every detector splits the same sections into sentences: once per plan and set of sections.
  const key = ids ? ids.join('') : '*';
  let byKey = sentenceMemo.get(plan);
  if (!byKey) sentenceMemo.set(plan, (byKey = new Map()));
  let sentences = byKey.get(key);
  if (!sentences) {
    // A subset of sections is the whole plan's sentences filtered, in the same order: split once.
    const wanted = ids ? new Set(ids) : null;
    sentences = Object.freeze(wanted ? sentencesOf(plan).filter((x) => wanted.has(x.section)) : splitPlan(plan));
    byKey.set(key, sentences);
  }
  return sentences;
}

/** Every lower-case word the plan's sections use: a capitalised word also written in lower case is no name or acronym. */
export function lowerCaseWordsOf(plan: Plan): ReadonlySet<string> {
  let words = lowerWordsMemo.get(plan);
  if (!words) {
    words = new Set(sentencesOf(plan).map((x) => x.text).join('\n').match(/\b[a-z][a-z'’-]+\b/g) ?? []);
    lowerWordsMemo.set(plan, words);
  }
  return words;
}
const lowerWordsMemo = new WeakMap<Plan, ReadonlySet<string>>();

const sentenceMemo = new WeakMap<Plan, Map<string, readonly PlanSentence[]>>();

function splitPlan(plan: Plan): PlanSentence[] {
  const out: PlanSentence[] = [];
  for (const s of plan.sections) {
    for (const passage of joinedPassages(s.passages)) {
      if (passage.heading) continue;
      for (const sentence of splitSentences(passage.text)) out.push({ section: s.id, page: passage.page, text: sentence.text, passage });
    }
  }
  return out;
}

/** Plain text of sections, joined. */
export function textOf(plan: Plan, ids: readonly SectionId[]): string {
  return plan.sections.filter((s) => ids.includes(s.id)).map((s) => s.text).join('\n');
}

/** Quotes are kept short enough to read in a panel; always an exact piece of the sentence. */
const MAX_QUOTE = 240;

export function evidenceOf(sentence: Pick<PlanSentence, 'section' | 'page' | 'text'>): Evidence {
  const quote = sentence.text.length > MAX_QUOTE ? sentence.text.slice(0, MAX_QUOTE).replace(/\s+\S*$/, '') : sentence.text;
  return { section: sentence.section, page: sentence.page, quote };
}
