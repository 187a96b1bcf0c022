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

/** Sentences of the given sections (all sections when none are named), sub-headings left out. */
export function sentencesOf(plan: Plan, ids?: readonly SectionId[]): PlanSentence[] {
  const wanted = ids ? new Set(ids) : null;
  const out: PlanSentence[] = [];
  for (const s of plan.sections) {
    if (wanted && !wanted.has(s.id)) continue;
    for (const passage of s.passages) {
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
