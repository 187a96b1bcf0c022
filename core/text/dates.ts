/** Calendar dates as plans print them, read into ISO `YYYY-MM-DD`. UK order (day first). */

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH_WORD = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

const PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => [number, number, number] }[] = [
  { re: /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g, read: (m) => [+m[1]!, +m[2]!, +m[3]!] },
  { re: /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b/g, read: (m) => [fullYear(+m[3]!), +m[2]!, +m[1]!] },
  { re: /\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/g, read: (m) => [+m[1]!, +m[2]!, +m[3]!] },
  // "30-07-2008": dashes, day first, only with the full year ("10-12-25" may be a range).
  { re: /\b(\d{1,2})-(\d{1,2})-(\d{4})\b/g, read: (m) => [+m[3]!, +m[2]!, +m[1]!] },
  { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+day)?(?:\\s+of)?\\s+${MONTH_WORD},?\\s+(\\d{4})\\b`, 'gi'), read: (m) => [+m[3]!, monthOf(m[2]!), +m[1]!] },
  // Case-management systems print "03-Mar-2026" or "03-MAR-26" (and a line break can eat the first hyphen).
  { re: new RegExp(`\\b(\\d{1,2})(?:[-/.]|\\s?-\\s?)?${MONTH_WORD}\\s?[-/.]\\s?(\\d{4}|\\d{2})\\b`, 'gi'), read: (m) => [fullYear(+m[3]!), monthOf(m[2]!), +m[1]!] },
  { re: new RegExp(`\\b${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi'), read: (m) => [+m[3]!, monthOf(m[1]!), +m[2]!] },
];

/** Month-and-year only ("March 2026"): the first of the month, flagged as approximate. */
const MONTH_YEAR = new RegExp(`\\b${MONTH_WORD}\\s+(\\d{4})\\b`, 'gi');

const fullYear = (y: number) => (y < 100 ? 2000 + y : y);
const monthOf = (word: string) => MONTHS[word.slice(0, 4).toLowerCase().replace(/t$/, '')] ?? MONTHS[word.slice(0, 3).toLowerCase()] ?? 0;

export interface FoundDate {
  readonly iso: string;
  readonly index: number;
  readonly text: string;
  /** True for "March 2026": a month, no day. */
  readonly monthOnly: boolean;
}

function toIso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2100) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Every date in the text, in order of appearance. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  const taken: [number, number][] = [];
  for (const { re, read } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const iso = toIso(...read(m));
      if (!iso) continue;
      found.push({ iso, index: m.index, text: m[0], monthOnly: false });
      taken.push([m.index, m.index + m[0].length]);
    }
  }
  MONTH_YEAR.lastIndex = 0;
  for (let m = MONTH_YEAR.exec(text); m; m = MONTH_YEAR.exec(text)) {
    const at = m.index;
    if (taken.some(([s, e]) => at >= s && at < e)) continue;
    const iso = toIso(+m[2]!, monthOf(m[1]!), 1);
    if (iso) found.push({ iso, index: at, text: m[0], monthOnly: true });
  }
  return found.sort((a, b) => a.index - b.index);
}

export function parseDate(text: string): string | null {
  return findDates(text).find((d) => !d.monthOnly)?.iso ?? null;
}

/** Whole months from `from` to `to` (ISO dates); negative when `to` is earlier. */
export function monthsBetween(from: string, to: string): number {
  const [y1, m1, d1] = from.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = to.split('-').map(Number) as [number, number, number];
  return (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
}
