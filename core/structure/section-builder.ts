import { type AreaOfNeed, type Passage, type Section, type SectionId } from '../domain';

interface Draft {
  id: SectionId;
  title: string;
  pageStart: number;
  pageEnd: number;
  passages: Passage[];
}

/**
 * Collects passages per section in document order. A section met twice (a profile before A
 * and A itself, H1 and H2, E spread over several tables) is one section, at its first place.
 */
export class SectionBuilder {
  private readonly drafts = new Map<SectionId, Draft>();
  readonly front: Passage[] = [];
  private lastOpened: SectionId | null = null;

  open(id: SectionId, title: string, page: number): void {
    const draft = this.drafts.get(id);
    if (!draft) this.drafts.set(id, { id, title, pageStart: page, pageEnd: page, passages: [] });
    // A contents list or legend names every section before the plan starts: the heading that
    // has text under it is the section, so a second heading over an empty draft replaces it.
    // (A sub-heading right under the part's own heading keeps the part's title: another
    // section's heading in between is what shows the first was a contents entry.)
    else if (draft.passages.length === 0 && this.lastOpened !== id) Object.assign(draft, { title, pageStart: page, pageEnd: page });
    else draft.pageEnd = Math.max(draft.pageEnd, page);
    this.lastOpened = id;
  }

  /** A heading that wrapped onto more lines: the title as printed is all of them. */
  extendTitle(id: SectionId, more: string): void {
    const draft = this.drafts.get(id);
    if (draft && draft.passages.length === 0) draft.title = `${draft.title} ${more}`;
  }

  add(id: SectionId | null, text: string, page: number, area: AreaOfNeed | null, heading = false): void {
    const value = text.replace(/\s+/g, ' ').trim();
    if (!value) return;
    const passage: Passage = { text: value, page, area, heading };
    if (id === null) {
      this.front.push(passage);
      return;
    }
    if (!this.drafts.has(id)) this.open(id, headingTitle(id), page);
    const draft = this.drafts.get(id)!;
    draft.passages.push(passage);
    draft.pageEnd = Math.max(draft.pageEnd, page);
  }

  /** Where the last passage of a section is, so a later piece can carry it on. */
  lastIndex(id: SectionId): number {
    return (this.drafts.get(id)?.passages.length ?? 0) - 1;
  }

  /**
   * A cell split by a page break or a paragraph gap: a piece that carries on a sentence (it
   * starts in lower case, the passage before it did not end) joins that passage. Returns
   * whether it joined.
   */
  /**
   * Appends text to an earlier passage when it carries on its sentence. `overPage`: the text
   * opens a page and the passage closed the one before, in the same table column, so only a
   * full stop can show they are separate.
   */
  continuePassage(id: SectionId, index: number, text: string, page: number, overPage = false): boolean {
    const draft = this.drafts.get(id);
    const target = draft?.passages[index];
    if (!draft || !target || target.heading) return false;
    if (!(overPage ? !endsSentence(target.text) : continuesSentence(target.text, text.trim()))) return false;
    draft.passages[index] = { ...target, text: `${target.text} ${text.replace(/\s+/g, ' ').trim()}` };
    draft.pageEnd = Math.max(draft.pageEnd, page);
    return true;
  }

  has(id: SectionId): boolean {
    return this.drafts.has(id);
  }

  sections(): Section[] {
    return [...this.drafts.values()]
      .filter((d) => d.passages.length > 0)
      .map((d) => ({
        id: d.id,
        title: d.title,
        pageStart: d.pageStart,
        pageEnd: d.pageEnd,
        passages: d.passages,
        text: d.passages.map((p) => p.text).join('\n'),
      }));
  }
}

/** For a section opened by a table column with no heading of its own. */
const headingTitle = (id: SectionId) => `Section ${id}`;

/** Words a sentence cannot end on: "Caleb will" / "raise his score" is one sentence over two rows. */
const OPEN_ENDING = /(?:,|\(\w*|\b(?:will|and|or|but|for|to|of|in|on|by|with|at|from|the|a|an|his|her|their|its|is|are|be|than|that|which|who|as))$/i;

/**
 * Whether a cell's text carries on the passage before it: it starts lower case or with a
 * number ("2025, Caleb will..."), or the passage stops where no sentence can end.
 */
const endsSentence = (text: string): boolean => /[.!?:]["”’)]?$/.test(text);

function continuesSentence(before: string, next: string): boolean {
  if (endsSentence(before)) return false;
  return /^[a-z0-9(,;]/.test(next) || OPEN_ENDING.test(before.trim());
}
