import { type Line, type Run } from '../domain';
import { paragraphGap } from './spacing';

/** One cell of a table: the lines of one column within one row, joined. */
export interface Cell {
  readonly column: number;
  readonly text: string;
  readonly page: number;
  readonly bold: boolean;
  /** The cell opens with a list marker ("•"): a new list item, not the rest of the one above. */
  readonly bulleted: boolean;
  /**
   * The cell's text cut where a line opens with a list marker or an outcome's label ("Outcome 6:"):
   * one entry per item. A cell of one item has one entry, its text.
   */
  readonly pieces: readonly CellPiece[];
  /** The cell's lines as printed: a form's label can sit on the line above its value. */
  readonly lines: readonly string[];
  /** Which of those lines are set in bold: a box's title line over its text. */
  readonly boldLines: readonly boolean[];
}

/** One item of a cell, and how far down the page its first line sits. */
export interface CellPiece {
  readonly text: string;
  readonly y: number;
}

/** A line that opens a new item inside a cell that already holds one: an outcome's label, or an item numbered "2.1.3". */
const OPENS_ITEM = /^(?:(?:outcome|goal)\s*\d+\b|\d{1,2}(?:\.\d{1,2}){1,3}\.?\s)/i;
export const opensItem = (text: string): boolean => OPENS_ITEM.test(text);

export interface TableRow {
  readonly cells: readonly Cell[];
  readonly page: number;
}

export interface Table {
  readonly kind: 'table';
  /** Left edges of the columns, in points: lets a table continued on the next page be recognised. */
  readonly columnStarts: readonly number[];
  readonly rows: readonly TableRow[];
}

export interface TextLine {
  readonly kind: 'line';
  readonly line: Line;
}

export type Block = TextLine | Table;

/** Lines of one visual row sit closer than this share of the font size (cells wrap side by side). */
const SAME_ROW = 0.9;
/** Cells of one row whose first lines are set one above the other sit at most this far apart (font sizes). */
const STAGGERED_ROW = 1.05;
/** A vertical gap wider than this share of the font size starts a new table row (cell padding). */
const ROW_GAP = 1.45;
/** The paragraph gap (from paragraphGap) of a document set in 1.5-line spacing. */
const WIDE_SPACING = 1.9;
/** A gap this large (in font sizes) between lines of one page ends a table. */
const TABLE_BREAK = 4.5;
/** Type this many times the cells' size is a heading, not a row. */
const HEADING_AFTER_TABLE = 1.3;
/** Runs closer than this share of the font size are one flow of text (a word space is ~0.25). */
const WORD_GAP = 0.5;

interface Span {
  start: number;
  end: number;
}

const spanOf = (r: Run): Span => ({ start: r.x, end: r.x + r.width });
/** Runs, not fragments, decide columns: two cells can sit closer than a fragment gap. */
// List markers drawn as runs of their own ("•" before a cell's text) are left out: they would
// otherwise form a column of bullets.
const BULLETS = '•▪●◦○■□‣⁃∙·';
const LIST_MARKER = new RegExp(`^[${BULLETS}]$`);
/** A run that opens with a bullet inside its own text ("• Fine motor activities."). */
const OPENS_WITH_MARKER = new RegExp(`^[${BULLETS}]\\s`);
/** A run that carries text, not white space or a list marker of its own. */
const isTextRun = (r: Run): boolean => r.text.trim() !== '' && !LIST_MARKER.test(r.text.trim());
const runsOf = (line: Line): Run[] => line.fragments.flatMap((f) => joinWordRuns(f.runs.filter(isTextRun), f.fontSize));

/**
 * Word processors that justify text write every word as a run of its own; words a space apart
 * are one run of text, not cells. (Cells sit further apart than a space, even a stretched one.)
 */
