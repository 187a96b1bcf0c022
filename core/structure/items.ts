import { type AreaOfNeed, type Outcome, type ProvisionItem, type SectionId } from '../domain';

const STEP_HEADING = /\b(steps?|targets?|milestones?|short[- ]term|interim|termly|smaller steps|along the way)\b|\bhow (?:i|we|you|he|she|they) will get there\b/i;
/** A steps label that opens the cell of its first step ("How I will get there: End of the autumn term ..."). */
const LEADING_STEP_HEADING = /^(?:how (?:i|we|you|he|she|they) will get there|steps(?: along the way| towards (?:it|this|the outcome))?|short[- ]term (?:steps|targets)|smaller steps|milestones)\s*:\s*(?=\S)/i;
/** Words as printed, dashes included: labels are measured by what a reader sees. */
const wordsIn = (text: string): number => text.trim().split(/\s+/).length;

/** A short label that heads the steps under an outcome ("Steps:", "Short-term targets"). */
export function isStepHeading(text: string): boolean {
  const t = text.trim();
  return wordsIn(t) <= 5 && STEP_HEADING.test(t) && !namesOutcomes(t);
}

/** A heading about outcomes ("Outcomes and steps"), not the steps of one ("Steps towards this outcome"). */
const namesOutcomes = (text: string) => /\boutcomes?\b/i.test(text.replace(/\b(?:towards|to|for) (?:this|the|each|that|an?|my|his|her|their) outcome\b/gi, ''));

/** "Outcome 3", "E4:", "E10 (preparing for adulthood...)": a new outcome, even under a steps heading. */
const OUTCOME_LABEL = /^(?:outcome\s*\d+|goal\s*\d+|E\d{1,2}|O\d{1,2}(?=\s))\b/i;

/** A theme before the outcome's label ("Pathway: Independent living O9 Fabian will ..."): a new outcome. */
const THEMED_OUTCOME_LABEL = /^[A-Z][^.!?]{0,70}?\s(?:Outcome\s*\d+|E\d{1,2}|O\d{1,2})[.:]?\s+(?=[A-Z])/;

/**
 * A steps heading inside an outcome's cell, after its text and time frame, over the first step
 * ("... By when: August 2026 Milestones Fabian will ..."): capitalised mid-cell and followed by a
 * capital, it can only be a heading.
 */
const INNER_STEP_HEADING = /(?<=\S)\s+(?:Milestones|Small steps|Smaller steps|Short[- ]term (?:steps|targets)|Steps (?:along the way|towards (?:it|this|the) outcome))(?::\s*(?=[A-Z])|\s+(?=[A-Z])|:?\s*$)/;

/** A cell cut at a steps heading inside it: the text before, and the steps after (none when the heading ends it). */
function atInnerStepHeading(text: string): { before: string; steps: string[] } | null {
  const inner = INNER_STEP_HEADING.exec(text);
  if (!inner) return null;
  const after = text.slice(inner.index + inner[0].length);
  return { before: text.slice(0, inner.index), steps: after ? parallelSentences(after) : [] };
}

/** A label cell naming an outcome row rather than stating it ("Outcome 3", "Long-term outcome"). */
const ROW_LABEL = /^(?:(?:long[- ]term |end of (?:key )?stage )?outcomes?|aspiration|E)\s*\d*\b/i;

/** A lettered or roman sub-paragraph: "(a) ", "(iii) ". */
const SUB_PARAGRAPH = /^\((?:[a-h]|i{1,3}|iv|v|vi{1,3})\)\s/;
/** A paragraph numbered in one run through the plan ("116. A social communication group ..."). */
const NUMBERED_PARAGRAPH = /^\d{1,3}\.\s/;

/** A cell that only numbers its row ("1.1", "2.", "PfA3"): a reference column beside the outcome. */
const REFERENCE_CELL = /^(?:\d{1,2}(?:\.\d{1,2}){0,2}\.?|[A-Z][A-Za-z]{0,3}\s?\d{1,2}(?:\.\d{1,2})?)$/;

/** A steps heading run into its first step with no colon ("Steps towards this outcome Milestone (...)"). */
const OPENING_STEP_HEADING = /^(?:[Hh]ow (?:I|we|you|he|she|they) will get there|[Ss]teps (?:along the way|towards (?:it|this|the) outcome)|[Ss]hort[- ]term (?:steps|targets)|[Ss]maller steps|[Ss]mall steps|[Mm]ilestones)\s+(?=[A-Z])/;

/** An outcome's label alone ("Outcome 4", "E2"): its text follows. */
const BARE_OUTCOME_LABEL = /^(?:outcome|goal)\s*\d+[.:]?$|^E\d{1,2}[.:]?$/i;
/** A cell that opens an outcome by its label ("O2 Hamish will ...", "Pathway: Independent living O9 ..."). */
export const opensOutcome = (text: string): boolean => OUTCOME_LABEL.test(text.trim()) || THEMED_OUTCOME_LABEL.test(text.trim());
export const isBareOutcomeLabel = (text: string): boolean => BARE_OUTCOME_LABEL.test(text.trim());

