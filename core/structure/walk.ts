import { type AreaOfNeed, type Line, type SectionId } from '../domain';
import { countWords, normaliseText } from '../text';
import { type Block, type Table } from './blocks';
import { type Heading, isEmphasised, readHeading } from './headings';
import { isStepHeading, ItemCollector } from './items';
import { ParagraphJoiner } from './paragraphs';
import { paragraphGap } from './spacing';
import { SectionBuilder } from './section-builder';
import { labelKey } from './metadata';
import { areaEnding, areaOf, type Context, contextOf, meaningOf } from './vocabulary';

/** A label and its value side by side (a personal-details table row, "Name: ..."). */
export interface Field {
  readonly label: string;
  readonly value: string;
  readonly page: number;
}

export interface WalkResult {
  readonly builder: SectionBuilder;
  readonly items: ReturnType<ItemCollector['result']>;
  readonly fields: readonly Field[];
  /** Sections announced by a heading or a labelled table column (not merely mentioned). */
  readonly announced: ReadonlySet<SectionId>;
}

interface SplitLayout {
  readonly columnStarts: readonly number[];
  readonly targets: readonly SectionId[];
  /** The passage each column last wrote, kept while the table runs on over pages. */
  readonly lastInColumn: Map<number, { id: SectionId; index: number; page: number; bulleted: boolean }>;
}

/** White space folded, characters kept: item text is quoted as evidence, so it must be the plan's. */
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

const COLUMN_LABEL = /^(?:(?:section|part)\s+)?([A-K])\s?([12])?\s*(?:[.:\-–—)]|$)\s*/i;
const MAX_HEADER_WORDS = 20;

/**
 * Walks the blocks in reading order and assigns every piece of text to a section: headings
 * switch the section, sub-headings "Needs"/"Provision"/"Outcomes" resolve combined parts
 * ("Section 3: Special educational needs and provision"), and tables whose header cells name
 * sections (B | F | E, C | G | E, D | H1 | H2 | E) send each column to its own section.
 */