function joinWordRuns(runs: readonly Run[], fontSize: number): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    const last = out[out.length - 1];
    if (last && run.x - (last.x + last.width) < WORD_GAP * fontSize && run.x >= last.x) {
      out[out.length - 1] = { text: `${last.text} ${run.text}`, x: last.x, width: run.x + run.width - last.x };
    } else out.push(run);
  }
  return out;
}
const boldRuns = (line: Line): Set<Run> => new Set(line.fragments.filter((f) => f.bold).flatMap((f) => f.runs));
const overlaps = (a: Span, b: Span) => a.start < b.end - 0.5 && b.start < a.end - 0.5;

/**
 * Splits the document's lines into running text and tables. A table starts at a line with two
 * or more fragments (cells side by side) and takes the following lines while they fit its
 * columns; its columns are the union of the horizontal extents of its fragments, so cells
 * that wrap onto several lines are rebuilt column by column instead of being interleaved.
 */
export function toBlocks(lines: readonly Line[], isHeading: (line: Line) => boolean): Block[] {
  const blocks: Block[] = [];
  // A document set in 1.5-line spacing (a line pitch of 1.5 font sizes or more) wraps cells that
  // far apart: a new row starts further down than in single spacing.
  const spacing = paragraphGap(lines);
  const rowGapFloor = spacing >= WIDE_SPACING ? spacing : ROW_GAP;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.fragments.length < 2 || isHeading(line) || wrapsUnderItsNumber(line, lines[i + 1])) {
      blocks.push({ kind: 'line', line });
      i++;
      continue;
    }
    // Header cells that wrap start a little above the first line with several fragments; a
    // line that close above cannot be text stacked in one column, even if it looks like a heading.
    const region: Line[] = [];
    while (blocks.length > 0) {
      const last = blocks[blocks.length - 1]!;
      if (last.kind !== 'line' || last.line.page !== line.page) break;
      // Cells set apart vertically (each column's text centred in its row) start a few points
      // apart, one above the other: each line pulled in is the reference for the one above it.
      // A line in a column the line below leaves empty may sit a little further up.
      const below = region[0] ?? line;
      const besideBelow = !runsOf(below).some((r) => overlaps(spanOf(r), { start: last.line.x, end: last.line.x + 1 }));
      if (below.y - last.line.y >= (besideBelow ? STAGGERED_ROW : SAME_ROW) * line.fontSize) break;
      region.unshift(last.line);
      blocks.pop();
    }
    region.push(line);
    // Columns come from lines with several cells side by side; a line with one run only fills a
    // column (a wrapped cell) or spans the table (an area sub-heading row).
    let columns = addSpans([], region.flatMap((l) => runsOf(l).map(spanOf)));
    let j = i + 1;
    for (; j < lines.length; j++) {
      const next = lines[j]!;
      const prev = region[region.length - 1]!;
      const size = Math.max(next.fontSize, prev.fontSize);
      const sameRow = next.page === prev.page && next.y - prev.y < SAME_ROW * size;
      // Header cells wrap onto a second line: that line belongs to the header row.
      const first = region[0]!;
      const inHeaderBand = region.length <= 3 && next.page === first.page && next.y - first.y < 2.2 * size;
      // A heading ends the table, unless it sits inside a column (a header cell that wraps).
      if (!sameRow && !inHeaderBand && isHeading(next) && next.x <= (columns[0]?.start ?? next.x) + 12) break;
      if (next.page === prev.page && next.y - prev.y > TABLE_BREAK * size) break;
      // A line in much larger type than the cells is a heading after the table, even over a page.
      if (!sameRow && !inHeaderBand && next.fragments.length === 1 && next.fontSize >= prev.fontSize * HEADING_AFTER_TABLE) break;
      const spans = runsOf(next).map(spanOf);
      const crossesColumns = spans.some((s) => columns.filter((c) => overlaps(c, s) && c.lines >= 2).length > 1);
      if (next.fragments.length > 1) {
        if (wrapsUnderItsNumber(next, lines[j + 1])) break;
        // Text that crosses two well-established columns is running text after the table.
        if (crossesColumns) break;
        region.push(next);
        columns = addSpans(columns, spans);
        continue;
      }
      if (!spans.some((s) => columns.some((c) => overlaps(c, s)))) {
        // A header cell that wraps below its row belongs to it, even where no column is yet.
        if (!sameRow) break;
        region.push(next);
        columns = addSpans(columns, spans);
        continue;
      }
      const newRow = next.page !== prev.page || next.y - prev.y > ROW_GAP * size;
      if (crossesColumns || spans.some((s) => columns.filter((c) => overlaps(c, s)).length > 1)) {
        // A row spanning the table continues it only if cells side by side follow right after.
        const after = lines[j + 1];
        if (!after || after.fragments.length < 2 || after.page !== next.page || after.y - next.y > TABLE_BREAK * size) break;
      } else if (newRow && !inHeaderBand && !columns.some((c) => next.x > c.start - 4 && next.x < c.end)) {
        // A new row that starts with one cell starts inside a column (it touches no other: that
        // case is above); a wrapped line may reach further right than any line before it.
        break;
      }
      region.push(next);
    }
    if (columns.length < 2) {
      for (const l of region) blocks.push({ kind: 'line', line: l });
    } else {
      blocks.push(buildTable(region, columns, rowGapFloor));
    }
    i = j;
  }
  return blocks;
}

