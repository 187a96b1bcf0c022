import { pdfjs } from './pdfjs';
import { EhcqaError, type Page, type PdfDocument } from '../domain';
import { classifyPdfError } from './classify-error';
import { DEFAULT_LIMITS, type IngestLimits } from './limits';
import { buildLines, emphasisFonts, type RawItem } from './lines';
import { readFlowPages } from './flow-columns';
import { removeRunningText } from './running-text';
import { sniffPdfBytes } from './sniff';

/** Fewer visible characters than this per page on average: the pages are images (a scan). */
export const MIN_CHARS_PER_PAGE = 25;

interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  fontName: string;
}

/**
 * PDF bytes to a Document: positioned lines per page, running headers and footers removed.
 * Uses the pdfjs build that pdf-parse wraps, because pdf-parse's plain text merges table
 * columns that structure needs apart. Every failure is an EhcqaError with a report code.
 */
/**
 * A check on the first pages' text that may end the read early: a 300-page manual in a folder of
 * plans need not be read to its end to be refused. Returns the error to stop with, or null.
 */
export interface IngestGate {
  readonly afterPages: number;
  readonly check: (pageTexts: readonly string[]) => EhcqaError | null;
}

export async function ingestPdf(bytes: Uint8Array, fileLabel: string, limits: IngestLimits = DEFAULT_LIMITS, gate?: IngestGate): Promise<PdfDocument> {
  sniffPdfBytes(bytes, fileLabel, limits);
  // pdfjs takes ownership of (and may detach) the buffer it is given.
  const loading = pdfjs.getDocument({
    data: bytes.slice(),
    verbosity: 0,
    disableFontFace: true,
    isEvalSupported: false,
    useSystemFonts: false,
    stopAtErrors: false,
  });
  let doc: Awaited<typeof loading.promise> | undefined;
  try {
    doc = await loading.promise;
    if (doc.numPages === 0) throw new EhcqaError('empty', `${fileLabel} has no pages.`);
    if (doc.numPages > limits.maxPages) {
      throw new EhcqaError('too_large', `${fileLabel} has ${doc.numPages} pages, over the ${limits.maxPages}-page limit for one file.`);
    }
    const raw: { width: number; height: number; items: RawItem[] }[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items: RawItem[] = [];
      for (const item of content.items as PdfTextItem[]) {
        if (typeof item.str !== 'string' || item.str === '') continue;
        // In viewport space (origin top left): [scaleX, skewY, skewX, scaleY, x, y].
        const m = pdfjs.Util.transform(viewport.transform, item.transform) as number[];
        items.push({ text: withPlainBullets(item.str), x: m[4]!, y: m[5]!, width: item.width, fontSize: Math.hypot(m[2]!, m[3]!), font: item.fontName });
      }
      raw.push({ width: viewport.width, height: viewport.height, items });
      page.cleanup();
      if (gate && n === gate.afterPages && n < doc.numPages) {
        const stop = gate.check(raw.map((p) => p.items.map((i) => i.text).join(' ')));
        if (stop) throw stop;
      }
    }
    return assemble(raw, fileLabel);
  } catch (error) {
    throw classifyPdfError(error, fileLabel);
  } finally {
    await (doc ? doc.destroy() : loading.destroy()).catch(() => undefined);
  }
}

function assemble(raw: { width: number; height: number; items: RawItem[] }[], fileLabel: string): PdfDocument {
  const allItems = raw.flatMap((p) => p.items);
  const visibleChars = allItems.reduce((n, item) => n + item.text.trim().length, 0);
  if (visibleChars < MIN_CHARS_PER_PAGE * raw.length) {
    throw new EhcqaError('no_text_layer', `${fileLabel} has no text layer: its pages are images (a scan), which ehcqa cannot read without OCR.`);
  }
  const bold = emphasisFonts(allItems);
  const built = raw.map((p, i) => ({ height: p.height, lines: buildLines(p.items, i + 1, bold) }));
  const kept = removeRunningText(built);
  const read = readFlowPages(kept);
  const pages: Page[] = raw.map((p, i) => ({ number: i + 1, width: p.width, height: p.height, lines: read[i]! }));
  return { pageCount: pages.length, pages, bodyFontSize: bodyFontSize(pages) };
}

function bodyFontSize(pages: readonly Page[]): number {
  const chars = new Map<number, number>();
  for (const page of pages)
    for (const line of page.lines)
      for (const f of line.fragments) chars.set(f.fontSize, (chars.get(f.fontSize) ?? 0) + f.text.length);
  let size = 11;
  let most = -1;
  for (const [s, n] of chars) if (n > most) [size, most] = [s, n];
  return size;
}

/**
 * Word draws list bullets in the Symbol and Wingdings fonts, whose glyphs come out of the text
 * layer as private-use characters (U+F0B7 "", U+F0A7 "", U+F0D8 "", U+F0FC ""). As
 * bullets they are "•", so lists read the same whichever program printed the plan.
 */
const SYMBOL_FONT_BULLET = /[\uF0A7\uF0B7\uF076\uF0D8\uF0FC\uF0A8\uF0E0\uF06E\uF0AE]/g;
export function withPlainBullets(text: string): string {
  return text.replace(SYMBOL_FONT_BULLET, '•');
}
