import { type Line, type SectionId } from '../domain';
import { countWords, normaliseText } from '../text';
import { type Context, type Meaning, meaningOf } from './vocabulary';

export interface Heading {
  readonly meaning: Meaning;
  readonly title: string;
  /** Printed with a section letter ("Section B", "Part A", "E."): the letter decides. */
  readonly lettered: boolean;
}

// "Section B: ...", "PART A – ...", "Section 3 ...", "Part 1".
const BREADCRUMB = /^(?:[^›»]{1,40}\s[›»]\s)+/;
const SECTION_WORD = /^(?:section|part)\s+([A-K](?:\s?[12])?|\d{1,2})\b\s*[:.\-–—)]?\s*(.*)$/i;
/** A section's code: "E", "H1". */
const CODE = String.raw`(?:H[12]|[A-K])`;
/** One more code after a comma, "and" or "&". */
const MORE_CODE = String.raw`(?:\s*(?:,|and|&)\s*${CODE})`;
// "Sections E and F – Outcomes and provision", "Sections D, H1 and H2": parts printed together.
const SECTIONS_WORD = new RegExp(String.raw`^(?:sections|parts)\s+(${CODE}${MORE_CODE}+)\b\s*[:.\-–—)]?\s*(.*)$`, 'i');
// "Health (Sections C and G)", "About me and my family (Section A)": the letters after the title.
const TRAILING_SECTIONS = new RegExp(String.raw`\((?:sections?|parts?)\s+(${CODE}${MORE_CODE}*)\)\s*:?$`, 'i');
// "B. Needs", "E: Outcomes", "H1 – Social care provision", "A2 Views", "B) Needs".
const LETTER = /^\(?([A-K])\s?([12])?\s*[.:\-–—)]\s*(\S.*)$|^([A-K])([12])\s+(\S.*)$/;
/** A section's letter or code printed alone in its own cell: "A", "H1". */
export const LONE_CODE = new RegExp(`^(${CODE})$`);
/** Two codes in one cell: "C / G", "D/H", "E & F". */
const PAIRED_CODES = new RegExp(String.raw`^(${CODE})\s*(?:/|&|and)\s*(${CODE})$`, 'i');
/** The two sections a cell of two codes names ("C / G" is C and G), or null. */
export function pairedCodes(text: string): [SectionId, SectionId] | null {
  const pair = PAIRED_CODES.exec(text.trim());
  // The pattern reads "c / g" as well as "C / G": a section's id is its capital.
  return pair ? [pair[1]![0]!.toUpperCase() as SectionId, pair[2]![0]!.toUpperCase() as SectionId] : null;
}
// "3. Special educational needs", "4) Health" (numbered without "Section").
const NUMBER = /^(\d{1,2}(?:\.\d{1,2})*)\s*[.:)\-–]?\s+(\S.*)$/;