/** A paragraph's number: "B16", "H1.1", "A2", "3.4", "12)". */
const PARAGRAPH_NUMBER = /^(?:[A-K]\d{1,2}(?:\.\d{1,2})*|\d{1,3}(?:\.\d{1,2})*)[.)]?$/;
/** How far left of the number a wrapped line may start and still be under it, in points. */
const UNDER_NUMBER_SLACK = 3;

/**
 * A numbered paragraph whose text wraps back to the margin under its number ("B16  What works
 * well for Flavia: ... and an" / "adult checking after step one."), as a word processor's
 * numbering without a hanging indent sets it: running text, not a table of number | text.
 */
function wrapsUnderItsNumber(line: Line, next: Line | undefined): boolean {
  // The text may come in several fragments: a justified line's word gaps are wide.
  if (line.fragments.length < 2 || !next || next.fragments.length !== 1 || next.page !== line.page) return false;
  const [number, text] = [line.fragments[0]!, line.fragments[1]!];
  if (line.fragments.slice(2).some((f) => Math.abs(f.fontSize - text.fontSize) >= SAME_SIZE)) return false;
  // The number, its text and the wrapped line are one paragraph's type; a part's large letter
  // over its title in the margin ("H1" / "Social care provision") is a layout of its own.
  const sameType = (a: number, b: number) => Math.abs(a - b) < SAME_SIZE;
  if (!PARAGRAPH_NUMBER.test(number.text.trim()) || !sameType(number.fontSize, text.fontSize) || !sameType(next.fontSize, text.fontSize)) return false;
  const close = next.y - line.y < ROW_GAP * line.fontSize;
  const underNumber = Math.abs(next.x - number.x) <= UNDER_NUMBER_SLACK;
  // The number's cell never wraps: a line under it is the paragraph's text, unless it is the next number.
  return close && underNumber && !PARAGRAPH_NUMBER.test(next.text.trim()) && text.x > number.x;
}

interface Column extends Span {
  /** How many lines put text in this column: one stray label does not make a column. */
  lines: number;
}

/** Adds one line's spans to the columns: overlapping spans and columns merge into one column. */
function addSpans(columns: readonly Column[], spans: readonly Span[]): Column[] {
  let out: Column[] = columns.map((c) => ({ ...c }));
  const touched = new Set<Column>();
  for (const span of spans) {
    const hits = out.filter((c) => overlaps(c, span) || (span.start <= c.end + 1 && c.start <= span.end + 1));
    const merged: Column = { start: Math.min(span.start, ...hits.map((c) => c.start)), end: Math.max(span.end, ...hits.map((c) => c.end)), lines: Math.max(0, ...hits.map((c) => c.lines)) };
    out = [...out.filter((c) => !hits.includes(c)), merged];
    touched.add(merged);
  }
  for (const c of touched) c.lines += 1;
  return out.sort((a, b) => a.start - b.start);
}