/** The end of a sentence or a bracket: what comes next is not the same sentence carried on. */
const ENDS_PIECE = /[.!?:;)\]"”’]$/;

const TRAILING_STEP_HEADING = /(?<=[.!?])\s+(?:steps(?: on the way| along the way| towards (?:it|this|the outcome))?|targets|short[- ]term (?:steps|targets)|smaller steps|how (?:i|we|you|he|she|they) will get there)(?: for this year)?:\s*$/i;
/** How an outcome will be measured, printed apart from it ("Success measure: 4 out of 5 ..."): the outcome's own text. */
const MEASURE_LINE = /^(?:success (?:measure|criteria)|measures? of success|how (?:we|you|i) will (?:know|check|measure)|we will know (?:this|it) (?:has|is))\b/i;
/** An outcome's time frame printed apart from it ("By when: July 2027"), a steps heading maybe after it. */
const TIME_FRAME_LINE = /^(?:by when|target date|date to be achieved(?: by)?|to be achieved by|achieve(?:d)? by)\s*:/i;
const TRAILING_STEPS_WORD = /\s+(?:milestones|steps|small steps|targets)\s*:?$/i;

const LIST_NUMBER = /^(\d{1,2})[.)]\s/;
/** "2. Aisha will ..." after an outcome "1. By the end of Year 1 ...": the next outcome, not a step of it. */
function numbersNextOutcome(outcome: string, text: string): boolean {
  const [before, now] = [LIST_NUMBER.exec(outcome.trim()), LIST_NUMBER.exec(text.trim())];
  return before !== null && now !== null && Number(now[1]) === Number(before[1]) + 1;
}

/**
 * A short question with no full stop ("Who will help me and how", "What help I will get") labels
 * the provision under it, in type a word processor may print unemphasised: it is no provision.
 */
const QUESTION_LABEL = /^(?:who|what|how|when|where|which)\b[^.!?;:]*$/i;
const MAX_LABEL_WORDS = 8;
const isQuestionLabel = (text: string): boolean => wordsIn(text) <= MAX_LABEL_WORDS && QUESTION_LABEL.test(text.trim());

/** A cell that only says there is nothing here. */
const NOTHING = /^(?:not applicable|n\/a|none|nil)\.?$/i;

const STEP_LINE = /^(?:[•▪●◦○■□\-–*]\s|step\s*\d|\(?[a-z][.)]\s|short[- ]term|target\s*\d|by the end of (this|the) (term|autumn|spring|summer)|(?:by )?(?:the )?end of the (?:autumn|spring|summer) term\b)/i;

/**
 * Steps printed as lines of one paragraph, with no bullets or gaps between them, open alike
 * ("Gabriel will take turns ... 2026. Gabriel will ask ... 2026."): each sentence that opens
 * with the first one's opening word starts a step; the sentences between belong to the step above.
 */
