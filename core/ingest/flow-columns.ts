import { type Fragment, type Line } from '../domain';
import { lineOf } from './lines';

/**
 * Text set in newspaper columns: a part's paragraphs run down the left column and on down the
 * right, and a full-width heading ends the band. Read line by line across the page, the two
 * columns interleave ("...with his mum, Linda," then a quote from the right column, then "and
 * stepdad, Tony."), and where their baselines meet they look like the cells of a two-column
 * table. `readFlowColumns` finds such bands and gives their lines in reading order: the left
 * column top to bottom, then the right. Each right-column line is moved left by the gutter, so
 * both columns' lines start where the left column's do and indents (bullets, quotes) keep their
 * meaning; baselines are kept, so a line above the one before it marks the jump to the next column.
 *
 * A table of two columns is not a flow: its rows start side by side (the cells' first lines
 * share a baseline) and it usually opens with a row of column titles. A band is read as flowing
 * columns only when the columns are of a width, both hold several lines, many lines have one
 * column only (baselines drift apart as paragraphs and headings space each column its own way),
 * and it does not open with a row of short titles.
 */
export function readFlowColumns(lines: readonly Line[]): Line[] {
  return readPage(lines, null).lines;
}

/**
 * Every page of a document, each read as `readFlowColumns` reads it; then, where pages of the
 * document are set in newspaper columns at one gutter, its other pages are read again at that
 * gutter with tables set in each column allowed (two tables of their own layouts, rows out of
 * step). On its own, a page like that is too like a wide table to be read a column at a time.
 */
export function readFlowPages(pages: readonly (readonly Line[])[]): Line[][] {
  const first = pages.map((lines) => readPage(lines, null));
  const gutter = documentGutter(first.map((r) => r.gutter));
  if (gutter === null) return first.map((read) => read.lines);
  return first.map((read, i) => joinCarriedHeadings(read.gutter !== null ? read.lines : readPage(pages[i]!, gutter).lines, gutter));
}

/**
 * A part's heading a word processor broke over the document's two columns ("Section C – Health
 * needs related to | special educational needs") is one heading: its two parts become one
 * fragment, so no later step takes them for a row of two cells.
 */
function joinCarriedHeadings(lines: readonly Line[], gutter: number): Line[] {
  if (lines.length === 0) return [];
  const headingSize = HEADING_SIZE * bodySizeOf(lines);
  return lines.map((line) => {
    if (!isCarriedHeading(line, headingSize)) return line;
    const [first, second] = line.fragments as [Fragment, Fragment];
    if (!(end(first) <= gutter && second.x >= gutter - EDGE_SLACK)) return line;
    const joined: Fragment = { ...first, text: `${first.text.trimEnd()} ${second.text.trimStart()}`, width: end(second) - first.x, runs: [...first.runs, ...second.runs] };
    return lineOf([joined], line.page);
  });
}

/** A gutter shared by this many of a document's pages (within `SAME_GUTTER` points) is the document's. */
const MIN_FLOW_PAGES = 2;
const SAME_GUTTER = 6;

function documentGutter(gutters: readonly (number | null)[]): number | null {
  const found = gutters.filter((g): g is number => g !== null);
  return found.find((g) => found.filter((h) => Math.abs(h - g) <= SAME_GUTTER).length >= MIN_FLOW_PAGES) ?? null;
}

/** The page's body type: its lines' median size. */
function bodySizeOf(lines: readonly Line[]): number {
  const sizes = lines.map((l) => l.fontSize).sort((a, b) => a - b);
  return sizes[Math.floor(sizes.length / 2)]!;
}