function buildTable(region: readonly Line[], columns: readonly Column[], rowGapFloor: number): Table {
  // Cells are assigned by where they start, so a cell spanning two columns (an address across
  // the form) stays one cell in its own column instead of merging the columns.
  const starts = columnStarts(region, columns);
  const columnOf = (r: Run) => {
    let index = 0;
    starts.forEach((x, i) => {
      if (x <= r.x + 3) index = i;
    });
    return index;
  };
  // A line whose one run spans several columns is a row of its own (an area sub-heading).
  const spansTable = (line: Line) => line.fragments.length === 1 && runsOf(line).some((r) => columns.filter((c) => overlaps(c, spanOf(r))).length > 1);
  const rows = rowsOf(region, columnOf, spansTable, rowGapOf(region, rowGapFloor));
  return {
    kind: 'table',
    columnStarts: starts,
    rows: rows.map((entries) => {
      const parts = new Map<number, { texts: string[]; boldLines: boolean[]; pieces: { y: number; texts: string[] }[]; bold: number; chars: number; page: number; bulleted: boolean }>();
      for (const { line, column: col, runs, bulleted, boldChars } of entries) {
        const part = parts.get(col) ?? { texts: [], boldLines: [], pieces: [], bold: 0, chars: 0, page: line.page, bulleted };
        const text = joinRuns(runs, line.fontSize);
        const opensItem = part.pieces.length === 0 || bulleted || OPENS_ITEM.test(text);
        if (opensItem) part.pieces.push({ y: line.y, texts: [text] });
        else part.pieces[part.pieces.length - 1]!.texts.push(text);
        part.texts.push(text);
        part.boldLines.push(boldChars > text.length / 2);
        part.chars += text.length;
        part.bold += boldChars;
        parts.set(col, part);
      }
      const cells: Cell[] = [...parts.entries()]
        .sort(([a], [b]) => a - b)
        .map(([column, part]) => ({ column, text: joinLines(part.texts), pieces: part.pieces.map((piece) => ({ text: joinLines(piece.texts), y: piece.y })), lines: part.texts, boldLines: part.boldLines, page: part.page, bold: part.bold > part.chars / 2, bulleted: part.bulleted }));
      return { cells, page: entries[0]!.line.page };
    }),
  };
}

/** One line's text in one column: the unit rows are built from. */
interface ColumnEntry {
  readonly line: Line;
  /** Where the entry's text sits: cells of one line can sit a little above or below each other. */
  readonly y: number;
  readonly column: number;
  readonly runs: readonly Run[];
  readonly bulleted: boolean;
  /** How many of the entry's characters are set in bold. */
  readonly boldChars: number;
}

/** A line's runs, column by column. */
function entriesOf(line: Line, columnOf: (r: Run) => number): ColumnEntry[] {
  const perColumn = new Map<number, Run[]>();
  const tops = new Map<number, number>();
  const bulletedColumns = new Set<number>();
  for (const fragment of line.fragments) {
    let previous: { run: Run; col: number } | null = null;
    const first = fragment.runs.find((r) => r.text.trim() !== '')?.text.trim() ?? '';
    const marked = LIST_MARKER.test(first) || OPENS_WITH_MARKER.test(first);
    for (const run of fragment.runs.filter(isTextRun)) {
      // Text that carries on within a word space of the run before it ("education): By
      // the end", bold then plain) is the same cell, whatever column edge it passes.
      const col: number = previous && run.x - (previous.run.x + previous.run.width) < WORD_GAP * line.fontSize ? previous.col : columnOf(run);
      if (marked && previous === null) bulletedColumns.add(col);
      perColumn.set(col, [...(perColumn.get(col) ?? []), run]);
      tops.set(col, Math.min(fragment.y, tops.get(col) ?? Infinity));
      previous = { run, col };
    }
  }
  // The line's bold runs, found once for all its columns.
  const bold = boldRuns(line);
  return [...perColumn].map(([column, runs]) => ({
    line, y: tops.get(column)!, column, runs, bulleted: bulletedColumns.has(column),
    boldChars: runs.filter((r) => bold.has(r)).reduce((n, r) => n + r.text.length, 0),
  }));
}