const MAX_HEADING_WORDS = 16;
/** The end of a heading that wrapped ("aspirations", "to SEN", "or young person under 18"). */
const MAX_WRAPPED_HEADING_END_WORDS = 5;
/** A heading numbered within its section ("A2 Views", "B.1 Communication") in body type is short. */
const MAX_NUMBERED_HEADING_WORDS = 8;
const ITEM_RUN_IN = /^(?:outcome|target|goal|need|provision)\s*\d{1,2}\b[^:]*:\s*\S+(?:\s+\S+){2,}/i;
const RUNS_INTO_SENTENCE = /[a-z)]\.\s+[A-Z][a-z']*(?:\s+\S+){2,}/;
/** Text where a sentence ends and another runs on ("... (good health). By the end of Year 11, ..."). */
export const runsIntoSentence = (text: string): boolean => RUNS_INTO_SENTENCE.test(text);
/** The statutory H1 wording runs long: "7.2 Social care help under section 2 of the Chronically ... Act 1970". */
const MAX_MARKED_HEADING_WORDS = 22;
const STRONG_TITLE = /\b(needs|provision|outcomes?|placement|advice|information|budgets?|payments?|views|aspirations|about me|this is me|pen picture|profile|changes|arrangements|help|support|achieve|goals|interests|details|summary|contents|plan)\b/i;

export interface HeadingCues {
  readonly bodyFontSize: number;
  readonly context: Context | null;
  /** How this document sets its section headings (headingStyles): a line set so is a section's heading by its words alone. */
  readonly sectionStyles?: ReadonlySet<string>;
}

/** A line's type as a key: size to the half point, and weight. */
const styleOf = (line: Pick<Line, 'fontSize' | 'bold'>): string => `${Math.round(line.fontSize * 2) / 2}${line.bold ? 'b' : ''}`;
/** Headings set one way, at least this many times, show the document's style for a section heading. */
const MIN_STYLE_HEADINGS = 2;

/**
 * The type styles of this document's section headings: those of lines read as a section's
 * heading on their own evidence (a letter or strong title words), set larger than body text.
 * A template whose headings are plain words ("My story", "Where I will learn", "My health")
 * sets them the same way as its "Personal details" and "How my views were gathered".
 */
export function headingStyles(lines: readonly Line[], bodyFontSize: number): Set<string> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    if (line.fragments.length !== 1 || line.fontSize < bodyFontSize * LARGER) continue;
    const heading = readHeading(line, { bodyFontSize, context: null });
    if (heading && heading.meaning.kind !== 'unknown') counts.set(styleOf(line), (counts.get(styleOf(line)) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= MIN_STYLE_HEADINGS).map(([style]) => style));
}

/**
 * Whether a line is a section heading, judged by its features: a section word or letter, title
 * words that name a section, and how it is set (size, weight, capitals, length, no full stop).
 * A lettered heading trusts its letter; a numbered or bare one is mapped by meaning.
 */
