import { type SectionId } from '../domain';
import { countWords, normaliseText } from '../text';
import { type Table } from './blocks';
import { runsIntoSentence } from './headings';
import { type Context, contextOf, meaningOf } from './vocabulary';

const COLUMN_LABEL = /^(?:(?:section|part)\s+)?([A-K])\s?([12])?\s*(?:[.:\-–—)]|$)\s*/i;
/** A header cell is a title of at most this many words: a longer bold paragraph is text. */
export const MAX_HEADER_WORDS = 20;

/**
 * Tables that follow each other with the same column edges come out of layout as one table
 * (DfE "Health" C | G | E straight after an education B | F | E table). A row whose cells name
 * sections starts a table of its own, and a lone bold row just above it is that table's title.
 */
export function splitAtSectionHeaders(table: Table, context: Context | null): Table[] {
  const parts: Table[] = [];
  let start = 0;
  const isHeader = (i: number) => splitTargets({ ...table, rows: [table.rows[i]!] }, context) !== null && table.rows[i]!.cells.every((c) => c.bold);
  for (let i = 1; i < table.rows.length; i++) {
    if (!isHeader(i)) continue;
    const title = table.rows[i - 1]!;
    const end = i - 1 > start && title.cells.length === 1 && title.cells[0]!.bold ? i - 1 : i;
    if (end > start) parts.push({ ...table, rows: table.rows.slice(start, end) });
    // The title row ("3. Social, emotional and mental health") is read on its own: it names the area.
    if (end < i) parts.push({ ...table, rows: table.rows.slice(end, i) });
    start = i;
  }
  parts.push({ ...table, rows: table.rows.slice(start) });
  return parts;
}

/** Text that reads as a sentence ("No health treatment is needed.", "... Aisha. Social care ..."). */
function isSentence(text: string): boolean {
  const t = normaliseText(text);
  return (/[.!?]$/.test(t) && countWords(t) > 4) || runsIntoSentence(t);
}


/** The sections a table's header cells name, one per column, or null for an ordinary table. */
export function splitTargets(table: Table, context: Context | null): SectionId[] | null {
  const header = table.rows[0]!;
  if (header.cells.length < 2 || header.cells.some((c) => countWords(c.text) > MAX_HEADER_WORDS || isSentence(c.text))) return null;
  // A bold label beside plain text ("Social care needs | No social care needs have been
  // identified ...") is a row of a form, not a header row: header cells share one style.
  if (header.cells.some((c) => c.bold) && header.cells.some((c) => !c.bold)) return null;
  const byColumn: (SectionId | null)[] = table.columnStarts.map(() => null);
  let tableContext = context;
  for (const cell of header.cells) {
    const id = columnTarget(cell.text, tableContext);
    byColumn[cell.column] = id;
    tableContext = contextOf(id) ?? tableContext;
  }
  const named = byColumn.filter((id): id is SectionId => id !== null);
  const kinds = new Set(named);
  // "... (H1) | Other social care provision (H2)": columns of one section, each naming it by its code.
  const allCoded = header.cells.every((c) => TRAILING_CODE.test(normaliseText(c.text)));
  if ((kinds.size < 2 && !allCoded) || ![...kinds].some((id) => 'BCDEFGH'.includes(id))) return null;
  // A column without a section ("Who", "How often") belongs with the column on its left.
  const targets: SectionId[] = [];
  let last: SectionId = named[0]!;
  for (const id of byColumn) {
    if (id) last = id;
    targets.push(last);
  }
  return targets;
}

/** A section's letter closing a label: "Need (B)", "Other social care provision (H2)", "What I need help with (Section B)". */
const TRAILING_CODE = /\((?:section\s+)?(H[12]|[A-K])\)\s*:?$/;
const MAX_ROW_LABEL_WORDS = 12;

/**
 * The section a row's label names by its letter ("Outcome (E)", "Health provision (G)",
 * "Section F"): record tables run the golden thread down the page, one labelled row per part.
 */
export function rowLabelTarget(text: string, { codedOnly = false } = {}): SectionId | null {
  const t = normaliseText(text);
  if (countWords(t) > MAX_ROW_LABEL_WORDS) return null;
  const code = TRAILING_CODE.exec(t) ?? (codedOnly ? null : /^section\s+(H[12]|[A-K])\b\s*(?:[.:\-–—]|$)/i.exec(t));
  return code ? (code[1]![0]!.toUpperCase() as SectionId) : null;
}

function columnTarget(text: string, context: Context | null): SectionId | null {
  const t = normaliseText(text);
  const code = countWords(t) <= MAX_ROW_LABEL_WORDS ? TRAILING_CODE.exec(t) : null;
  if (code) return code[1]![0]! as SectionId;
  const label = COLUMN_LABEL.exec(t);
  if (label && (t.length <= 3 || /[.:\-–—)]/.test(t.slice(0, 4)) || /^(section|part)\s/i.test(t))) return label[1]!.toUpperCase() as SectionId;
  // "Linked provision", "Related outcomes", "Which need this meets", "Outcome link", "For outcome": a column
  // of references to another section, not that section's text.
  if (CROSS_REFERENCE.test(t)) return null;
  // "Outcome 10", "Need 3": one item's label beside its theme, not a column of that section.
  if (NUMBERED_ITEM_LABEL.test(t)) return null;
  const meaning = meaningOf(t, context);
  return meaning.kind === 'section' ? meaning.ids[0] : null;
}
const CROSS_REFERENCE = /^(?:linked|related|relevant|link(?:s|ed)? to|see|ref(?:erence)?s?(?: to)?)\b|^(?:for|towards|against|meets) (?:the )?(?:outcomes?|needs?|targets?)(?: no\.?| numbers?)?$|\b(?:supported|met|addressed) by\b|^(?:which|what) (?:need|outcome)s?\b|\b(?:ref|refs|references?)$|\b(?:it|this|they) (?:supports?|meets?|links? to|addresses)\b|\boutcomes? supported\b|\b(?:outcome|need|provision|target)s? (?:links?|ref|no\.?|numbers?)$/i;

const NUMBERED_ITEM_LABEL = /^(?:outcome|need|provision|goal|target|aim)\s*\d{1,2}[.:]?$/i;

export function headerTitle(table: Table, targets: readonly SectionId[], id: SectionId): string {
  const header = table.rows[0]!;
  const cell = header.cells.find((c) => targets[c.column] === id);
  return cell ? normaliseText(cell.text) : `Section ${id}`;
}
