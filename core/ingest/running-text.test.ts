import { describe, expect, it } from 'vitest';
import { type Line } from '../domain';
import { removeRunningText } from './running-text';

const line = (page: number, y: number, text: string): Line => ({
  page, y, x: 40, text, fontSize: 10, bold: false,
  fragments: [{ text, x: 40, y, width: 200, fontSize: 10, bold: false, runs: [{ text, x: 40, width: 200 }] }],
});

const page = (n: number, body: string) => ({
  height: 800,
  lines: [line(n, 30, 'OFFICIAL-SENSITIVE'), line(n, 40, 'EHC plan for Amira Khan'), line(n, 400, body), line(n, 780, `Page ${n} of 3`)],
});

describe('removeRunningText', () => {
  it('removes headers and page numbers that recur in the bands, keeps the body', () => {
    const kept = removeRunningText([page(1, 'first body'), page(2, 'second body'), page(3, 'third body')]);
    expect(kept.map((lines) => lines.map((l) => l.text))).toEqual([['first body'], ['second body'], ['third body']]);
  });

  it('keeps a line in the band that appears on one page only', () => {
    const pages = [page(1, 'a'), page(2, 'b'), page(3, 'c')];
    pages[1] = { ...pages[1]!, lines: [...pages[1]!.lines, line(2, 50, 'Section C: Health needs')] };
    expect(removeRunningText(pages)[1]!.map((l) => l.text)).toContain('Section C: Health needs');
  });

  it('keeps a paragraph\'s number opening a page\'s first line, though numbers of its shape open many pages', () => {
    const numbered = (n: number, number: string, text: string): Line => ({
      page: n, y: 60, x: 54, text: `${number}  ${text}`, fontSize: 10, bold: false,
      fragments: [{ text: number, x: 54, y: 60, width: 20, fontSize: 10, bold: true, runs: [{ text: number, x: 54, width: 20 }] }, { text, x: 86, y: 60, width: 400, fontSize: 10, bold: false, runs: [{ text, x: 86, width: 400 }] }],
    });
    const pages = [1, 2, 3].map((n) => ({ height: 800, lines: [numbered(n, `${120 + n}.`, ['A reading programme.', 'A movement break in every lesson.', 'A quiet space at lunch.'][n - 1]!), line(n, 400, 'body'), line(n, 780, `Page ${n} of 3`)] }));
    expect(removeRunningText(pages)[1]![0]!.text).toBe('122.  A movement break in every lesson.');
  });

  it('removes lone page numbers even on a single page', () => {
    const single = { height: 800, lines: [line(1, 400, 'body'), line(1, 780, '1')] };
    expect(removeRunningText([single])[0]!.map((l) => l.text)).toEqual(['body']);
  });
});

describe('removeRunningText: parts named only by a running header', () => {
  const frag = (text: string, x: number, y: number) => ({ text, x, y, width: 150, fontSize: 9, bold: true, runs: [{ text, x, width: 150 }] });
  const header = (n: number, part: string): Line => ({
    page: n, y: 30, x: 48, text: `${part}  EHCP – YATES, Kensa`, fontSize: 9, bold: true, fragments: [frag(part, 48, 30), frag('EHCP – YATES, Kensa', 472, 30)],
  });
  const parts = ['Cover', 'Section A – Views', 'Section A – Views', 'Section B – Needs', 'Section B – Needs', 'Section B – Needs', 'Section K – Advice'];
  const pages = parts.map((part, i) => ({ height: 800, lines: [part === 'Cover' ? line(i + 1, 400, 'cover') : header(i + 1, part), line(i + 1, 400, `body ${i + 1}`)] }));

  it('keeps each part\'s header where the part starts, without the plan\'s name beside it, and drops it from the pages after', () => {
    const kept = removeRunningText(pages).map((lines) => lines.map((l) => l.text));
    expect(kept).toEqual([['cover', 'body 1'], ['Section A – Views', 'body 2'], ['body 3'], ['Section B – Needs', 'body 4'], ['body 5'], ['body 6'], ['Section K – Advice', 'body 7']]);
  });

  it('still removes a header printed over every page but the cover', () => {
    const same = parts.map((part, i) => ({ height: 800, lines: [part === 'Cover' ? line(i + 1, 400, 'cover') : line(i + 1, 30, 'EHC plan for Amira Khan'), line(i + 1, 400, `body ${i + 1}`)] }));
    expect(removeRunningText(same).flat().map((l) => l.text)).not.toContain('EHC plan for Amira Khan');
  });
});