export function readHeading(line: Line, cues: HeadingCues): Heading | null {
  if (line.fragments.length > 2) return null;
  // Contents lists and some templates mark headings with a leading asterisk or bullet.
  // A web system's breadcrumb names the part by its last crumb ("EHCP › Sections E and F").
  const text = normaliseText(line.text).replace(/^[*•▪■]\s*/, '').replace(BREADCRUMB, '');
  const words = countWords(text);
  if (words === 0 || words > MAX_MARKED_HEADING_WORDS) return null;
  const emphasised = isEmphasised(line, text, cues.bodyFontSize);
  const sentenceLike = /[.;]$/.test(text) && !/\b(etc|e\.g)\.$/.test(text) && words > 3;

  const together = SECTIONS_WORD.exec(text) ?? (emphasised ? TRAILING_SECTIONS.exec(text) : null);
  if (together && !(sentenceLike && !emphasised)) {
    const ids = [...new Set(together[1]!.toUpperCase().split(/\s*(?:,|AND|&)\s*/).map((code) => code[0] as SectionId))];
    // Up to three printed together ("Sections E, B and F"): the first opens the part.
    const meaning: Meaning = ids.length === 1 ? { kind: 'section', ids: [ids[0]!] } : ids.length === 2 ? { kind: 'section', ids: [ids[0]!, ids[1]!] } : { kind: 'section', ids: [ids[0]!, ids[1]!, ids[2]!] };
    return { meaning, title: text, lettered: true };
  }

  const sectionWord = SECTION_WORD.exec(text);
  if (sectionWord) {
    const label = sectionWord[1]!.replace(/\s/g, '').toUpperCase();
    const title = sectionWord[2]!;
    if (sentenceLike && !emphasised) return null;
    // "Part I – Personal details" in a plan of Roman-numbered parts: "I" is a numeral unless
    // the title is section I's ("Part I: Placement").
    const numeral = label === 'I' && /^part\b/i.test(text) && title !== '' ? meaningOf(title, null) : null;
    if (numeral && !(numeral.kind === 'section' && numeral.ids[0] === 'I')) return { meaning: numeral, title: text, lettered: false };
    if (/^[A-K]/.test(label)) return { meaning: lettered(label[0] as SectionId), title: text, lettered: true };
    // A numbered part: only the words can say which section it is. A part starts afresh, so the
    // agency of the part before ("Part 4: My health and care needs") does not colour it.
    return { meaning: meaningOf(title, null), title: text, lettered: false };
  }

  // The letter in a cell of its own beside the title ("I | Name and Type of School or Other Institution").
  const [codeCell, titleCell] = line.fragments;
  // Two letters in the cell ("C / G | 7 Health", a case system's tab): the part holds both sections.
  const pair = line.fragments.length === 2 && emphasised && !sentenceLike ? pairedCodes(normaliseText(codeCell!.text)) : null;
  if (pair) return { meaning: { kind: 'section', ids: pair }, title: text, lettered: true };
  const code = line.fragments.length === 2 ? LONE_CODE.exec(normaliseText(codeCell!.text)) : null;
  if (code && titleCell) {
    const id = code[1]![0] as SectionId;
    const title = normaliseText(titleCell.text);
    const meaning = meaningOf(title, cues.context);
    const agrees = meaning.kind === 'section' && meaning.ids.includes(id);
    if (!sentenceLike && (agrees || (emphasised && !runsIntoSentence(title)))) return { meaning: lettered(id), title: text, lettered: true };
  }

  const letter = LETTER.exec(text);
  if (letter) {
    const id = (letter[1] ?? letter[4]) as SectionId;
    const title = letter[3] ?? letter[6] ?? '';
    const meaning = meaningOf(title, cues.context);
    // A bare letter is weak evidence ("I. think" is not section I): the words or the type must agree.
    const agrees = meaning.kind === 'section' && meaning.ids.includes(id);
    // A paragraph numbered by its section ("A10 Marguerite talks readily ...", "K1 This plan was
    // written using ...", "H1.1 No provision is required ...") in body type is the paragraph.
    const paragraphNumber = (letter[2] !== undefined || letter[5] !== undefined || /^\d/.test(title)) && !emphasised && countWords(title) > MAX_NUMBERED_HEADING_WORDS;
    if (!sentenceLike && !paragraphNumber && (agrees || (emphasised && countWords(title) <= 10))) return { meaning: lettered(id), title: text, lettered: true };
  }

  if (!emphasised || sentenceLike) return null;
  // A bold note's wrapped line ("progress against the outcomes it serves will be checked at")
  // runs on from the line above. A heading's own wrapped end ("aspirations") is a word or two,
  // and the walk joins it to its heading.
  if (/^[a-z]/.test(text) && words > MAX_WRAPPED_HEADING_END_WORDS) return null;
  const numbered = NUMBER.exec(text);
  const title = numbered ? numbered[2]! : text;
  if (countWords(title) > (numbered ? MAX_MARKED_HEADING_WORDS - 1 : MAX_HEADING_WORDS)) return null;
  // A bold lead-in that runs into its sentence ("11. Getting ready for adult life (good
  // health). By the end of Year 11, ...") is an item, not a heading.
  if (runsIntoSentence(title)) return null;
  // "Outcome 6 (Preparing for adulthood): By the end of Year" is an outcome set in bold, not a heading.
  if (ITEM_RUN_IN.test(title)) return null;
  // Without a section word, letter or number, the title itself must name a part of a plan:
  // a bare "Health" or "My health" is a sub-heading (of E or A), not section C.
  // The same holds under a numbered part: "5.5 My health" is a sub-heading of the outcomes.
  const subNumbered = numbered !== null && numbered[1]!.includes('.') && !/^\d+\.$/.test(numbered[1]!);
  const inSectionStyle = cues.sectionStyles?.has(styleOf(line)) === true && line.fontSize >= cues.bodyFontSize * LARGER;
  if ((!numbered || subNumbered) && !STRONG_TITLE.test(title) && !inSectionStyle) return null;
  const meaning = meaningOf(title, cues.context);
  if (meaning.kind === 'unknown') return null;
  return { meaning, title: text, lettered: false };
}

const lettered = (id: SectionId): Meaning => ({ kind: 'section', ids: [id] });

/** Type this much larger than body text, or than another heading, stands out as a heading (of a higher rank). */
export const LARGER = 1.12;

export function isEmphasised(line: Line, text: string, bodyFontSize: number): boolean {
  if (line.fontSize >= bodyFontSize * LARGER) return true;
  if (line.bold) return true;
  const letters = text.replace(/[^A-Za-z]/g, '');
  return letters.length >= 6 && letters === letters.toUpperCase();
}
