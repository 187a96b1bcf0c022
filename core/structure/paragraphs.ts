import { type Line } from '../domain';
import { joinLines } from './blocks';

/** Lines further apart than this share of the font size are separate paragraphs (single spacing). */
const PARAGRAPH_GAP = 1.5;
/** Line spacing wider than this is not line spacing but paragraph spacing. */
const MAX_LINE_PITCH = 2;

/**
 * The gap, as a share of the font size, beyond which lines are separate paragraphs. Single
 * spacing puts lines ~1.2 font sizes apart, but word processors' "1.5 lines" and accessible
 * templates space them 1.6-1.8 apart: the document's own line pitch (the tightest spacing that
 * is common between lines of one column) sets the threshold.
 */
export function paragraphGap(lines: readonly Line[]): number {
  const counts = new Map<number, number>();
  let total = 0;
  for (let i = 1; i < lines.length; i++) {
    const [prev, line] = [lines[i - 1]!, lines[i]!];
    if (prev.page !== line.page || Math.abs(prev.fontSize - line.fontSize) > 0.5 || Math.abs(prev.x - line.x) > 2) continue;
    const ratio = Math.round(((line.y - prev.y) / line.fontSize) * 10) / 10;
    if (ratio < 0.9 || ratio > 3) continue;
    counts.set(ratio, (counts.get(ratio) ?? 0) + 1);
    total++;
  }
  const common = [...counts].filter(([, n]) => n >= Math.max(3, total * 0.15)).map(([ratio]) => ratio).sort((a, b) => a - b);
  const pitch = common[0];
  if (pitch === undefined || pitch > MAX_LINE_PITCH) return PARAGRAPH_GAP;
  return Math.max(PARAGRAPH_GAP, pitch * 1.25);
}
const BULLET = /^(?:[•▪●◦○■□\-–*]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s/;
const ENDS_SENTENCE = /[.!?:;"”)]$/;

/**
 * Joins running-text lines into paragraphs. A paragraph continues across a page break when its
 * last line does not end a sentence and the next page starts in lower case: the running
 * header and footer between them were already removed by ingest.
 */
export class ParagraphJoiner {
  private lines: Line[] = [];

  constructor(
    private readonly emit: (text: string, page: number) => void,
    /** Right edge of the text per page: a line ending a sentence well short of it ends a paragraph. */
    private readonly rightEdges: ReadonlyMap<number, number> = new Map(),
    /** From paragraphGap: the document's own paragraph spacing. */
    private readonly gapRatio = PARAGRAPH_GAP,
  ) {}

  push(line: Line): void {
    const prev = this.lines[this.lines.length - 1];
    if (prev && !this.continues(prev, line)) this.flush();
    this.lines.push(line);
  }

  flush(): void {
    if (this.lines.length === 0) return;
    this.emit(joinLines(this.lines.map((l) => l.text)), this.lines[0]!.page);
    this.lines = [];
  }

  private endsShort(line: Line): boolean {
    const edge = this.rightEdges.get(line.page);
    if (edge === undefined) return false;
    const last = line.fragments[line.fragments.length - 1]!;
    return last.x + last.width < edge - 6 * line.fontSize;
  }

  private continues(prev: Line, line: Line): boolean {
    if (BULLET.test(line.text)) return false;
    if (line.page !== prev.page) return !ENDS_SENTENCE.test(prev.text.trim()) && /^[a-z(,]/.test(line.text.trim());
    if (ENDS_SENTENCE.test(prev.text.trim()) && this.endsShort(prev)) return false;
    const gap = line.y - prev.y;
    return gap > 0 && gap <= this.gapRatio * Math.max(line.fontSize, prev.fontSize) && Math.abs(line.fontSize - prev.fontSize) < 1.5;
  }
}