export function walkBlocks(blocks: readonly Block[], bodyFontSize: number): WalkResult {
  const builder = new SectionBuilder();
  const items = new ItemCollector();
  const fields: Field[] = [];
  const announced = new Set<SectionId>();
  let current: SectionId | null = null;
  let context: Context | null = null;
  let area: AreaOfNeed | null = null;
  let lastSplit: SplitLayout | null = null;
  /** The last row of a plain table: where each of its cells was written, for a row the page break split. */
  let lastRow: { section: SectionId | null; page: number; columnStarts: readonly number[]; cellPassages: Map<number, number> } | null = null;
  /** The section number of the first numbered area heading under B ("3" of "3.1 ..."). */
  let needsMajor: string | null = null;
  let headingLine: Line | null = null;
  // A label on a line of its own ("Date of birth") whose value is the next line.
  let pendingLabel: string | null = null;

  const addText = (text: string, page: number) => {
    builder.add(current, text, page, area);
    items.text(current, collapse(text), page, area);
  };
  const joiner = new ParagraphJoiner(addText, rightMargins(blocks), paragraphGap(blocks.flatMap((b) => (b.kind === 'line' ? [b.line] : []))));

  const enter = (id: SectionId | null, title: string, page: number) => {
    current = id;
    if (id !== null) {
      builder.open(id, title, page);
      announced.add(id);
      context = contextOf(id) ?? context;
    }
  };

  const applyHeading = (heading: Heading, line: Line) => {
    const { meaning } = heading;
    switch (meaning.kind) {
      case 'outside':
        enter(null, heading.title, line.page);
        area = null;
        break;
      case 'section':
        if (meaning.ids[0] !== current) area = null;
        enter(meaning.ids[0], heading.title, line.page);
        break;
      case 'unknown':
        return;
    }
    lastSplit = null;
  };

  for (const block of blocks) {
    if (block.kind === 'table') {
      headingLine = null;
      joiner.flush();
      for (const part of splitAtSectionHeaders(block, context)) lastSplit = walkTable(part, lastSplit);
      continue;
    }
    const { line } = block;
    const labelOnly = normaliseText(line.text).replace(/:$/, '');
    if (pendingLabel && !labelKey(labelOnly)) fields.push({ label: pendingLabel, value: normaliseText(line.text), page: line.page });
    pendingLabel = line.fragments.length === 1 && countWords(labelOnly) <= 7 && labelKey(labelOnly) ? labelOnly : null;
    collectField(line, fields);
    const text = normaliseText(line.text);
    // Area headings first: "Social, emotional and mental health" names an area, not section C.
    const single = line.fragments.length === 1;
    const anchored = single ? areaOf(text) : null;
    const heading = anchored ? null : readHeading(line, { bodyFontSize, context });
    // "6.1 Help with communication and interaction", "Outcomes: cognition and learning": the
    // area ends the heading. A heading that names a section still switches to it, in that area.
    const trailing = !anchored && single ? areaEnding(text) : null;
    const named = anchored ?? (trailing && (!heading || heading.meaning.kind === 'unknown') && isEmphasised(line, text, bodyFontSize) ? trailing : null);
    if (headingLine && continuesHeading(headingLine, line) && !heading?.lettered) {
      // A long heading wraps ("Section H1: ... for the child or" / "young person under 18 ...").
      if (current) builder.extendTitle(current, text);
      headingLine = line;
      continue;
    }
    if (heading && heading.meaning.kind !== 'unknown') {
      joiner.flush();
      applyHeading(heading, line);
      if (trailing && heading.meaning.kind === 'section') area = trailing;
      items.heading(current, line.text);
      headingLine = line;
      continue;
    }
    headingLine = null;
    if (named) {
      joiner.flush();
      area = named;
      // In templates laid out by area of need, the area heading opens the needs part.
      // After a needs | provision | outcomes table, the next area's text is needs again.
      const afterSplit = (lastSplit as SplitLayout | null)?.targets.includes('B') ?? false;
      // Numbered templates run needs, outcomes and provision under each area ("3.1 Communication
      // and interaction" ... "3.2 Cognition and learning"): an area numbered like the first one
      // that opened the needs goes back to them.
      const major = /^(\d+)\.\d+\b/.exec(text)?.[1] ?? null;
      const backToNeeds = major !== null && major === needsMajor && current !== 'B';
      if (((current === null || current === 'A') && announced.size > 0) || afterSplit || backToNeeds) enter('B', text, line.page);
      if (current === 'B' && major !== null) needsMajor ??= major;
      builder.add(current, text, line.page, area, true);
      items.heading(current, text);
      continue;
    }
    if (isSubHeading(line, text, bodyFontSize)) {
      joiner.flush();
      builder.add(current, text, line.page, area, true);
      items.heading(current, text);
      continue;
    }
    joiner.push(line);
  }
  joiner.flush();
  return { builder, items: items.result(), fields, announced };

  function walkTable(table: Table, previous: SplitLayout | null): SplitLayout | null {
    const [header, ...body] = table.rows;
    if (!header) return previous;
    const targets = splitTargets(table, context);
    if (targets) {
      for (const id of new Set(targets)) {
        builder.open(id, headerTitle(table, targets, id), header.page);
        announced.add(id);
      }
      // Areas of need belong to education: a health or social care table is in none.
      if (!targets.some((t) => t === 'B' || t === 'F')) area = null;
      const layout: SplitLayout = { columnStarts: table.columnStarts, targets, lastInColumn: new Map() };
      sendColumns(body, layout);
      // Notes under a needs | provision | outcomes table are about its provision.
      const after = targets.find((t) => t === 'F' || t === 'G' || t === 'H') ?? targets.find((t) => t !== 'E') ?? targets[0]!;
      current = after;
      context = contextOf(after) ?? context;
      return layout;
    }
    if (previous && sameLayout(previous.columnStarts, table.columnStarts)) {
      sendColumns(table.rows, previous);
      return previous;
    }
    plainTable(table);
    return null;
  }

  function sendColumns(rows: Table['rows'], { targets, lastInColumn }: SplitLayout) {
    // The passage each column last wrote, so a cell carried over a page joins its own column.
    // Columns already written on each page, as "column@page".
    const seenOnPage = new Set<string>();
    for (const row of rows) {
      const first = row.cells[0];
      const rowArea = first ? areaOf(first.text) : null;
      if (rowArea) area = rowArea;
      for (const cell of row.cells) {
        const id = targets[cell.column] ?? targets[targets.length - 1]!;
        if (rowArea && cell === first) continue;
        const previous = lastInColumn.get(cell.column);
        // The first cell of a column on a new page, right after that column's last cell on the page before.
        const key = `${cell.column}@${cell.page}`;
        const overPage = previous !== undefined && previous.page === cell.page - 1 && !seenOnPage.has(key);
        seenOnPage.add(key);
        // In a bulleted list, a line without a bullet is the rest of the item above it.
        const restOfItem = previous !== undefined && previous.bulleted && !cell.bulleted && !cell.bold;
        if (previous && previous.id === id && builder.continuePassage(id, previous.index, cell.text, cell.page, overPage || restOfItem)) {
          lastInColumn.set(cell.column, { ...previous, page: cell.page });
          if (previous.index === builder.lastIndex(id)) items.continueLast(id, collapse(cell.text));
          continue;
        }
        const stepHeading = cell.bold && isStepHeading(cell.text);
        builder.add(id, cell.text, cell.page, area, stepHeading);
        if (stepHeading) items.heading(id, cell.text);
        else items.text(id, collapse(cell.text), cell.page, area);
        lastInColumn.set(cell.column, { id, index: builder.lastIndex(id), page: cell.page, bulleted: cell.bulleted });
      }
    }
  }

  function plainTable(table: Table) {
    collectColumnFields(table, fields);
    table.rows.forEach((row, index) => {
      const texts = row.cells.map((c) => collapse(c.text));
      const opensPage = index === 0 || table.rows[index - 1]!.page < row.page;
      if (opensPage && row.cells.length > 1 && carriesOverPage(row, table)) return;
      collectRowFields(row.cells, texts, row.page, fields);
      const isHeader = index === 0 && table.rows.length > 1 && row.cells.length > 1 && row.cells.every((c) => c.bold || countWords(c.text) <= 4);
      if (row.cells.length === 1) {
        const only = texts[0]!;
        const heading = readHeading(asLine(only, row.page, row.cells[0]!.bold, bodyFontSize), { bodyFontSize, context });
        if (heading && heading.meaning.kind === 'section' && heading.lettered) {
          enter(heading.meaning.ids[0], heading.title, row.page);
          return;
        }
        // A row across the table naming an area ("COGNITION AND LEARNING") or a theme ("HEALTH",
        // "PREPARING FOR ADULTHOOD") heads the rows below it; it is not an outcome or provision.
        const rowArea = areaOf(only);
        if (rowArea || isCapitalisedLabel(only)) {
          if (rowArea) area = rowArea;
          builder.add(current, only, row.page, area, true);
          items.heading(current, only);
          return;
        }
        // A cell carried over a page break ("by staff.") ends the row above.
        if (/^[a-z]/.test(only) && (index === 0 || table.rows[index - 1]!.page < row.page)) {
          builder.add(current, only, row.page, area);
          items.continueLast(current, only);
          return;
        }
      }
      const cellPassages = new Map<number, number>();
      for (const cell of row.cells) {
        builder.add(current, cell.text, cell.page, area, isHeader);
        if (current) cellPassages.set(cell.column, builder.lastIndex(current));
      }
      if (isHeader) items.heading(current, texts.join(' '));
      else items.row(current, texts, row.page, area);
      lastRow = { section: current, page: row.page, columnStarts: table.columnStarts, cellPassages };
    });
  }

  /**
   * The first row of a table at the top of a page that carries on the last row of the same
   * table on the page before (a row split by the page break): each cell joins its column's
   * passage when it carries on its sentence, and the row's text joins the item it continues.
   */
  function carriesOverPage(row: Table['rows'][number], table: Table): boolean {
    const before = lastRow;
    // Outcome tables keep their own row logic: a carried-over outcome is not its last step.
    if (!before || !current || current === 'E' || before.section !== current || row.page !== before.page + 1 || !sameLayout(before.columnStarts, table.columnStarts)) return false;
    const joins = row.cells.filter((cell) => {
      const index = before.cellPassages.get(cell.column);
      return index !== undefined && builder.continuePassage(current!, index, cell.text, cell.page, true);
    });
    if (joins.length === 0) return false;
    for (const cell of row.cells) if (!joins.includes(cell)) builder.add(current, cell.text, cell.page, area);
    items.continueLast(current, collapse(row.cells.map((c) => c.text).join(' ')));
    return true;
  }
}