/** A page's lines in reading order, and the gutter its flowing columns were read at (null: none). */
function readPage(lines: readonly Line[], documentGutter: number | null): { lines: Line[]; gutter: number | null } {
  if (lines.length <= MIN_BAND_LINES_UNDER_HEADING) return { lines: [...lines], gutter: null };
  // A part's heading stands over both columns, however short it is: larger type than the
  // page's body text ends a band.
  const bodySize = bodySizeOf(lines);
  // The right column's edge is where most lines' second column starts: of the candidates, the
  // one that reads the most lines as flowing columns is the page's gutter (a list's bullets can
  // make an edge of their own that breaks the columns at every line of text beside them). On a
  // document's later reading, only its gutter.
  const candidates = gutterCandidates(lines).filter((g) => documentGutter === null || Math.abs(g - documentGutter) <= SAME_GUTTER);
  let best: { lines: Line[]; gutter: number; moved: number } | null = null;
  for (const gutter of candidates) {
    const read = reorderAt(lines, gutter, bodySize, documentGutter !== null);
    const moved = read ? read.filter((l, i) => l !== lines[i]).length : 0;
    if (read && (!best || moved > best.moved)) best = { lines: read, gutter, moved };
  }
  return best ? { lines: best.lines, gutter: best.gutter } : { lines: [...lines], gutter: null };
}

/** A band needs this many lines, and each column this many, to be told from a table. */
const MIN_BAND_LINES = 10;
const MIN_COLUMN_LINES = 5;
const MIN_BAND_LINES_UNDER_HEADING = 6;
const MIN_COLUMN_LINES_UNDER_HEADING = 3;
/** Share of a band's lines that hold one column only: columns' baselines drift apart. */
const MIN_ONE_SIDED_SHARE = 0.3;
/** The narrower column is at least this share of the wider. */
const MIN_WIDTH_RATIO = 0.7;
/** The shorter column holds at least this share of the longer one's lines. */
const MIN_BALANCE = 0.5;
/** How far left of the right column's edge a fragment may start (points), and how close to it the left column may end. */
const EDGE_SLACK = 3;
const GUTTER_MIN = 6;
/** A flow's line starts at most this far right of its column's edge (a bullet's or a quote's indent, points). */
const MAX_INDENT = 36;
/** Type this much larger than the page's body text is a heading over the columns, not in one. */
const HEADING_SIZE = 1.2;
/**
 * A gap in the right column this many body-type sizes tall, beside a heading in the left, is the
 * room a full-width heading takes: the band ends there. A heading flowed into the left column has
 * the right column's text running on beside it, a line or two apart.
 */
const HEADING_HOLE = 3.5;
/** How far left of a column's text its bullets may hang (points). */
const BULLET_HANG = 20;

const end = (f: Fragment) => f.x + f.width;

/** Where fragments start, in 4-point steps: how many start in each, and the leftmost start there. */
function startsOf(fragments: readonly Fragment[]): { n: number; x: number }[] {
  const counts = new Map<number, { n: number; x: number }>();
  for (const f of fragments) {
    const key = Math.round(f.x / 4);
    const c = counts.get(key) ?? { n: 0, x: f.x };
    counts.set(key, { n: c.n + 1, x: Math.min(c.x, f.x) });
  }
  return [...counts.values()];
}

/** Where a right column could start: fragment starts shared by several lines near the middle of the text. */
function gutterCandidates(lines: readonly Line[]): number[] {
  const fragments = lines.flatMap((l) => l.fragments);
  const left = Math.min(...fragments.map((f) => f.x));
  const right = Math.max(...fragments.map(end));
  const width = right - left;
  const middle = startsOf(fragments.filter((f) => f.x >= left + 0.35 * width && f.x <= left + 0.65 * width));
  // The column's edge is its leftmost start: a bullet hangs a little left of the text after it.
  const edgeOf = (x: number) => Math.min(x, ...fragments.filter((f) => f.x < x && f.x >= x - BULLET_HANG).map((f) => f.x));
  // A list's second level hangs from the first's bullets, which hang from the column's text.
  const candidates = middle.filter((c) => c.n >= MIN_COLUMN_LINES).sort((a, b) => b.n - a.n).flatMap((c) => [edgeOf(c.x), edgeOf(edgeOf(c.x))]);
  return [...new Set(candidates)];
}

interface Split {
  readonly line: Line;
  readonly left: readonly Fragment[];
  readonly right: readonly Fragment[];
}

/** The line's fragments either side of the gutter; null when one crosses it (a full-width line). */
function split(line: Line, gutter: number): Split | null {
  const left: Fragment[] = [];
  const right: Fragment[] = [];
  for (const f of line.fragments) {
    if (f.x >= gutter - EDGE_SLACK) right.push(f);
    else if (end(f) <= gutter - GUTTER_MIN) left.push(f);
    else return null;
  }
  return { line, left, right };
}

