import { describe, expect, it } from 'vitest';
import { type Fragment, type Line } from '../domain';
import { type Block } from './blocks';
import { isSetApartLabel, isStrapline } from './set-apart-labels';

const at = (x: number, y: number, text: string, opts: { size?: number; bold?: boolean; page?: number } = {}): Block => {
  const fontSize = opts.size ?? 10;
  const bold = opts.bold ?? false;
  const fragment: Fragment = { text, x, y, width: text.length * 5, fontSize, bold, runs: [{ text, x, width: text.length * 5 }] };
  const line: Line = { page: opts.page ?? 6, y, x, text, fontSize, bold, fragments: [fragment] };
  return { kind: 'line', line };
};
const judge = (above: Block | undefined, label: Block, below: Block | undefined) =>
  label.kind === 'line' && isSetApartLabel(label.line, label.line.text, above, below, 10);

describe('isSetApartLabel: a sub-heading in body type, told by where it starts', () => {
  it.each([
    ['indented after a finished sentence, over a paragraph', at(48, 229, 'confidence.'), at(54, 248, 'What is going well'), at(48, 263, 'Dottie is proud of her art.')],
    ['outdented over bullets, after a larger heading', at(58, 121, 'Learning and remembering', { size: 11.5 }), at(52, 142, 'Who will help me and how'), at(70, 157, '• The Toe by Toe programme (five times a week).')],
    ['after a bold heading', at(60, 300, 'My needs', { bold: true }), at(54, 320, 'Self-belief'), at(48, 335, 'Dottie compares herself with others.')],
  ])('a label: %s', (_, above, label, below) => expect(judge(above, label, below)).toBe(true));

  it.each([
    ['a wrapped line, under the line above', at(48, 100, 'Dottie enjoys art and'), at(48, 113, 'design lessons'), at(54, 130, 'Self-belief')],
    ['the last line of a paragraph, in a stop', at(48, 100, 'She goes to the club.'), at(54, 113, 'Every Saturday.'), at(48, 130, 'She has a brother.')],
    ['a line starting where the next does', at(48, 100, 'She goes to the club.'), at(54, 113, 'Speech and language'), at(54, 130, 'Therapy is weekly.')],
    ['"N/A" between two headings', at(60, 310, '4.2 My social care needs', { size: 12, bold: true }), at(48, 336, 'N/A'), at(68, 388, 'Part 5: What I want to achieve', { size: 15, bold: true })],
    ['a line over a heading, not text', at(48, 100, 'She goes to the club.'), at(54, 113, 'Next steps'), at(60, 130, 'Section E', { bold: true })],
    ['too long to be a label', at(48, 100, 'She goes to the club.'), at(54, 113, 'What Dottie and her family told us about school'), at(48, 130, 'She likes art.')],
    ['over a line on the next page', at(48, 100, 'She goes to the club.'), at(54, 113, 'What is going well'), at(48, 80, 'She likes art.', { page: 7 })],
  ])('not a label: %s', (_, above, label, below) => expect(judge(above, label, below)).toBe(false));
});

describe('isStrapline: a heading\'s line of description in smaller type', () => {
  const strap = (above: Block, line: Block, below: Block) => line.kind === 'line' && isStrapline(line.line, above, below, 8.5);
  it('reads the line under a banner\'s title, over a larger heading that starts elsewhere, as part of the heading', () => {
    expect(strap(at(62, 84, 'Pathway 2 · Independent living', { size: 12, bold: true }), at(62, 96.7, 'Looking after myself, home and travel.', { size: 8.5 }), at(54, 123, 'My special educational needs in this pathway', { size: 10, bold: true }))).toBe(true);
  });

  it.each([
    ['an outcome under its area, over its steps label in bold body type', at(53, 692, '6.5 Social care', { size: 10.2, bold: true }), at(53, 707, '6.5.1 Nerys will have a short break every week.', { size: 8.4 }), at(69, 720, 'Steps towards this outcome:', { size: 8.4, bold: true })],
    ['a line between two headings that start together', at(54, 300, 'My health needs', { size: 12, bold: true }), at(54, 318, 'N/A', { size: 8.5 }), at(54, 340, 'Health provision', { size: 12, bold: true })],
    ['a line under a heading in body type', at(54, 300, 'My health needs', { size: 8.5, bold: true }), at(54, 318, 'She is well.', { size: 8.5 }), at(60, 340, 'Health provision', { size: 12, bold: true })],
  ])('not a strapline: %s', (_, above, line, below) => expect(strap(above, line, below)).toBe(false));
});
