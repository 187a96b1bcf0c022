import { type Line } from '../domain';
import { lineOf } from './lines';

export interface PageLines {
  readonly height: number;
  readonly lines: readonly Line[];
}

/** Running headers and footers live in the top and bottom bands of a page. */
const BAND = 0.12;
/** A line in a band that recurs (digits aside) on this share of pages is running text. */
const RECURRING_SHARE = 0.4;
/** A header on this share of pages runs through the whole document, not one part of it. */
const WHOLE_DOCUMENT_SHARE = 0.8;
const PARAGRAPH_NUMBER = /^\d{1,3}[.)]$/;
const PAGE_NUMBER = /^(?:page\s*)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$|^-\s*\d{1,4}\s*-$/i;

/** Text with digits blanked and case folded, so "Page 3 of 12" matches "Page 4 of 12". */
const shape = (text: string) => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

const inTopBand = (line: Line, height: number) => line.y < height * BAND;
const inBand = (line: Line, height: number) => inTopBand(line, height) || line.y > height * (1 - BAND);

/**
 * Removes running headers, footers and page numbers: lines in the top or bottom band whose shape
 * recurs across pages, and lone page numbers there. Later stages never see them, so a footer
 * cannot land inside a section or split a quote. A header's halves are judged apart: the plan's
 * name on the right of every page goes, the part's name on the left may stay.
 *
 * A header that names one part of the document, printed over that part's pages only ("Section B –
 * Special educational needs" on pages 4 and 5), is how some templates give their sections: it is
 * kept where the part starts and dropped from the pages after.
 */
export function removeRunningText(pages: readonly PageLines[]): Line[][] {
  const threshold = Math.max(2, Math.ceil(pages.length * RECURRING_SHARE));
  const fragmentPages = pagesByShape(pages, (line) => (line.fragments.length > 1 ? line.fragments.map((f) => f.text) : []));
  const stripped = pages.map((page) =>
    page.lines.flatMap((line) => {
      if (!inBand(line, page.height)) return [line];
      if (PAGE_NUMBER.test(line.text.trim())) return [];
      if (line.fragments.length < 2 || pages.length < 2) return [line];
      // A part's own header is judged below, as a whole line.
      const recurs = line.fragments.map((f) => {
        const on = fragmentPages.get(shape(f.text)) ?? [];
        return PAGE_NUMBER.test(f.text.trim()) || (on.length >= threshold && !isPartHeader(on, pages.length));
      });
      // A paragraph's number before text that stays ("122." | "A small-group session ...") is
      // the paragraph's: numbers of that shape open a page's first line on many pages.
      const kept = line.fragments.filter((f, i) => !recurs[i] || (PARAGRAPH_NUMBER.test(f.text.trim()) && recurs[i + 1] === false));
      if (kept.length === line.fragments.length) return [line];
      return kept.length > 0 ? [lineOf(kept, line.page)] : [];
    }),
  );
  const strippedPages = stripped.map((lines, i) => ({ height: pages[i]!.height, lines }));
  const linePages = pagesByShape(strippedPages, (line) => [line.text]);
  const topPages = pagesByShape(strippedPages, (line) => [line.text], inTopBand);
  // Part headers come several to a document, each over its own run of pages; one header over
  // most pages but the cover is the document's own.
  const partHeaders = new Set([...topPages].filter(([, on]) => isPartHeader(on, pages.length)).map(([s]) => s));
  const byParts = partHeaders.size >= 2;
  return stripped.map((lines, index) =>
    lines.filter((line) => {
      const height = pages[index]!.height;
      if (!inBand(line, height) || pages.length < 2) return true;
      const on = linePages.get(shape(line.text)) ?? [];
      if (byParts && inTopBand(line, height) && partHeaders.has(shape(line.text))) return on[0] === index;
      return on.length < threshold;
    }),
  );
}

/** For each shape of band text (or text in `within`), the pages (0-based, ascending) it appears on. */
function pagesByShape(pages: readonly PageLines[], textsOf: (line: Line) => readonly string[], within = inBand): Map<string, number[]> {
  const out = new Map<string, number[]>();
  pages.forEach((page, index) => {
    const shapes = new Set(page.lines.filter((l) => within(l, page.height)).flatMap((l) => textsOf(l).map(shape)));
    for (const s of shapes) out.set(s, [...(out.get(s) ?? []), index]);
  });
  return out;
}

/** Pages that follow one another without a gap. */
const isOneRun = (pages: readonly number[]) => pages.every((p, i) => i === 0 || p === pages[i - 1]! + 1);

/** Text over one run of pages, not most of the document: the header of one part. */
const isPartHeader = (on: readonly number[], pageCount: number) => on.length >= 2 && isOneRun(on) && on.length < pageCount * WHOLE_DOCUMENT_SHARE;
