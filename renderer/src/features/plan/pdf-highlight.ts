/** Finds where a quote sits on a page, from pdfjs text items, as boxes in PDF coordinates. */

export interface PdfTextItem {
  readonly str: string;
  readonly transform: readonly number[];
  readonly width: number;
  readonly height: number;
}

export type PdfBox = readonly [x1: number, y1: number, x2: number, y2: number];

const fold = (text: string) => text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"').replace(/[\u2010-\u2015]/g, '-').toLowerCase();

/**
 * Quotes are whole sentences that may wrap across lines and cells, with white space
 * normalised; so items are joined with spaces, everything is folded, and the quote is found
 * by its opening (long quotes are cut, a reader needs to find the place, not every word).
 */
export function boxesForQuote(items: readonly PdfTextItem[], quote: string): PdfBox[] {
  const chars: string[] = [];
  const owner: number[] = [];
  items.forEach((item, index) => {
    for (const ch of item.str) {
      if (/\s/.test(ch)) {
        if (chars.length > 0 && chars[chars.length - 1] !== ' ') { chars.push(' '); owner.push(index); }
        continue;
      }
      chars.push(fold(ch));
      owner.push(index);
    }
    if (chars.length > 0 && chars[chars.length - 1] !== ' ') { chars.push(' '); owner.push(index); }
  });
  const haystack = chars.join('');
  const needle = fold(quote).replace(/\s+/g, ' ').trim();
  for (const length of [needle.length, 120, 60, 30]) {
    const probe = needle.slice(0, length).trim();
    if (probe.length < 8) continue;
    const at = haystack.indexOf(probe);
    if (at < 0) continue;
    const end = Math.min(haystack.length, at + needle.length);
    const touched = new Set(owner.slice(at, end));
    return [...touched].map((i) => {
      const item = items[i]!;
      const [, , , d, e, f] = item.transform as [number, number, number, number, number, number];
      const height = item.height || Math.abs(d);
      return [e, f - height * 0.25, e + item.width, f + height] as const;
    });
  }
  return [];
}
