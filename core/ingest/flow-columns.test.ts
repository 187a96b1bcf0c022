import { describe, expect, it } from 'vitest';
import { type Fragment, type Line } from '../domain';
import { readFlowColumns, readFlowPages } from './flow-columns';
import { lineOf } from './lines';

const fragment = (text: string, x: number, y: number, opts: { width?: number; size?: number; bold?: boolean } = {}): Fragment => {
  const width = opts.width ?? text.length * 4.6;
  return { text, x, y, width, fontSize: opts.size ?? 10, bold: opts.bold ?? false, runs: [{ text, x, width }] };
};
const line = (...fragments: Fragment[]): Line => lineOf(fragments, 1);

// Two columns of prose, 54-290 and 306-542, whose baselines drift apart as each column spaces
// its own paragraphs and sub-headings.
const LEFT = [
  'Amelia lives in Oakfield with her mum, Sarah, and her',
  'younger brother Jack, who is four years old this year.',
  'Her family first noticed that she was not answering to',
  'her name when she was about eighteen months old, and',
  'she was diagnosed with autism in June 2023 by the',
  'community paediatrician at the Oakfield clinic after an',
  'assessment over several visits to the family home.',
];
const RIGHT = [
  '“I like drawing horses and I want to work with them.”',
  '“Don’t make me read out loud in front of everyone.”',
  'Staff describe Amelia as kind, and they say she makes',
  'sure that new children in her class are included in',
  'games at break time and at lunchtime in the hall.',
  'Amelia is good at remembering facts about animals and',
  'likes showing adults what she knows about horses.',
];

function flowPage(): Line[] {
  const lines: Line[] = [line(fragment('Section A – Views, interests and aspirations', 54, 80, { size: 13, bold: true }))];
  // Left lines every 13 points from 110, right lines every 13 points from 116: never side by side.
  const rows: { y: number; left?: string; right?: string }[] = [];
  LEFT.forEach((text, i) => rows.push({ y: 110 + 13 * i, left: text }));
  RIGHT.forEach((text, i) => rows.push({ y: 116 + 13 * i, right: text }));
  rows.sort((a, b) => a.y - b.y);
  for (const r of rows) lines.push(r.left ? line(fragment(r.left, 54, r.y, { width: 236 })) : line(fragment(r.right!, 306, r.y, { width: 236 })));
  lines.push(line(fragment('Section B – Special educational needs', 54, 230, { size: 13, bold: true })));
  return lines;
}