function reorderAt(lines: readonly Line[], gutter: number, bodySize: number, tablesInColumns: boolean): Line[] | null {
  const headingSize = HEADING_SIZE * bodySize;
  const isLarge = (fragments: readonly Fragment[]) => fragments.length > 0 && fragments.every((f) => f.fontSize >= headingSize);
  const out: Line[] = [];
  let changed = false;
  let band: Split[] = [];
  // The full-width line above a band: a row of column titles there makes the band a table.
  let above: Line | null = null;
  // The band's right column so far ends with a part's heading (see `closedAtFootHeading`).
  let footHeading = false;
  // A heading of the left column's own has joined the band under that heading.
  let tailHeading = false;
  const flush = (closed = false) => {
    const underHeading = above !== null && above.fontSize >= headingSize;
    const titled = !closed && above !== null && above.fragments.length > 1 && !isCarriedHeading(above, headingSize);
    const read = band.length > 0 && !titled && isFlow(band, gutter, { underHeading, closed, tablesInColumns }) ? readBand(band, gutter) : null;
    if (read) changed = true;
    out.push(...(read ?? band.map((s) => s.line)));
    band = [];
    footHeading = false;
    tailHeading = false;
  };
  const rightY = (l: Line | undefined) => l?.fragments.find((f) => f.x >= gutter - EDGE_SLACK)?.y;
  const splits = lines.map((line) => split(line, gutter));
  lines.forEach((line, i) => {
    const s = splits[i]!;
    if (footHeading && s) {
      // (Not if a part's heading comes further down the left column, the tail holding that part, or
      // the right column goes on under its heading: then the heading was not at the column's foot.)
      const later = () => splits.slice(i + 1).filter((l): l is Split => l !== null);
      const partBelow = () => later().some((l) => l.right.length === 0 && isLarge(l.left));
      const rightGoesOn = () => later().some((l) => l.right.length > 0 && !isLarge(l.right));
      if (closedAtFootHeading(s, isLarge) || (!tailHeading && opensBelowTheBand(s, band, isLarge, bodySize) && !partBelow() && !rightGoesOn())) flush(true);
      else {
        if (s.right.length === 0 && isLarge(s.left)) tailHeading = true;
        // The left column's tail beside and under the heading (its own headings too), the
        // heading's next line, or (body text under it) a heading that was in its column after all.
        if (s.right.length > 0 && !isLarge(s.right)) footHeading = false;
        band.push(s);
        // A heading's line under the left column's last: that column has ended, so has the band.
        if (s.left.length === 0 && isLarge(s.right) && s.right[0]!.y > lastLeftY(band)) flush(true);
        return;
      }
    }
    // A heading beside the other column's text (a word processor flows headings through its
    // columns too), or with that column's text running on above and below it, is a line of its
    // column. A hole in that column beside it is where a full-width heading stands.
    const large = isLarge(line.fragments);
    const [rightAbove, rightBelow] = [rightY(lines[i - 1]), rightY(lines[i + 1])];
    const runsOn = rightAbove !== undefined && rightBelow !== undefined && rightBelow - rightAbove < HEADING_HOLE * bodySize;
    const inColumn = large && line.fragments.every((f) => end(f) <= gutter - GUTTER_MIN) && runsOn;
    if (s && (!large || inColumn)) {
      band.push(s);
      // (A table's rows hold several cells a side: a heading beside one is no column's foot.)
      if (s.right.length > 0) footHeading = isLarge(s.right) && s.left.length > 0 && oneFragmentASide(band);
      return;
    }
    flush();
    out.push(line);
    above = line;
  });
  flush();
  return changed ? out : null;
}

/** Where the band's left column last holds text. */
function lastLeftY(band: readonly Split[]): number {
  const lefts = band.filter((s) => s.left.length > 0);
  return lefts.length > 0 ? lefts[lefts.length - 1]!.left[0]!.y : -Infinity;
}

/**
 * The heading's own text set below the band, in its part's columns (the left one first): a body
 * line after a paragraph's gap under the band's last line, lower than the right column's foot.
 * Balanced columns end together; a left column that runs on past the right one's foot heading
 * holds a part of its own, whose heading comes further down that column.
 */