function parallelSentences(text: string): string[] {
  const sentences = text.split(/(?<=[.!?]["”’)]?)\s+(?=[A-Z])/);
  const opening = (t: string) => /^\S+/.exec(t)?.[0] ?? '';
  const first = opening(sentences[0]!);
  if (sentences.length < 2 || !sentences.slice(1).some((t) => opening(t) === first)) return [text];
  const steps: string[] = [];
  for (const sentence of sentences) {
    if (steps.length === 0 || opening(sentence) === first) steps.push(sentence);
    else steps[steps.length - 1] += ` ${sentence}`;
  }
  return steps;
}

interface DraftOutcome {
  text: string;
  page: number;
  area: AreaOfNeed | null;
  steps: string[];
}

/**
 * Cuts section E into outcomes (each with the steps found under it) and F, G, H into provision
 * items. Fed by the section walk in document order, so steps attach to the outcome above them.
 */
export class ItemCollector {
  private readonly outcomes: DraftOutcome[] = [];
  private readonly provision: ProvisionItem[] = [];
  private underStepHeading = false;
  /** The last piece came from a line of its own in a later column (see laterColumn). */
  private afterLooseLine = false;

  heading(section: SectionId | null, text: string): void {
    this.afterLooseLine = false;
    if (section === 'E') this.underStepHeading = STEP_HEADING.test(text) && !namesOutcomes(text);
  }

  /** Running text or a table cell that is the only content of its row in its section. */
  text(section: SectionId | null, text: string, page: number, area: AreaOfNeed | null): void {
    this.afterLooseLine = false;
    switch (section) {
      case 'E': {
        const last = this.outcomes[this.outcomes.length - 1];
        if (opensOutcome(text) || (last && numbersNextOutcome(last.text, text))) this.underStepHeading = false;
        if (NOTHING.test(text.trim())) return;
        if (last && last.steps.length === 0 && TIME_FRAME_LINE.test(text)) {
          const steps = TRAILING_STEPS_WORD.exec(text);
          last.text += ` ${steps ? text.slice(0, steps.index) : text}`;
          if (steps) this.underStepHeading = true;
          return;
        }
        // How an outcome will be measured is the outcome's, printed before its steps or after them
        // (a goal card's "How we will check" closes the card).
        if (last && MEASURE_LINE.test(text)) {
          const afterSteps = last.steps.length > 0;
          last.text += ` ${this.withoutTrailingStepHeading(text)}`;
          if (afterSteps) this.underStepHeading = false;
          return;
        }
        // A steps label printed in body type ("Small steps" on a line of its own) heads the
        // steps of the outcome above; it is not an outcome of its own.
        if (last && isStepHeading(text)) {
          this.underStepHeading = true;
          return;
        }
        const leading = last ? (LEADING_STEP_HEADING.exec(text) ?? OPENING_STEP_HEADING.exec(text)) : null;
        if (last && leading) {
          last.steps.push(text.slice(leading[0].length));
          this.underStepHeading = true;
          return;
        }
        if (last && (this.underStepHeading || STEP_LINE.test(text))) {
          last.steps.push(...parallelSentences(text));
          return;
        }
        // "... By when: August 2026 Milestones Fabian will ...": the cell holds its steps too.
        const cut = atInnerStepHeading(text);
        if (cut) {
          this.outcomes.push({ text: cut.before, page, area, steps: cut.steps });
          this.underStepHeading = true;
          return;
        }
        this.outcomes.push({ text: this.withoutTrailingStepHeading(text), page, area, steps: [] });
        return;
      }
      case 'F':
      case 'G':
      case 'H':
        if (isQuestionLabel(text)) return;
        // No provision opens in lower case: a piece that does is the rest of the item above,
        // split from it by a table's lines ("commissioned therapy High needs top-up").
        // A numbered paragraph's lettered sub-paragraphs ("116. A social communication group ..."
        // then "(a) Frequency and duration: ...", "(b) Led by a TA ...") describe its provision.
        const above = this.provision[this.provision.length - 1];
        if (above?.section === section && (/^[a-z]/.test(text.trim()) || (SUB_PARAGRAPH.test(text.trim()) && NUMBERED_PARAGRAPH.test(above.text)))) {
          this.continueProvisionAt(this.provision.length - 1, text);
          return;
        }
        this.provision.push({ section, text, page, area });
        return;
      case 'A': case 'B': case 'C': case 'D': case 'I': case 'J': case 'K': case null:
        return;
    }
  }

  /**
   * "E1: ... hearing. Steps:": a steps heading that shares the outcome's cell is cut off, and
   * the lines after it are steps.
   */
  private withoutTrailingStepHeading(text: string): string {
    const heading = TRAILING_STEP_HEADING.exec(text);
    if (!heading) return text;
    this.underStepHeading = true;
    return text.slice(0, heading.index).trimEnd();
  }

  /** Where the last provision item is, so a column's next piece can carry it on. */
  lastProvisionIndex(): number {
    return this.provision.length - 1;
  }

  /** A provision item carries on in the next row of its column (columns side by side each add items). */
  continueProvisionAt(index: number, text: string): void {
    const item = this.provision[index];
    if (item) this.provision[index] = { ...item, text: `${item.text} ${text}` };
  }

  /** The last item of a section carries on (a cell split by a page break). */
  continueLast(section: SectionId | null, text: string): void {
    switch (section) {
      case 'E': {
        const last = this.outcomes[this.outcomes.length - 1];
        if (!last) return;
        // "teacher. By when: July 2026 Milestones": the carried piece may end in the steps heading.
        const cut = atInnerStepHeading(text);
        const carried = cut ? cut.before : text;
        if (last.steps.length > 0) last.steps[last.steps.length - 1] += ` ${carried}`;
        // Under its steps heading, the outcome is done: what carries on is its first step.
        else if (this.underStepHeading) last.steps.push(carried);
        else last.text += ` ${carried}`;
        if (cut) {
          last.steps.push(...cut.steps);
          this.underStepHeading = true;
        }
        return;
      }
      case 'F':
      case 'G':
      case 'H': {
        const index = this.provision.map((p) => p.section).lastIndexOf(section);
        if (index >= 0) this.provision[index] = { ...this.provision[index]!, text: `${this.provision[index]!.text} ${text}` };
        return;
      }
      case 'A': case 'B': case 'C': case 'D': case 'I': case 'J': case 'K': case null:
        return;
    }
  }

  /** An outcome's label printed apart from its text ("Outcome 1" over the outcome): the text follows. */
  outcomeLabel(text: string, page: number, area: AreaOfNeed | null): void {
    this.outcomes.push({ text, page, area, steps: [] });
    this.underStepHeading = false;
  }

  /**
   * A row of an outcomes table with text only in a later column: loosely spaced boxes put each
   * wrapped line in a row of its own. It is a new outcome, the text of an outcome whose label
   * stands alone, a steps heading with its first step, the rest of the unfinished sentence above,
   * or one more step.
   */
  laterColumn(text: string, page: number, area: AreaOfNeed | null): void {
    const last = this.outcomes[this.outcomes.length - 1];
    if (!last || OUTCOME_LABEL.test(text)) {
      if (isBareOutcomeLabel(text)) this.outcomeLabel(text, page, area);
      else this.text('E', text, page, area);
      this.afterLooseLine = true;
      return;
    }
    const leading = LEADING_STEP_HEADING.exec(text) ?? OPENING_STEP_HEADING.exec(text);
    if (leading) {
      last.steps.push(text.slice(leading[0].length));
      this.underStepHeading = true;
      this.afterLooseLine = true;
      return;
    }
    // Only a wrapped line carries on the piece above: a whole cell ("July 2026" under "By when") is done.
    const piece = last.steps[last.steps.length - 1] ?? last.text;
    const unfinished = (isBareOutcomeLabel(last.text) && last.steps.length === 0) || (this.afterLooseLine && !ENDS_PIECE.test(piece.trim()) && !STEP_LINE.test(text));
    if (/^[a-z]/.test(text) || unfinished) this.continueLast('E', text);
    else this.step(text);
    this.afterLooseLine = true;
  }

  /** One more step of the last outcome. */
  step(text: string): void {
    this.outcomes[this.outcomes.length - 1]?.steps.push(text);
  }

  /** A table row inside one section: in E the first cell is the outcome and the rest its steps. */
  row(section: SectionId | null, cells: readonly string[], page: number, area: AreaOfNeed | null): void {
    this.afterLooseLine = false;
    const [first, ...rest] = cells;
    if (first === undefined) return;
    if (section === 'E') {
      this.outcomeRow(first, rest.filter((c) => c.trim() !== ''), page, area);
      return;
    }
    this.text(section, cells.join(' '), page, area);
  }

  /**
   * Templates lay outcomes out as label | text rows: "Outcome 1 | By July 2026, Leo will...",
   * then "Steps for this year | By the end of the autumn term...". The label names the row; the
   * text is the outcome. A row whose label carries on lower case is the same row over a page.
   */
  private outcomeRow(first: string, rest: readonly string[], page: number, area: AreaOfNeed | null): void {
    const last = this.outcomes[this.outcomes.length - 1];
    // A row of one cell reads like running text: a step line, an outcome, a steps heading.
    if (rest.length === 0) {
      if (isStepHeading(first)) this.heading('E', first);
      else this.text('E', first, page, area);
      return;
    }
    if (isStepHeading(first)) {
      if (last) last.steps.push(...rest);
      else this.outcomes.push({ text: rest[0]!, page, area, steps: rest.slice(1) });
      return;
    }
    if (last && /^[a-z]/.test(first) && wordsIn(first) <= 6) {
      if (last.steps.length > 0 && !OUTCOME_LABEL.test(last.text)) last.steps[last.steps.length - 1] += ` ${rest.join(' ')}`;
      else last.text += ` ${rest.join(' ')}`;
      return;
    }
    // The outcome's sentence carried over a page beside the rest of its steps, its label's cell empty.
    // A short cell beside the steps (a "By when" date) is no step to carry on.
    if (last && /^[a-z]/.test(first)) {
      last.text += ` ${first}`;
      const lastStep = last.steps[last.steps.length - 1];
      if (lastStep !== undefined && wordsIn(lastStep) > 3) last.steps[last.steps.length - 1] += ` ${rest.join(' ')}`;
      else last.steps.push(...rest);
      return;
    }
    // A theme beside a numbered outcome ("Employment and Further Education | Outcome 8: ...") labels the row.
    const themed = wordsIn(first) <= 8 && !OUTCOME_LABEL.test(first) && OUTCOME_LABEL.test(rest[0]!);
    if ((ROW_LABEL.test(first) && wordsIn(first) <= 10) || REFERENCE_CELL.test(first.trim()) || themed) {
      this.outcomes.push({ text: rest[0]!, page, area, steps: rest.slice(1) });
    } else {
      this.outcomes.push({ text: first, page, area, steps: [...rest] });
    }
    this.underStepHeading = false;
  }

  result(): { outcomes: Outcome[]; provision: ProvisionItem[] } {
    return { outcomes: this.outcomes.map((o) => ({ ...o, steps: [...o.steps] })), provision: [...this.provision] };
  }
}