/** A column's wrapped lines sit at most this many line pitches apart (a list item's margin included). */
const WITHIN_CELL_PITCHES = 1.35;

/**
 * Groups a table's lines into rows of column entries. A new row starts after a vertical gap
 * wider than the row gap, or where a row's cells start together while one column's text runs
 * on past them: a cell spanning several rows (an outcome beside each of its provision lines).
 * That column's lines carry on in the row its cell started in.
 */
function rowsOf(region: readonly Line[], columnOf: (r: Run) => number, spansTable: (line: Line) => boolean, rowGap: (fontSize: number) => number): ColumnEntry[][] {
  const entries = region.map((line) => entriesOf(line, columnOf));
  const pitch = columnPitches(entries);
  const rows: ColumnEntry[][] = [];
  const last = new Map<number, { y: number; page: number; row: number }>();
  let spanning = false;
  let prev: Line | null = null;
  // Where the current row was opened beside a cell spanning rows, that cell's column carries on above.
  let besideSpanningCell = false;
  region.forEach((line, i) => {
    const lineEntries = entries[i]!;
    const spans = spansTable(line);
    const gap = rowGap(prev ? Math.max(line.fontSize, prev.fontSize) : line.fontSize);
    const current = rows.length - 1;
    // A column's text after a row gap of its own. One line can gather cells whose text sits a
    // little apart: "By when" after a paragraph gap beside the next line of the cell next to it.
    // Text set in newspaper columns goes on at the top of the next column: a line far above the
    // one before it is a new row, as over a page break.
    const jumpsUp = (y: number, above: number) => above - y > TABLE_BREAK * line.fontSize;
    const fresh = (e: ColumnEntry) => {
      const l = last.get(e.column);
      return !l || l.page !== line.page || e.y - l.y > gap || jumpsUp(e.y, l.y);
    };
    let newRow = !prev || spans || spanning || prev.page !== line.page || jumpsUp(line.y, prev.y) || (line.y - prev.y > gap && lineEntries.every(fresh));
    // Two or more columns start again together beside a column whose text runs on.
    const freshEntries = lineEntries.filter(fresh);
    const opensBesideSpanningCell = !newRow && freshEntries.length >= 2 && freshEntries.some((e) => last.get(e.column)?.row === current);
    if (opensBesideSpanningCell) newRow = true;
    if (newRow) {
      rows.push([]);
      besideSpanningCell = opensBesideSpanningCell;
    }
    for (const e of lineEntries) {
      const l = last.get(e.column);
      const carriesOn = besideSpanningCell && l !== undefined && l.page === line.page && l.row < rows.length - 1 && e.y - l.y <= Math.max(gap, WITHIN_CELL_PITCHES * (pitch.get(e.column) ?? 0));
      const row = carriesOn ? l.row : rows.length - 1;
      rows[row]!.push(e);
      last.set(e.column, { y: e.y, page: line.page, row });
    }
    spanning = spans;
    prev = line;
  });
  return rows.filter((r) => r.length > 0);
}

/** Each column's line pitch: the smallest step between two of its lines on one page. */
function columnPitches(entries: readonly ColumnEntry[][]): Map<number, number> {
  const pitch = new Map<number, number>();
  const last = new Map<number, ColumnEntry>();
  for (const e of entries.flat()) {
    const l = last.get(e.column);
    const step = l && l.line.page === e.line.page ? e.y - l.y : 0;
    if (step > SAME_ROW * e.line.fontSize) pitch.set(e.column, Math.min(step, pitch.get(e.column) ?? Infinity));
    last.set(e.column, e);
  }
  return pitch;
}

/**
 * Left edges of the columns: where cells of lines with several cells start, clustered. An edge
 * seen once only counts when it is the start of an extent column (a column with one cell).
 */
