import { describe, expect, it } from 'vitest';
import { type Fragment, type Line } from '../domain';
import { toBlocks } from './blocks';
import { ParagraphJoiner } from './paragraphs';

const frag = (text: string, x: number, y: number, width = 150, bold = false): Fragment => ({ text, x, y, width, fontSize: 12, bold, runs: [{ text, x, width }] });
const line = (page: number, y: number, ...fragments: Fragment[]): Line => ({
  page, y, x: fragments[0]!.x, fragments, text: fragments.map((f) => f.text).join('  '), fontSize: 12, bold: fragments.every((f) => f.bold),
});

describe('toBlocks', () => {
  it('rebuilds a table whose cells wrap, column by column, with a header that wraps above its row', () => {
    const lines = [
      line(1, 196, frag('F – Special Educational', 253, 196, 134, true)),
      line(1, 202, frag('B – Special Educational Needs', 47, 202, 175, true), frag('E – Outcomes', 452, 202, 80, true)),
      line(1, 209, frag('Provision', 293, 209, 55, true)),
      line(1, 229, frag('Amira finds it hard to follow', 39, 229), frag('Speech and language', 238, 229), frag('By the end of Year 6 Amira', 412, 229)),
      line(1, 242, frag('instructions.', 39, 242, 80), frag('therapist weekly.', 238, 242), frag('will follow instructions.', 412, 242)),
      line(1, 270, frag('She tires quickly.', 39, 270, 100), frag('Rest breaks hourly.', 238, 270), frag('By July she will...', 412, 270)),
      line(1, 320, frag('A paragraph of running text after the table that spans the page width.', 34, 320, 500)),
    ];
    const blocks = toBlocks(lines, () => false);
    expect(blocks.map((b) => b.kind)).toEqual(['table', 'line']);
    const table = blocks[0]!;
    if (table.kind !== 'table') throw new Error('not a table');
    expect(table.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['B – Special Educational Needs', 'F – Special Educational Provision', 'E – Outcomes'],
      ['Amira finds it hard to follow instructions.', 'Speech and language therapist weekly.', 'By the end of Year 6 Amira will follow instructions.'],
      ['She tires quickly.', 'Rest breaks hourly.', 'By July she will...'],
    ]);
  });
});

describe('ParagraphJoiner', () => {
  it('rejoins a sentence split by a page break, and keeps paragraphs apart', () => {
    const out: [string, number][] = [];
    const joiner = new ParagraphJoiner((text, page) => out.push([text, page]));
    joiner.push(line(1, 700, frag('Amira enjoys swimming and', 40, 700, 300)));
    joiner.push(line(2, 60, frag('goes every Saturday with her dad.', 40, 60, 300)));
    joiner.push(line(2, 100, frag('She has two brothers.', 40, 100, 300)));
    joiner.flush();
    expect(out).toEqual([['Amira enjoys swimming and goes every Saturday with her dad.', 1], ['She has two brothers.', 2]]);
  });
});