/**
 * Tables that follow each other with the same column edges come out of layout as one table
 * (DfE "Health" C | G | E straight after an education B | F | E table). A row whose cells name
 * sections starts a table of its own, and a lone bold row just above it is that table's title.
 */
function splitAtSectionHeaders(table: Table, context: Context | null): Table[] {
  const parts: Table[] = [];
  let start = 0;
  const isHeader = (i: number) => splitTargets({ ...table, rows: [table.rows[i]!] }, context) !== null && table.rows[i]!.cells.every((c) => c.bold);
  for (let i = 1; i < table.rows.length; i++) {
    if (!isHeader(i)) continue;
    const title = table.rows[i - 1]!;
    const end = i - 1 > start && title.cells.length === 1 && title.cells[0]!.bold ? i - 1 : i;
    if (end > start) parts.push({ ...table, rows: table.rows.slice(start, end) });
    start = i;
  }
  parts.push({ ...table, rows: table.rows.slice(start) });
  return parts;
}

/** Text that reads as a sentence ("No health treatment is needed.", "... Aisha. Social care ..."). */
function isSentence(text: string): boolean {
  const t = normaliseText(text);
  return (/[.!?]$/.test(t) && countWords(t) > 4) || /[a-z)]\.\s+[A-Z][a-z']*(?:\s+\S+){2,}/.test(t);
}

