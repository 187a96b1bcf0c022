import { type Line } from '../domain';
import { joinLines } from './blocks';
import { PARAGRAPH_GAP } from './spacing';

const BULLET = /^(?:[•▪●◦○■□\-–*]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s/;
const ENDS_SENTENCE = /[.!?:;"”)]$/;
const STOPS_SENTENCE = /[.!?]["”’)]?$/;

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
    // Onto the next page, or back up to the top of the next column: a sentence carries on only
    // when the line before left it open and this one goes on in lower case. Only a full stop
    // closes it there: "... Support Assistant (ELSA)" / "trained and supervised ..." is one sentence.
    if (line.page !== prev.page || line.y < prev.y - prev.fontSize) return !STOPS_SENTENCE.test(prev.text.trim()) && /^[a-z(,]/.test(line.text.trim());
    if (ENDS_SENTENCE.test(prev.text.trim()) && this.endsShort(prev)) return false;
    const gap = line.y - prev.y;
    return gap > 0 && gap <= this.gapRatio * Math.max(line.fontSize, prev.fontSize) && Math.abs(line.fontSize - prev.fontSize) < 1.5;
  }
}
