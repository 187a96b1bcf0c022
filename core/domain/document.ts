/**
 * What ingest produces: the text of a PDF as positioned lines, page by page, with running
 * headers, footers and page numbers already removed. Coordinates are PDF points with the origin
 * at the top left of the page (y grows downwards), so reading order is (y, x).
 */

/** A text run as the PDF draws it: tables are rebuilt from runs, whose gaps are exact. */
export interface Run {
  readonly text: string;
  readonly x: number;
  readonly width: number;
}

export interface Fragment {
  readonly text: string;
  /** The runs that make the fragment, left to right. */
  readonly runs: readonly Run[];
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly fontSize: number;
  readonly bold: boolean;
}

export interface Line {
  readonly page: number;
  readonly y: number;
  readonly x: number;
  /** Runs of text separated by a visible gap (table cells, label and value). */
  readonly fragments: readonly Fragment[];
  readonly text: string;
  readonly fontSize: number;
  readonly bold: boolean;
}

export interface Page {
  readonly number: number;
  readonly width: number;
  readonly height: number;
  readonly lines: readonly Line[];
}

export interface PdfDocument {
  readonly pageCount: number;
  readonly pages: readonly Page[];
  /** The most common font size of body text: the yardstick headings are measured against. */
  readonly bodyFontSize: number;
}
