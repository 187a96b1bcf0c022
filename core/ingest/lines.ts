import { type Fragment, type Line } from '../domain';

/** A text run as pdfjs gives it, already in top-left page coordinates. */
export interface RawItem {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly fontSize: number;
  readonly font: string;
}

/** Two runs sit on one line when their baselines differ by less than this share of the font size. */
const SAME_LINE = 0.4;
/** A horizontal gap wider than this share of the font size separates two fragments (cells, columns). */
const FRAGMENT_GAP = 0.6;
/** A gap wider than this share of the font size, but not a fragment gap, is a word space. */
const WORD_GAP = 0.12;

/**
 * Groups a page's runs into lines in reading order (top to bottom, left to right), and each line
 * into fragments separated by visible gaps, which is what keeps table cells apart. `boldFonts`
 * names the fonts that differ from the body font.
 */
export function buildLines(items: readonly RawItem[], page: number, boldFonts: ReadonlySet<string>): Line[] {
  const visible = items.filter((item) => item.text.trim() !== '').slice().sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: RawItem[][] = [];
  for (const item of visible) {
    const row = rows[rows.length - 1];
    const anchor = row?.[0];
    if (row && anchor && Math.abs(item.y - anchor.y) <= SAME_LINE * Math.min(item.fontSize, anchor.fontSize)) row.push(item);
    else rows.push([item]);
  }
  return rows.map((row) => toLine(row, page, boldFonts));
}

function toLine(items: RawItem[], page: number, boldFonts: ReadonlySet<string>): Line {
  items.sort((a, b) => a.x - b.x);
  // Asked once per line: most lines are not letter-spaced and are used as they are.
  const letterSpaced = isLetterSpaced(items);
  const row = letterSpaced ? joinLetterSpaced(items) : items;
  const fragmentGap = letterSpaced ? LETTER_SPACED_WORD_GAP : FRAGMENT_GAP;
  const fragments: Fragment[] = [];
  let current: { parts: RawItem[]; text: string } | null = null;
  const flush = () => {
    if (current) fragments.push(toFragment(current.parts, current.text, boldFonts));
    current = null;
  };
  for (const item of row) {
    if (current) {
      const last: RawItem = current.parts[current.parts.length - 1]!;
      const gap = item.x - (last.x + last.width);
      const size = Math.max(last.fontSize, item.fontSize);
      if (gap > fragmentGap * size) {
        flush();
      } else {
        const needsSpace = gap > WORD_GAP * size && !/\s$/.test(current.text) && !/^\s/.test(item.text);
        current.text += (needsSpace ? ' ' : '') + item.text;
        current.parts.push(item);
        continue;
      }
    }
    current = { parts: [item], text: item.text };
  }
  flush();
  mergeBullets(fragments);
  return lineOf(fragments, page);
}

/** A line made of its fragments, left to right: its text, position, size and weight. */
export function lineOf(fragments: readonly Fragment[], page: number): Line {
  const first = fragments[0]!;
  const text = fragments.map((f) => f.text).join('  ');
  const chars = (f: Fragment) => f.text.length;
  const total = fragments.reduce((n, f) => n + chars(f), 0);
  const boldChars = fragments.filter((f) => f.bold).reduce((n, f) => n + chars(f), 0);
  return {
    page,
    y: first.y,
    x: first.x,
    fragments,
    text,
    fontSize: Math.max(...fragments.map((f) => f.fontSize)),
    bold: boldChars > total / 2,
  };
}

const BULLET = /^[•▪●◦○■□‣⁃∙·*–-]$|^\(?(?:\d{1,2}|[a-z])[.)]$/;

/**
 * A list marker drawn apart from its text ("•", "1.", "a)") belongs to the text after it:
 * without this, every bulleted line would look like a two-column table row.
 */
function mergeBullets(fragments: Fragment[]): void {
  for (let i = 0; i < fragments.length - 1; i++) {
    const marker = fragments[i]!;
    if (!BULLET.test(marker.text)) continue;
    const next = fragments[i + 1]!;
    fragments.splice(i, 2, {
      ...next,
      text: `${marker.text} ${next.text}`,
      x: marker.x,
      width: next.x + next.width - marker.x,
      runs: [...marker.runs, ...next.runs],
    });
  }
}

/**
 * Capitals drawn letter-spaced ("S E C T I O N", "P A RT"): pdfjs reads the spacing between
 * letters as spaces. An item of spaced capitals is one word; once a line is known to be
 * letter-spaced, its two-letter words come together too ("M E", "H 1").
 */
export function joinLetterSpaced(row: readonly RawItem[]): RawItem[] {
  if (!isLetterSpaced(row)) return [...row];
  return row.map((item) => (spacedCapitals(item.text, 2) ? { ...item, text: separateNumbering(item.text.replace(/(?<=\S)\s+(?=\S)/g, '')) } : item));
}

/**
 * A letter-spaced heading drawn as one item spaces its word gap like its letters ("S E C T I O N
 * H"): joined, a part's word and its letter or number are told apart again ("SECTION H").
 */
const separateNumbering = (text: string): string => text.replace(/^(SECTION|PART|APPENDIX|SCHEDULE)([A-K]\d?|\d{1,2})$/, '$1 $2');

function spacedCapitals(text: string, min: number): boolean {
  // This runs on every text item: most open with a word, which one test rules out.
  if (!OPENS_SPACED.test(text)) return false;
  const tokens = text.trim().split(/\s+/);
  return tokens.length >= min && tokens.every((t) => /^[A-Z0-9]{1,2}[:.,]?$|^[:.,–-]$/.test(t)) && tokens.filter((t) => /^[A-Z0-9]$/.test(t)).length * 2 >= tokens.length;
}

const OPENS_SPACED = /^\s*(?:[A-Z0-9]{1,2}[:.,]?|[:.,–-])(?:\s|$)/;

/** A line with a word of three or more letter-spaced capitals. */
const isLetterSpaced = (row: readonly RawItem[]) => row.some((item) => spacedCapitals(item.text, 3));

/** Letter-spaced words stand as far apart as table cells: they are one line's words, not cells. */
const LETTER_SPACED_WORD_GAP = 2.5;

function toFragment(parts: RawItem[], text: string, boldFonts: ReadonlySet<string>): Fragment {
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  const boldLength = parts.filter((p) => boldFonts.has(p.font)).reduce((n, p) => n + p.text.length, 0);
  return {
    text: text.replace(/\s+/g, ' ').trim(),
    runs: parts.map((p) => ({ text: p.text, x: p.x, width: p.width })),
    x: first.x,
    y: first.y,
    width: last.x + last.width - first.x,
    fontSize: Math.round(Math.max(...parts.map((p) => p.fontSize)) * 10) / 10,
    bold: boldLength > text.length / 2,
  };
}

/**
 * pdfjs does not tell a text run's weight without loading fonts (a full operator list, several
 * times the cost of text extraction). What headings need is "set apart from the body text", so
 * every font other than the one carrying most characters counts as emphasis.
 */
export function emphasisFonts(items: readonly RawItem[]): Set<string> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.font, (counts.get(item.font) ?? 0) + item.text.length);
  let body = '';
  let most = -1;
  for (const [font, n] of counts) if (n > most) [body, most] = [font, n];
  return new Set([...counts.keys()].filter((font) => font !== body));
}