function opensBelowTheBand(s: Split, band: readonly Split[], isLarge: (fragments: readonly Fragment[]) => boolean, bodySize: number): boolean {
  if (s.right.length > 0 || s.left.length === 0 || isLarge(s.left) || band.length === 0) return false;
  const y = s.left[0]!.y;
  const lastY = band[band.length - 1]!.line.y;
  const rights = band.filter((b) => b.right.length > 0);
  const rightFoot = rights.length > 0 ? rights[rights.length - 1]!.right[0]!.y : -Infinity;
  return y - lastY > PARAGRAPH_GAP * bodySize && y > rightFoot;
}
/** Lines further apart than this many body-type sizes are separate paragraphs. */
const PARAGRAPH_GAP = 1.5;

/**
 * A word processor sets each part's columns in a section of their own and flows the part's
 * heading into the columns of the part before: it stands at the foot of the right column, beside
 * the left column's last lines, and the part's text starts below where both columns start again
 * together. So a band whose right column ends with a heading ends at the next line that holds
 * both columns' text (the heading read last, just before its part), and until then the left
 * column's lines (and a heading among them) are the same band's.
 */
function closedAtFootHeading(s: Split, isLarge: (fragments: readonly Fragment[]) => boolean): boolean {
  return s.left.length > 0 && s.right.length > 0 && !isLarge(s.right);
}

/**
 * A heading a word processor broke over the two columns ("Section C – Health needs related to |
 * special educational needs"): its second part goes on in lower case. Column titles each start
 * their own words.
 */
function isCarriedHeading(line: Line, headingSize: number): boolean {
  if (line.fragments.length !== 2 || !line.fragments.every((f) => f.fontSize >= headingSize)) return false;
  const [first, second] = line.fragments as [Fragment, Fragment];
  return !/[.:;!?)]$/.test(first.text.trim()) && /^[a-z]/.test(second.text.trim());
}

/** No line of the band holds several cells on a side: a table's rows would. */
const oneFragmentASide = (band: readonly Split[]) => band.every((s) => s.left.length <= 1 && s.right.length <= 1);

const words = (fragments: readonly Fragment[]) => fragments.reduce((n, f) => n + f.text.split(/\s+/).length, 0);

/** What the band's place tells: right under a part's heading, closed at a heading at the foot of the right column, in a document set in columns. */
interface BandContext {
  readonly underHeading: boolean;
  readonly closed: boolean;
  readonly tablesInColumns: boolean;
}