describe('readFlowColumns: text in newspaper columns', () => {
  it('reads the left column to its foot, then the right, between the headings over both', () => {
    const texts = readFlowColumns(flowPage()).map((l) => l.text);
    expect(texts).toEqual(['Section A – Views, interests and aspirations', ...LEFT, ...RIGHT, 'Section B – Special educational needs']);
  });

  it('finds the right column\'s edge left of its lists: bullets and their wrapped lines make edges of their own', () => {
    const lines: Line[] = [line(fragment('Section E – Outcomes', 54, 80, { size: 13, bold: true }))];
    const rows: { y: number; text: string; x: number }[] = [];
    LEFT.forEach((text, i) => rows.push({ y: 110 + 13 * i, text, x: 54 }));
    LEFT.forEach((text, i) => rows.push({ y: 211 + 13 * i, text, x: 54 }));
    const right: { text: string; x: number }[] = [];
    for (let k = 0; k < 3; k++) {
      right.push({ text: `Jamal will reach step ${k + 1} of his reading plan.`, x: 306 });
      right.push({ text: `• He will read ${k + 3} short books with his mentor`, x: 322 }, { text: 'each week in the library, checked by', x: 336 }, { text: 'the class teacher at each review.', x: 336 });
    }
    right.forEach((r, i) => rows.push({ y: 116 + 13 * i, ...r }));
    rows.sort((a, b) => a.y - b.y);
    for (const r of rows) lines.push(line(fragment(r.text, r.x, r.y, { width: r.x === 54 ? 236 : 536 - r.x })));
    const texts = readFlowColumns(lines).map((l) => l.text);
    expect(texts).toEqual(['Section E – Outcomes', ...rows.filter((r) => r.x === 54).map((r) => r.text), ...right.map((r) => r.text)]);
  });

  it('moves the right column to the left edge, keeping its baselines', () => {
    const read = readFlowColumns(flowPage());
    const firstRight = read.find((l) => l.text === RIGHT[0])!;
    expect(firstRight.x).toBe(54);
    expect(firstRight.y).toBe(116);
  });

  it('reads columns that keep one line spacing, meeting on every baseline, when a part\'s heading stands over them', () => {
    const lines: Line[] = [line(fragment('Section G – Health provision', 54, 80, { size: 13, bold: true }))];
    LEFT.forEach((text, i) => lines.push(line(fragment(text, 54, 110 + 13 * i, { width: 236 }), fragment(RIGHT[i]!, 306, 110 + 13 * i, { width: 236 }))));
    expect(readFlowColumns(lines).map((l) => l.text)).toEqual(['Section G – Health provision', ...LEFT, ...RIGHT]);
  });

  it('ends a band at a full-width heading whose words fit over the left column: the right column has a hole beside it', () => {
    // The heading's rule runs across the page but its text is short; the right column stops well
    // above it and starts again just below, as a browser lays out a multi-column part per heading.
    const lines = flowPage().slice(0, -1);
    const heading = 'Section B – Special educational needs';
    lines.push(line(fragment(heading, 54, 230, { size: 13, bold: true })));
    const rows: { y: number; text: string; x: number }[] = [];
    RIGHT.forEach((text, i) => rows.push({ y: 254 + 13 * i, text, x: 306 }));
    LEFT.forEach((text, i) => rows.push({ y: 260 + 13 * i, text, x: 54 }));
    rows.sort((a, b) => a.y - b.y);
    for (const r of rows) lines.push(line(fragment(r.text, r.x, r.y, { width: 236 })));
    expect(readFlowColumns(lines).map((l) => l.text)).toEqual(['Section A – Views, interests and aspirations', ...LEFT, ...RIGHT, heading, ...LEFT, ...RIGHT]);
  });

  it('keeps a heading a word processor flowed into the left column in its column: the right column runs on beside it', () => {
    const lines: Line[] = [line(fragment('Section A – Views, interests and aspirations', 54, 80, { size: 13, bold: true }))];
    const rows: { y: number; text: string; x: number; size?: number }[] = [];
    LEFT.slice(0, 4).forEach((text, i) => rows.push({ y: 110 + 13 * i, text, x: 54 }));
    rows.push({ y: 165, text: 'How I communicate', x: 54, size: 13 });
    LEFT.slice(4).forEach((text, i) => rows.push({ y: 185 + 13 * i, text, x: 54 }));
    RIGHT.forEach((text, i) => rows.push({ y: 116 + 13 * i, text, x: 306 }));
    rows.sort((a, b) => a.y - b.y);
    for (const r of rows) lines.push(line(fragment(r.text, r.x, r.y, { width: r.size ? 90 : 236, ...(r.size ? { size: r.size, bold: true } : {}) })));
    expect(readFlowColumns(lines).map((l) => l.text)).toEqual(['Section A – Views, interests and aspirations', ...LEFT.slice(0, 4), 'How I communicate', ...LEFT.slice(4), ...RIGHT]);
  });

  it('reads a short part under its heading as columns when a sentence runs from the foot of the left column into the right', () => {
    // Two lines a column, the left column's last filling it without a full stop and the right's
    // first going on in lower case; the part after it sets the page's gutter.
    const carried = ['Jamal’s personal budget pays for a sessional worker', 'who takes him swimming on Saturday mornings, and', 'the family will choose the worker with help from the', 'council’s direct payments team before September.'];
    const lines: Line[] = [line(fragment('Section J – Personal budget', 54, 80, { size: 13, bold: true }))];
    lines.push(line(fragment(carried[0]!, 54, 110, { width: 232 }), fragment(carried[2]!, 306, 110, { width: 230 })));
    lines.push(line(fragment(carried[1]!, 54, 123, { width: 226 }), fragment(carried[3]!, 306, 123, { width: 200 })));
    const k = flowPage().map((l) => lineOf(l.fragments.map((f) => ({ ...f, y: f.y + 80 })), 1));
    lines.push(line(fragment('Section K – Advice and information', 54, 160, { size: 13, bold: true })), ...k.slice(1, -1));
    expect(readFlowColumns(lines).map((l) => l.text)).toEqual(['Section J – Personal budget', ...carried, 'Section K – Advice and information', ...LEFT, ...RIGHT]);
  });

  it('leaves a short two-column table alone under a heading: its left cells end short of the gutter', () => {
    const lines: Line[] = [line(fragment('Section F – Special educational provision', 54, 80, { size: 13, bold: true }))];
    const rows = [['Small group phonics with a teaching assistant', 'three times a week for 20 minutes'], ['Speech and language therapy programme', 'delivered weekly by the school'], ['Movement breaks', 'every hour']];
    rows.forEach(([left, right], i) => lines.push(line(fragment(left!, 54, 110 + 13 * i), fragment(right!, 306, 110 + 13 * i))));
    const g = flowPage().map((l) => lineOf(l.fragments.map((f) => ({ ...f, y: f.y + 90 })), 1));
    lines.push(line(fragment('Section G – Health provision', 54, 170, { size: 13, bold: true })), ...g.slice(1, -1));
    expect(readFlowColumns(lines).map((l) => l.text)).toEqual([...lines.slice(0, 5).map((l) => l.text), ...LEFT, ...RIGHT]);
  });

  it('leaves the same lines alone under body text: without the heading they could be a table\'s rows', () => {
    const lines: Line[] = [line(fragment('The provision below is reviewed each year.', 54, 80))];
    LEFT.forEach((text, i) => lines.push(line(fragment(text, 54, 110 + 13 * i, { width: 236 }), fragment(RIGHT[i]!, 306, 110 + 13 * i, { width: 236 }))));
    expect(readFlowColumns(lines)).toEqual(lines);
  });

  it('reads a table set in each column (the right one\'s cells where the left one\'s are, moved by the gutter) a column at a time', () => {
    const cells = (x: number, y: number, row: number, side: string) => [fragment(`${side} item ${row}`, x, y, { width: 60 }), fragment('3 x weekly', x + 76, y, { width: 50 }), fragment('a TA', x + 136, y, { width: 40 })];
    const lines: Line[] = [line(fragment('Section F – Special educational provision', 54, 80, { size: 13, bold: true }))];
    for (let r = 0; r < 8; r++) lines.push(line(...cells(54, 110 + 30 * r, r, 'left')), line(...cells(306, 125 + 30 * r, r, 'right')));
    const read = readFlowColumns(lines).map((l) => l.fragments[0]!.text);
    expect(read.slice(1, 9)).toEqual([0, 1, 2, 3, 4, 5, 6, 7].map((r) => `left item ${r}`));
    expect(read.slice(9)).toEqual([0, 1, 2, 3, 4, 5, 6, 7].map((r) => `right item ${r}`));
  });

  it('reads two tables of their own layouts, one in each column, their rows out of step, a column at a time in a document set in columns', () => {
    const cells = (x: number, y: number, row: number, side: string, at: readonly number[]) => [fragment(`${side} item ${row}`, x, y, { width: 60 }), fragment('3 x weekly', x + at[0]!, y, { width: 40 }), fragment('a TA', x + at[1]!, y, { width: 30 })];
    const lines: Line[] = [line(fragment('Section F – Special educational provision', 54, 80, { size: 13, bold: true }))];
    for (let r = 0; r < 8; r++) lines.push(line(...cells(54, 110 + 30 * r, r, 'left', [83, 142])), line(...cells(306, 125 + 30 * r, r, 'right', [79, 131])));
    // On its own the page could be one wide table; the document's other pages flow at its gutter.
    expect(readFlowColumns(lines)).toEqual(lines);
    expect(readFlowPages([lines, lines])).toEqual([lines, lines]);
    const read = readFlowPages([flowPage(), lines, flowPage()])[1]!.map((l) => l.fragments[0]!.text);
    expect(read.slice(1, 9)).toEqual([0, 1, 2, 3, 4, 5, 6, 7].map((r) => `left item ${r}`));
    expect(read.slice(9)).toEqual([0, 1, 2, 3, 4, 5, 6, 7].map((r) => `right item ${r}`));
  });

  it('leaves a wide table alone whose cells sit in the middle of their rows: the rows\' middles keep in step', () => {
    // Each row's left cells hold two lines and its right cells one, centred beside them.
    const lines: Line[] = [line(fragment('Section F – Special educational provision', 54, 80, { size: 13, bold: true }))];
    const cells = (x: number, y: number, text: string) => [fragment(text, x, y, { width: 60 }), fragment('weekly', x + 76, y, { width: 40 }), fragment('a TA', x + 136, y, { width: 30 })];
    for (let r = 0; r < 8; r++) {
      const top = 110 + 40 * r;
      lines.push(line(...cells(54, top, `left item ${r}`)), line(...cells(306, top + 6.5, `right item ${r}`)), line(...cells(54, top + 13, 'goes on')));
    }
    expect(readFlowColumns(lines)).toEqual(lines);
    expect(readFlowPages([flowPage(), lines, flowPage()])[1]).toEqual(lines);
  });

  it('leaves a wide table of even columns alone: its rows keep in step across the gutter', () => {
    const cells = (x: number, y: number, row: number, side: string) => [fragment(`${side} item ${row}`, x, y, { width: 60 }), fragment('3 x weekly', x + 76, y, { width: 50 }), fragment('a TA', x + 136, y, { width: 40 })];
    const lines: Line[] = [line(fragment('Section F – Special educational provision', 54, 80, { size: 13, bold: true }))];
    for (let r = 0; r < 8; r++) lines.push(line(...cells(54, 110 + 30 * r, r, 'left'), ...cells(306, 110 + 30 * r, r, 'right')));
    expect(readFlowColumns(lines)).toEqual(lines);
  });

  it('leaves a two-column table alone: its rows open side by side under a row of titles', () => {
    const lines: Line[] = [line(fragment('Health needs', 54, 100, { bold: true }), fragment('Health provision', 306, 100, { bold: true }))];
    for (let i = 0; i < 10; i++) lines.push(line(fragment(LEFT[i % LEFT.length]!, 54, 120 + 13 * i, { width: 236 }), fragment(RIGHT[i % RIGHT.length]!, 306, 120 + 13 * i, { width: 236 })));
    expect(readFlowColumns(lines)).toEqual(lines);
  });

  it('leaves a form of short labels beside their values alone', () => {
    const lines: Line[] = [];
    for (let i = 0; i < 12; i++) lines.push(i % 3 === 0 ? line(fragment('Aspirations', 54, 100 + 13 * i, { width: 60 }), fragment(RIGHT[i % RIGHT.length]!, 306, 100 + 13 * i, { width: 236 })) : line(fragment(RIGHT[i % RIGHT.length]!, 306, 100 + 13 * i, { width: 236 })));
    expect(readFlowColumns(lines)).toEqual(lines);
  });

  it('leaves a three-column table alone: the right part holds a column of its own', () => {
    const page = flowPage().map((l) => (l.x === 306 && l.text === RIGHT[2] ? line(l.fragments[0]!, fragment('July 2027', 480, l.y, { width: 40 })) : l));
    expect(readFlowColumns(page).map((l) => l.text)).toEqual(page.map((l) => l.text));
  });

  it('ends a band where both columns start again after a heading at the foot of the right column, reading the left column\'s tail first', () => {
    // A word processor's sections of columns: part J's heading flowed to the foot of the right
    // column beside the left column's last lines (part I's heading and text among them); part J's
    // text starts below, in both columns at once.
    const lines: Line[] = [line(fragment('Section H – Social care provision', 54, 80, { size: 13, bold: true }))];
    const left = [...LEFT.slice(0, 6)];
    const right = RIGHT.slice(0, 4);
    left.forEach((text, i) => {
      const y = 110 + 13 * i;
      const beside = i < right.length ? [fragment(right[i]!, 306, y, { width: 236 })] : i === 4 ? [fragment('Section J – Personal budget', 314, y, { size: 13, bold: true, width: 160 })] : [];
      lines.push(line(fragment(text, 54, y, { width: 236 }), ...beside));
    });
    const tail = ['Section I – Placement', 'Amelia will attend Oakfield Primary School, a mainstream', 'school where she will continue in Year 4 with the special'];
    lines.push(line(fragment(tail[0]!, 60, 200, { size: 13, bold: true, width: 120 })));
    lines.push(line(fragment(tail[1]!, 54, 222, { width: 236 })), line(fragment(tail[2]!, 54, 235, { width: 236 })));
    const nextBand = line(fragment('Her mum will be paid a direct payment each month for the', 54, 265, { width: 236 }), fragment('The direct payment is reviewed by the council each year.', 306, 265, { width: 236 }));
    lines.push(nextBand);
    expect(readFlowColumns(lines).map((l) => l.text)).toEqual(['Section H – Social care provision', ...left, ...tail, ...right, 'Section J – Personal budget', nextBand.text]);
  });

  it('reads a band under a heading a word processor broke over both columns, its second part in lower case', () => {
    const lines: Line[] = [line(fragment('Section C – Health needs related to', 60, 80, { size: 13, bold: true }), fragment('special educational needs', 314, 80, { size: 13, bold: true }))];
    // Five rows side by side (the page's gutter needs five right-column lines), then the left column's tail.
    LEFT.slice(0, 5).forEach((text, i) => lines.push(line(fragment(text, 54, 110 + 13 * i, { width: 236 }), fragment(RIGHT[i]!, 306, 110 + 13 * i, { width: 236 }))));
    LEFT.slice(5).forEach((text, i) => lines.push(line(fragment(text, 54, 175 + 13 * i, { width: 236 }))));
    expect(readFlowColumns(lines).map((l) => l.text)).toEqual([lines[0]!.text, ...LEFT, ...RIGHT.slice(0, 5)]);
  });

  it('ends a band at its columns\' even foot when a heading closes the right column: the part\'s text below, after a gap, is the heading\'s', () => {
    // Balanced columns end together; the next part's text starts under them in its own columns.
    const lines: Line[] = [line(fragment('Section C – Health needs related to', 60, 80, { size: 13, bold: true }), fragment('special educational needs', 314, 80, { size: 13, bold: true }))];
    LEFT.slice(0, 5).forEach((text, i) => lines.push(line(fragment(text, 54, 110 + 13 * i, { width: 236 }), fragment(RIGHT[i]!, 306, 110 + 13 * i, { width: 236 }))));
    lines.push(line(fragment(LEFT[5]!, 54, 175, { width: 236 }), fragment('Section D – Social care needs', 314, 175, { size: 13, bold: true, width: 200 })));
    lines.push(line(fragment(LEFT[6]!, 54, 188, { width: 236 }), fragment('related to special educational needs', 314, 188, { size: 13, bold: true, width: 220 })));
    const below = ['No social care needs have been identified for Amelia, and', 'the family do not need support from social care at this time.'];
    below.forEach((text, i) => lines.push(line(fragment(text, 54, 212 + 13 * i, { width: 236 }))));
    expect(readFlowColumns(lines).map((l) => l.text)).toEqual([lines[0]!.text, ...LEFT, ...RIGHT.slice(0, 5), 'Section D – Social care needs', 'related to special educational needs', ...below]);
  });

  it('reads a band whose columns open with bold sub-headings side by side when both columns hold more sub-headings of their own', () => {
    const lines: Line[] = [line(fragment('Section B – Special educational needs', 54, 80, { size: 13, bold: true }))];
    lines.push(line(fragment('Communication', 54, 100, { bold: true, width: 70 }), fragment('Anxiety and worry', 306, 100, { bold: true, width: 80 })));
    const rows: { y: number; text: string; x: number; bold?: boolean }[] = [];
    LEFT.forEach((text, i) => rows.push({ y: 116 + 13 * i + (i >= 3 ? 16 : 0), text, x: 54 }));
    rows.push({ y: 158, text: 'Cognition and learning', x: 54, bold: true });
    RIGHT.forEach((text, i) => rows.push({ y: 121 + 13 * i + (i >= 4 ? 16 : 0), text, x: 306 }));
    rows.push({ y: 176, text: 'Sensory and physical', x: 306, bold: true });
    rows.sort((a, b) => a.y - b.y);
    for (const r of rows) lines.push(line(fragment(r.text, r.x, r.y, { width: r.bold ? 90 : 236, bold: r.bold ?? false })));
    const leftTexts = rows.filter((r) => r.x === 54).map((r) => r.text);
    const rightTexts = rows.filter((r) => r.x === 306).map((r) => r.text);
    expect(readFlowColumns(lines).map((l) => l.text)).toEqual(['Section B – Special educational needs', 'Communication', ...leftTexts, 'Anxiety and worry', ...rightTexts]);
    // Without sub-headings on both sides they are a table's column titles.
    const tableLike = lines.filter((l) => l.text !== 'Sensory and physical');
    expect(readFlowColumns(tableLike)).toEqual(tableLike);
  });

  it('joins a heading broken over the columns of a document set in columns into one fragment', () => {
    const broken = line(fragment('Section C – Health needs related to', 60, 80, { size: 13, bold: true, width: 200 }), fragment('special educational needs', 314, 80, { size: 13, bold: true, width: 150 }));
    const page = [broken, line(fragment('N/A', 54, 110, { width: 20 })), line(fragment('Section D – Social care needs', 314, 130, { size: 13, bold: true, width: 200 })), ...LEFT.map((text, i) => line(fragment(text, 54, 160 + 13 * i, { width: 236 })))];
    const read = readFlowPages([flowPage(), page, flowPage()])[1]!;
    expect(read[0]!.fragments.map((f) => f.text)).toEqual(['Section C – Health needs related to special educational needs']);
    expect(read.slice(1)).toEqual(page.slice(1));
    // Alone, the page is no document in columns: its lines are left as they are.
    expect(readFlowPages([page])).toEqual([page]);
  });

  it('leaves a band alone under large titles that each start their own words: they head a table', () => {
    const lines: Line[] = [line(fragment('Health needs', 60, 80, { size: 13, bold: true }), fragment('Health provision', 314, 80, { size: 13, bold: true }))];
    // Five rows side by side (the page's gutter needs five right-column lines), then the left column's tail.
    LEFT.slice(0, 5).forEach((text, i) => lines.push(line(fragment(text, 54, 110 + 13 * i, { width: 236 }), fragment(RIGHT[i]!, 306, 110 + 13 * i, { width: 236 }))));
    LEFT.slice(5).forEach((text, i) => lines.push(line(fragment(text, 54, 175 + 13 * i, { width: 236 }))));
    expect(readFlowColumns(lines)).toEqual(lines);
  });
});
