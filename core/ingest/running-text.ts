import { type Line } from '../domain';

export interface PageLines {
  readonly height: number;
  readonly lines: readonly Line[];
}

/** Running headers and footers live in the top and bottom bands of a page. */
const BAND = 0.12;
/** A line in a band that recurs (digits aside) on this share of pages is running text. */
const RECURRING_SHARE = 0.4;
const PAGE_NUMBER = /^(?:page\s*)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$|^-\s*\d{1,4}\s*-$/i;

/** Text with digits blanked and case folded, so "Page 3 of 12" matches "Page 4 of 12". */
const shape = (text: string) => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

const inBand = (line: Line, height: number) => line.y < height * BAND || line.y > height * (1 - BAND);

/**
 * Removes running headers, footers and page numbers: lines in the top or bottom band whose shape
 * recurs across pages, and lone page numbers there. Later stages never see them, so a footer
 * cannot land inside a section or split a quote.
 */
export function removeRunningText(pages: readonly PageLines[]): Line[][] {
  const pagesWithShape = new Map<string, number>();
  for (const page of pages) {
    const shapes = new Set(page.lines.filter((l) => inBand(l, page.height)).map((l) => shape(l.text)));
    for (const s of shapes) pagesWithShape.set(s, (pagesWithShape.get(s) ?? 0) + 1);
  }
  const threshold = Math.max(2, Math.ceil(pages.length * RECURRING_SHARE));
  const isRunning = (line: Line, height: number) => {
    if (!inBand(line, height)) return false;
    if (PAGE_NUMBER.test(line.text.trim())) return true;
    return pages.length > 1 && (pagesWithShape.get(shape(line.text)) ?? 0) >= threshold;
  };
  return pages.map((page) => page.lines.filter((line) => !isRunning(line, page.height)));
}