function isFlow(band: readonly Split[], gutter: number, { underHeading, closed, tablesInColumns }: BandContext): boolean {
  const lefts = band.filter((s) => s.left.length > 0);
  const rights = band.filter((s) => s.right.length > 0);
  // Closed at a heading at the foot of the right column, a band of any length is a flow if its
  // columns are prose of a width.
  if (closed) return lefts.length >= MIN_CLOSED_LEFT_LINES && rights.length > 0 && oneFragmentASide(band) && proseOfAWidth(band, lefts, rights, gutter, true);
  // Under a part's heading a short band is enough: the heading says a new part starts there.
  // Shorter still when a sentence runs from the foot of the left column on into the right.
  const short = band.length < (underHeading ? MIN_BAND_LINES_UNDER_HEADING : MIN_BAND_LINES);
  const carried = short && underHeading && carriesOver(lefts, rights);
  if (short && !carried) return false;
  const minColumn = carried ? 1 : underHeading ? MIN_COLUMN_LINES_UNDER_HEADING : MIN_COLUMN_LINES;
  if (lefts.length < minColumn || rights.length < minColumn) return false;
  // Two copies of one table's layout side by side, their rows out of step, are a table set in
  // each column (a wide table of even columns would keep its rows in step).
  if (mirrored(band, gutter)) return rowsInStep(band) < MAX_SHARED_STARTS;
  // In a document set in columns, so are two tables of their own layouts, one each side.
  if (tablesInColumns && tabledEachSide(band)) return rowsInStep(band) < MAX_SHARED_STARTS;
  // A column of several cells is a table's, not a flow's.
  if (!oneFragmentASide(band)) return false;
  const oneSided = band.filter((s) => s.left.length === 0 || s.right.length === 0).length;
  // Right under a part's heading, columns that keep one line spacing meet on every baseline.
  if (!underHeading && oneSided < band.length * MIN_ONE_SIDED_SHARE) return false;
  // Flowing columns are balanced (a browser and a word processor both even them out); a form's
  // label column or an outcome beside its steps is not.
  if (Math.min(lefts.length, rights.length) < MIN_BALANCE * Math.max(lefts.length, rights.length)) return false;
  // (A few lines that end a paragraph may be most of a short band's right column.)
  if (!proseOfAWidth(band, lefts, rights, gutter, carried)) return false;
  // A row of short titles on top ("Need | Provision") opens a table, unless they are bold and
  // both columns go on to hold bold sub-headings of their own: the titles were the first of them.
  const first = band[0]!;
  const sideBySide = first.left.length > 0 && first.right.length > 0;
  const boldTitles = sideBySide && first.left.every((f) => f.bold) && first.right.every((f) => f.bold);
  const subHeaded = boldTitles && subHeadedEachSide(band.slice(1));
  if (sideBySide && words(first.left) <= 4 && words(first.right) <= 4 && !subHeaded) return false;
  // A table's rows start side by side; a flow's paragraphs start where each column's text has got to.
  const shared = sharedStarts(band);
  if (boldTitles) {
    // Bold titles that name a section each ("Health needs (Section C) | Health provision (Section G)")
    // head a table's columns; so do bold titles under a part's heading, or over rows opening together.
    if ([first.left, first.right].every((side) => side.some((f) => NAMES_A_SECTION.test(f.text)))) return false;
    if ((underHeading || shared >= SHARED_STARTS_UNDER_TITLES) && !subHeaded) return false;
  }
  return underHeading || shared < MAX_SHARED_STARTS;
}

/**
 * Each column holds a bold sub-heading beside the other column's body text (or beside nothing):
 * a flow's sub-headings fall wherever each column's text has got to. A table's bold row labels
 * stand in one column only.
 */
function subHeadedEachSide(band: readonly Split[]): boolean {
  const bold = (fragments: readonly Fragment[]) => fragments.length > 0 && fragments.every((f) => f.bold);
  return band.some((s) => bold(s.left) && !bold(s.right)) && band.some((s) => bold(s.right) && !bold(s.left));
}

/**
 * Both columns of a width, the left one's lines (and unless `shortRight`, the right one's) mostly
 * filling it, every line starting at its column's edge or a bullet's indent from it.
 */
function proseOfAWidth(band: readonly Split[], lefts: readonly Split[], rights: readonly Split[], gutter: number, shortRight: boolean): boolean {
  const leftEdge = Math.min(...lefts.flatMap((s) => s.left.map((f) => f.x)));
  const leftWidth = Math.max(...lefts.flatMap((s) => s.left.map(end))) - leftEdge;
  const rightWidth = Math.max(...rights.flatMap((s) => s.right.map(end))) - gutter;
  if (band.length === 0 || Math.min(leftWidth, rightWidth) < MIN_WIDTH_RATIO * Math.max(leftWidth, rightWidth)) return false;
  // Prose fills its column: most lines of each run most of the column's width.
  const full = (parts: readonly (readonly Fragment[])[], width: number) => parts.filter((p) => end(p[p.length - 1]!) - p[0]!.x >= 0.7 * width).length >= 0.5 * parts.length;
  if (!full(lefts.map((s) => s.left), leftWidth) || (!shortRight && !full(rights.map((s) => s.right), rightWidth))) return false;
  // A flow's lines start at its column's edge (or a bullet's indent from it); a table's columns
  // hold columns of their own ("Ref | Outcome", "Steps | By when").
  const fromEdge = [...lefts.flatMap((s) => s.left.map((f) => f.x - leftEdge)), ...rights.flatMap((s) => s.right.map((f) => f.x - gutter))];
  return !fromEdge.some((d) => d > MAX_INDENT);
}
/** A band closed at a foot heading holds at least this many left-column lines. */
const MIN_CLOSED_LEFT_LINES = 2;