/** "HEALTH", "SOCIAL CARE": a short line in capitals, a label rather than a sentence. */
function isCapitalisedLabel(text: string): boolean {
  return countWords(text) <= 6 && /[A-Z]{3}/.test(text) && text === text.toUpperCase() && !/[.!?]$/.test(text);
}

/** The sections a table's header cells name, one per column, or null for an ordinary table. */
function splitTargets(table: Table, context: Context | null): SectionId[] | null {
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
  if (kinds.size < 2 || ![...kinds].some((id) => 'BCDEFGH'.includes(id))) return null;
  // A column without a section ("Who", "How often") belongs with the column on its left.
  const targets: SectionId[] = [];
  let last: SectionId = named[0]!;
  for (const id of byColumn) {
    if (id) last = id;
    targets.push(last);
  }
  return targets;
}

function columnTarget(text: string, context: Context | null): SectionId | null {
  const t = normaliseText(text);
  const label = COLUMN_LABEL.exec(t);
  if (label && (t.length <= 3 || /[.:\-–—)]/.test(t.slice(0, 4)) || /^(section|part)\s/i.test(t))) return label[1]!.toUpperCase() as SectionId;
  // "Linked provision", "Related outcomes", "Which need this meets": a column of references to
  // another section, not that section's text.
  if (CROSS_REFERENCE.test(t)) return null;
  const meaning = meaningOf(t, context);
  return meaning.kind === 'section' ? meaning.ids[0] : null;
}
const CROSS_REFERENCE = /^(?:linked|related|relevant|link(?:s|ed)? to|see|ref(?:erence)?s?(?: to)?)\b|\b(?:supported|met|addressed) by\b|^(?:which|what) (?:need|outcome)s?\b|\b(?:ref|refs|references?)$/i;

function headerTitle(table: Table, targets: readonly SectionId[], id: SectionId): string {
  const header = table.rows[0]!;
  const cell = header.cells.find((c) => targets[c.column] === id);
  return cell ? normaliseText(cell.text) : `Section ${id}`;
}

/** The right edge of the text on each page: a paragraph's last line stops short of it. */
function rightMargins(blocks: readonly Block[]): Map<number, number> {
  const edges = new Map<number, number>();
  for (const block of blocks) {
    if (block.kind !== 'line') continue;
    const last = block.line.fragments[block.line.fragments.length - 1]!;
    const right = last.x + last.width;
    edges.set(block.line.page, Math.max(edges.get(block.line.page) ?? 0, right));
  }
  return edges;
}

/** The next line of a wrapped heading: same type, right below, on the same page. */
function continuesHeading(heading: Line, line: Line): boolean {
  return line.page === heading.page
    && line.fragments.length === 1
    && Math.abs(line.fontSize - heading.fontSize) < 0.6
    && line.bold === heading.bold
    && line.y - heading.y > 0
    && line.y - heading.y <= 1.8 * heading.fontSize
    && !/[.:]$/.test(normaliseText(heading.text));
}