function columnStarts(region: readonly Line[], columns: readonly Column[]): number[] {
  const lineStarts = region.filter((l) => l.fragments.length > 1).map((l) => l.fragments.map((f) => f.runs.find(isTextRun)?.x ?? f.x));
  const xs = lineStarts.flat().sort((a, b) => a - b);
  const clusters: { x: number; n: number }[] = [];
  for (const x of xs) {
    const last = clusters[clusters.length - 1];
    if (last && x - last.x < 6) last.n++;
    else clusters.push({ x, n: 1 });
  }
  const kept = clusters.filter((c) => c.n >= 2 || columns.some((col) => Math.abs(col.start - c.x) < 6)).map((c) => c.x);
  // A box's title indented a little from its text ("About this plan" 8 points in) is the same
  // column: two edges that close which no line has side by side are one column, not two.
  const sideBySide = (a: number, b: number) => lineStarts.some((starts) => starts.some((x) => Math.abs(x - a) < 6) && starts.some((x) => Math.abs(x - b) < 6));
  for (let k = kept.length - 1; k > 0; k--) {
    if (kept[k]! - kept[k - 1]! < INDENT_SLACK && !sideBySide(kept[k - 1]!, kept[k]!)) kept.splice(k, 1);
  }
  const fromExtents = columns.map((c) => c.start);
  const starts = kept.length >= 2 ? kept : fromExtents;
  return starts[0] !== undefined && fromExtents[0] !== undefined && fromExtents[0] < starts[0] - 3 ? [fromExtents[0], ...starts.slice(1)] : starts;
}

/** How far a title may be indented from its column's text (points). */
const INDENT_SLACK = 16;

/**
 * The vertical gap that starts a new row. Producers space lines differently (LibreOffice sets
 * cell text looser than a browser), so when the table shows two kinds of gap (lines within a
 * cell, and wider gaps between rows) the threshold sits above the narrower kind.
 */
function rowGapOf(region: readonly Line[], floor: number): (fontSize: number) => number {
  const gaps: number[] = [];
  for (let i = 1; i < region.length; i++) {
    const a = region[i - 1]!;
    const b = region[i]!;
    const gap = b.y - a.y;
    // A line in larger type under another is a heading, not a cell's next line: a section's
    // letter over its heading, pulled in where a table runs on into the next part, is no
    // measure of the table's spacing (a label wrapping in smaller type is).
    if (a.page === b.page && gap > SAME_ROW * b.fontSize && b.fontSize <= a.fontSize + SAME_SIZE) gaps.push(gap / b.fontSize);
  }
  const step = Math.min(...gaps);
  const twoKinds = gaps.length > 0 && step < 2 && gaps.some((g) => g > step * 1.3);
  return (fontSize) => fontSize * (twoKinds ? Math.max(floor, step * 1.25) : floor);
}

/** Font sizes this close (points) are one type size. */
const SAME_SIZE = 0.5;

/** Runs of one cell line, with a space where the PDF left a visible gap. */
function joinRuns(runs: readonly Run[], fontSize: number): string {
  let out = '';
  let end = -Infinity;
  for (const run of [...runs].sort((a, b) => a.x - b.x)) {
    const gap = run.x - end;
    out += out && gap > 0.12 * fontSize && !/\s$/.test(out) && !/^\s/.test(run.text) ? ` ${run.text}` : run.text;
    end = run.x + run.width;
  }
  return out.replace(/\s+/g, ' ').trim();
}

/**
 * Joins wrapped lines of one cell. A line ending in a hyphen is joined without a space
 * ("three-" + "part"): browsers wrap at hyphens, and keeping it keeps quotes exact.
 */
export function joinLines(texts: readonly string[]): string {
  let out = '';
  for (const t of texts) out = !out ? t : /[A-Za-z]-$/.test(out) ? out + t : `${out} ${t}`;
  return out.replace(/\s+/g, ' ').trim();
}