/**
 * One paragraph flowing over the gutter: the left column's last line runs to the column's edge
 * without ending its sentence, and the right column's first line goes on in lower case. A table's
 * cell ends short of its column ("Small group phonics | three times a week").
 */
function carriesOver(lefts: readonly Split[], rights: readonly Split[]): boolean {
  if (lefts.length < MIN_CARRIED_LEFT_LINES || rights.length === 0) return false;
  const last = lefts[lefts.length - 1]!.left;
  const first = rights[0]!.right;
  const text = (fragments: readonly Fragment[]) => fragments.map((f) => f.text).join(' ').trim();
  if (/[.!?:;]["”’)]?$/.test(text(last)) || !/^[a-z]/.test(text(first))) return false;
  if (first[0]!.y > lefts[0]!.left[0]!.y + 1) return false;
  const edge = Math.min(...lefts.flatMap((s) => s.left.map((f) => f.x)));
  const width = Math.max(...lefts.flatMap((s) => s.left.map(end))) - edge;
  return end(last[last.length - 1]!) - edge >= FULL_LAST_LINE * width;
}
const MIN_CARRIED_LEFT_LINES = 2;
/** A line that carries its sentence into the next column fills its own nearly to the edge. */
const FULL_LAST_LINE = 0.85;

const NAMES_A_SECTION = /\b(?:section|part)\s+(?:[A-K]|H[12]|\d{1,2})\b/i;

/** A table's cells open on one baseline for most rows; a flow's paragraphs meet like that by chance. */
const MAX_SHARED_STARTS = 0.75;
/** Under a row of bold titles, fewer rows opening together make a table. */
const SHARED_STARTS_UNDER_TITLES = 0.6;

/**
 * The share of the paragraphs opening in the column with fewer openings that open on the same
 * baseline as one in the other column. A paragraph opens after a gap wider than the column's
 * line spacing, or on a new sentence (capital, bullet or quote) after a line that ended one.
 */
function sharedStarts(band: readonly Split[]): number {
  const starts = (side: 'left' | 'right') => {
    const ys: number[] = [];
    let prev: { y: number; text: string; size: number } | null = null;
    for (const s of band) {
      const parts = s[side];
      if (parts.length === 0) continue;
      const text = parts.map((f) => f.text).join(' ');
      const y = parts[0]!.y;
      const size = parts[0]!.fontSize;
      const opens = !prev || y - prev.y > 1.6 * size || (/[.!?:"”]$/.test(prev.text) && /^[A-Z•“"‘'(\d]/.test(text));
      if (opens) ys.push(y);
      prev = { y, text, size };
    }
    return ys;
  };
  const [a, b] = [starts('left'), starts('right')];
  const [few, many] = a.length <= b.length ? [a, b] : [b, a];
  if (few.length === 0) return 0;
  // Cells of one row open together, give or take a smaller font's baseline.
  const near = 0.6 * (band[0]!.line.fontSize || 10);
  return few.filter((y) => many.some((z) => Math.abs(z - y) < near)).length / few.length;
}

/**
 * Cells of a table in each column: the right column's cell edges are the left column's moved by
 * the gutter ("52 | 128 | 188 | 253" beside "305 | 381 | 441 | 506"), three or more of them.
 */
function mirrored(band: readonly Split[], gutter: number): boolean {
  const lefts = band.flatMap((s) => s.left.map((f) => f.x));
  const rights = band.flatMap((s) => s.right.map((f) => f.x));
  if (lefts.length === 0 || rights.length === 0) return false;
  const shift = gutter - Math.min(...lefts);
  const edges = (xs: readonly number[], by: number) => [...new Set(xs.map((x) => Math.round((x - by) / 4)))];
  const left = edges(lefts, 0).filter((e) => lefts.filter((x) => Math.round(x / 4) === e).length >= 3);
  const right = new Set(edges(rights, shift));
  return left.length >= 3 && left.filter((e) => right.has(e) || right.has(e - 1) || right.has(e + 1)).length >= 0.75 * left.length;
}

/** A column of cells: at least this many cell edges, each starting this many of its lines. */
const MIN_CELL_EDGES = 3;
const MIN_EDGE_LINES = 3;

/** Where cells start: the left edges (points, ascending) that several fragments start at, close ones taken as one. */
function cellEdges(fragments: readonly Fragment[]): number[] {
  const xs = startsOf(fragments).filter((c) => c.n >= MIN_EDGE_LINES).map((c) => c.x).sort((a, b) => a - b);
  // Edges this close are one column's (a form's labels set a few points in under its title).
  return xs.filter((x, i) => i === 0 || x - xs[i - 1]! > SAME_EDGE);
}
const SAME_EDGE = 12;

/**
 * Cells of a table on both sides of the gutter: each side's fragments start at three or more
 * edges of their own ("52 | 128 | 188 | 253" beside "305 | 384 | 436 | 511"), and several of
 * each side's lines hold more than one cell.
 */
function tabledEachSide(band: readonly Split[]): boolean {
  const side = (pick: (s: Split) => readonly Fragment[]) => band.filter((s) => pick(s).length > 1).length >= MIN_EDGE_LINES && cellEdges(band.flatMap(pick)).length >= MIN_CELL_EDGES;
  return side((s) => s.left) && side((s) => s.right);
}

/**
 * How far the rows either side of the gutter keep in step, read in the two cell columns that
 * meet at it: the share of the rows in the one with fewer rows whose top, middle or foot
 * (whichever matches best: cells sit at the top, centre or foot of a row) lines up with a row of
 * the other. One wide table's neighbouring columns share its rows, even beside a cell spanning
 * several of them; two tables set in each newspaper column keep rows of their own. A row is a run
 * of a column's lines no further apart than the band's line pitch allows.
 */
function rowsInStep(band: readonly Split[]): number {
  const size = band[0]!.line.fontSize || 10;
  const lefts = band.flatMap((s) => s.left);
  const rights = band.flatMap((s) => s.right);
  const [leftEdges, rightEdges] = [cellEdges(lefts), cellEdges(rights)];
  const innerLeft = leftEdges[leftEdges.length - 1] ?? -Infinity;
  const nextRight = rightEdges[1] ?? Infinity;
  const ysOf = (fragments: readonly Fragment[]) => [...new Set(fragments.map((f) => f.y))].sort((a, b) => a - b);
  const columns = [ysOf(lefts.filter((f) => f.x >= innerLeft - EDGE_SLACK)), ysOf(rights.filter((f) => f.x < nextRight - EDGE_SLACK))];
  const steps = columns.flatMap((ys) => ys.slice(1).map((y, i) => y - ys[i]!)).filter((d) => d > 0.9 * size);
  const pitch = steps.length > 0 ? Math.min(...steps) : size;
  const rows = (ys: readonly number[]) => {
    const out: { top: number; foot: number }[] = [];
    for (const y of ys) {
      const last = out[out.length - 1];
      if (last && y - last.foot <= ROW_PITCHES * pitch) last.foot = y;
      else out.push({ top: y, foot: y });
    }
    return out;
  };
  const [a, b] = columns.map(rows) as [ReturnType<typeof rows>, ReturnType<typeof rows>];
  const [few, many] = a.length <= b.length ? [a, b] : [b, a];
  if (few.length === 0) return 0;
  const near = 0.6 * size;
  const share = (at: (r: { top: number; foot: number }) => number) => few.filter((r) => many.some((o) => Math.abs(at(o) - at(r)) < near)).length / few.length;
  return Math.max(share((r) => r.top), share((r) => (r.top + r.foot) / 2), share((r) => r.foot));
}
/** Lines of one row are at most this many line pitches apart; a row's padding is wider. */
const ROW_PITCHES = 1.3;

function readBand(band: readonly Split[], gutter: number): Line[] {
  const page = band[0]!.line.page;
  const leftEdge = Math.min(...band.flatMap((s) => s.left.map((f) => f.x)));
  const shift = gutter - leftEdge;
  const moved = (f: Fragment): Fragment => ({ ...f, x: f.x - shift, runs: f.runs.map((r) => ({ ...r, x: r.x - shift })) });
  const left = band.filter((s) => s.left.length > 0).map((s) => (s.right.length === 0 ? s.line : lineOf(s.left, page)));
  const right = band.filter((s) => s.right.length > 0).map((s) => lineOf(s.right.map(moved), page));
  return [...left, ...right];
}