const sameLayout = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((x, i) => Math.abs(x - b[i]!) < 12);

function isSubHeading(line: Line, text: string, bodyFontSize: number): boolean {
  const words = countWords(text);
  return line.fragments.length === 1 && words > 0 && words <= 8 && !/[.,;]$/.test(text) && isEmphasised(line, text, bodyFontSize);
}

function asLine(text: string, page: number, bold: boolean, fontSize: number): Line {
  return { page, y: 0, x: 0, text, fontSize, bold, fragments: [{ text, x: 0, y: 0, width: 0, fontSize, bold, runs: [{ text, x: 0, width: 0 }] }] };
}

/**
 * A personal-details row: "Name | Amira Khan", or two pairs side by side
 * ("Name | Amira Khan | Date of birth | 11/04/2015") when every other cell reads as a label.
 */
function collectRowFields(cells: Table['rows'][number]['cells'], texts: readonly string[], page: number, fields: Field[]): void {
  if (cells.length < 2) {
    const prefixed = texts[0] ? knownLabelPrefix(texts[0]) : null;
    if (prefixed) fields.push({ ...prefixed, page });
    return;
  }
  const labelLike = (i: number) => cells[i]!.bold || /:$/.test(texts[i]!) || countWords(texts[i]!) <= 5;
  const paired = cells.length >= 4 && cells.length % 2 === 0 && cells.every((_, i) => i % 2 === 1 || labelLike(i));
  if (paired) {
    for (let i = 0; i < cells.length; i += 2) fields.push({ label: texts[i]!, value: texts[i + 1]!, page });
    return;
  }
  fields.push({ label: texts[0]!, value: texts.slice(1).join(' '), page });
}

/**
 * "Name: Amira Khan", label and value in two fragments on one line, or a known label followed by
 * its value in one run ("Date of birth 11/04/2015") when the printed gap was too narrow to see.
 */
function collectField(line: Line, fields: Field[]): void {
  if (line.fragments.length === 2) {
    fields.push({ label: normaliseText(line.fragments[0]!.text), value: normaliseText(line.fragments[1]!.text), page: line.page });
    return;
  }
  const text = normaliseText(line.text);
  const m = /^([A-Za-z][A-Za-z '’/()&-]{1,40}?)\s*:\s+(\S.*)$/.exec(text);
  if (m) {
    fields.push({ label: m[1]!, value: m[2]!, page: line.page });
    return;
  }
  const prefixed = knownLabelPrefix(text);
  if (prefixed) fields.push({ ...prefixed, page: line.page });
}

/**
 * A form laid out across: a row of labels ("Name | Date of birth | Year group") over a row of
 * values, or a label cell with its value in the cell below.
 */
function collectColumnFields(table: Table, fields: Field[]): void {
  for (let r = 0; r + 1 < table.rows.length; r++) {
    const labels = table.rows[r]!.cells;
    const values = table.rows[r + 1]!.cells;
    const known = labels.filter((c) => labelKey(normaliseText(c.text)) !== null);
    // Every cell of the row must be a label: "Name | Oliver" is a label beside its value.
    if (known.length === 0 || known.length < labels.length || (labels.length === 1 && values.length !== 1)) continue;
    if (values.some((c) => labelKey(normaliseText(c.text)) !== null)) continue;
    for (const label of known) {
      const value = values.find((c) => c.column === label.column);
      if (value) fields.push({ label: normaliseText(label.text), value: normaliseText(value.text), page: value.page });
    }
  }
}

/** The longest run of up to seven opening words that is a known label, and the rest as its value. */
const labelKeyWordless = (text: string) => labelKey(text) === null && !/\b(?:name|birth|birthday|dob|year|ncy|need|school|setting|college|plan|date|issued|status|type|review|worker|officer|co-?ordinator|coordinator)\b/i.test(text);

export function knownLabelPrefix(text: string): { label: string; value: string } | null {
  const words = text.split(' ');
  // Label and value lines are short; sentences of running text are not worth the regexes.
  if (words.length > 14 || words.length < 2 || labelKeyWordless(words.slice(0, 7).join(' '))) return null;
  for (let n = Math.min(7, words.length - 1); n >= 1; n--) {
    const label = words.slice(0, n).join(' ');
    if (labelKey(label)) return { label, value: words.slice(n).join(' ') };
  }
  return null;
}

