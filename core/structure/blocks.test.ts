import { describe, expect, it } from 'vitest';
import { type Fragment, type Line } from '../domain';
import { toBlocks } from './blocks';
import { ParagraphJoiner } from './paragraphs';
import { paragraphGap } from './spacing';

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

describe('toBlocks: a table in newspaper columns', () => {
  it('starts a new row where the table goes on at the top of the next column', () => {
    // Ingest reads the left column, then the right moved under it with its baselines kept: the
    // right column's first line sits far above the left column's last.
    const lines = [
      line(1, 600, frag('Word mats and worked', 52, 600, 70), frag('In every', 128, 600, 40), frag('Outcome 1', 253, 600, 40)),
      line(1, 615, frag('examples on his desk.', 52, 615, 70), frag('lesson', 128, 615, 30)),
      line(1, 640, frag('Extra processing time', 52, 640, 70), frag('In every', 128, 640, 40), frag('Outcome 1', 253, 640, 40)),
      line(1, 655, frag('after each question', 52, 655, 70), frag('lesson', 128, 655, 30)),
      line(1, 97, frag('and tasks in steps.', 52, 97, 70)),
      line(1, 122, frag('Careers interviews', 52, 122, 70), frag('Termly', 128, 122, 30), frag('Outcome 6', 253, 122, 40)),
    ];
    const [table] = toBlocks(lines, () => false);
    if (table?.kind !== 'table') throw new Error('not a table');
    expect(table.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Word mats and worked examples on his desk.', 'In every lesson', 'Outcome 1'],
      ['Extra processing time after each question', 'In every lesson', 'Outcome 1'],
      ['and tasks in steps.'],
      ['Careers interviews', 'Termly', 'Outcome 6'],
    ]);
  });
});

describe('toBlocks: a word processor\'s loose cell spacing', () => {
  it('keeps a cell\'s lines together when the table runs on into the next part\'s letter and heading in larger type', () => {
    // LibreOffice sets cell lines 1.5 font sizes apart and rows 2.7 apart; the part's letter and
    // its heading just below it (closer than any two lines of a cell) are no measure of that.
    const sized = (size: number, l: Line): Line => ({ ...l, fontSize: size, fragments: l.fragments.map((f) => ({ ...f, fontSize: size })) });
    const lines = [
      line(1, 100, frag('Provision', 56, 100, 60, true), frag('Amount', 263, 100, 50, true)),
      line(1, 130, frag('A structured language group using the', 56, 130), frag('3 x weekly, 20 mins', 263, 130, 100)),
      line(1, 148.2, frag('Language for Thinking approach.', 56, 148.2), frag('per session', 263, 148.2, 60)),
      line(1, 181, frag('Pre-teaching of key words each', 56, 181), frag('2 x weekly', 263, 181, 60)),
      line(1, 199.2, frag('week, using pictures.', 56, 199.2, 120)),
      sized(14, line(1, 240, frag('E', 71, 240, 9, true))),
      sized(16, line(1, 255, frag('5 Outcomes', 103, 255, 80, true))),
    ];
    const table = toBlocks(lines, () => false)[0]!;
    if (table.kind !== 'table') throw new Error('not a table');
    expect(table.rows.slice(0, 3).map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Provision', 'Amount'],
      ['A structured language group using the Language for Thinking approach.', '3 x weekly, 20 mins per session'],
      ['Pre-teaching of key words each week, using pictures.', '2 x weekly'],
    ]);
  });
});

describe('toBlocks: justified text in a label | text form', () => {
  it('keeps a cell whose words are runs of their own (a word processor justifying the line) as one column', () => {
    // LibreOffice writes each word of a justified line as its own run, a space apart.
    const words = (text: string, x: number, y: number): Fragment => {
      const runs = text.split(' ').reduce<{ text: string; x: number; width: number }[]>((acc, w) => {
        const last = acc[acc.length - 1];
        acc.push({ text: w, x: last ? last.x + last.width + 2.6 : x, width: w.length * 5.2 });
        return acc;
      }, []);
      const end = runs[runs.length - 1]!;
      return { text, x, y, width: end.x + end.width - x, fontSize: 10.5, bold: false, runs };
    };
    const label = (y: number) => ({ ...frag('Social care needs', 52, y, 73, true), fontSize: 10.5 });
    const lines = [
      line(1, 177, label(177), words('No social care needs have been identified for Aisha. Advice from Junaid', 223, 177)),
      line(1, 193, words('Singh, Social Worker, Children with Disabilities Team, dated', 223, 193)),
      line(1, 210, words('09-Feb-2026, confirms that Aisha and her family do not need support.', 223, 210)),
    ];
    const blocks = toBlocks(lines, () => false);
    expect(blocks.map((b) => b.kind)).toEqual(['table']);
    const table = blocks[0]!;
    if (table.kind !== 'table') throw new Error('not a table');
    expect(table.rows.map((r) => r.cells.map((c) => c.text))).toEqual([[
      'Social care needs',
      'No social care needs have been identified for Aisha. Advice from Junaid Singh, Social Worker, Children with Disabilities Team, dated 09-Feb-2026, confirms that Aisha and her family do not need support.',
    ]]);
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

  it('rejoins a sentence a page break split after a bracket, but not one that ended in a full stop', () => {
    const out: string[] = [];
    const joiner = new ParagraphJoiner((text) => out.push(text));
    joiner.push(line(12, 765, frag('• Sessions delivered by an Emotional Literacy Support Assistant (ELSA)', 70, 765, 430)));
    joiner.push(line(13, 76, frag('trained and supervised by the EP; one-to-one).', 84, 76, 320)));
    joiner.push(line(13, 90, frag('Reviewed each term (see E5.)', 84, 90, 320)));
    joiner.push(line(14, 76, frag('a note that starts a new page.', 84, 76, 320)));
    joiner.flush();
    expect(out).toEqual([
      '• Sessions delivered by an Emotional Literacy Support Assistant (ELSA) trained and supervised by the EP; one-to-one). Reviewed each term (see E5.)',
      'a note that starts a new page.',
    ]);
  });

  // Lines 19.2 pt apart at 12 pt (Word's "1.5 lines"), paragraphs 31 pt apart.
  const spaced = (y: number, text: string) => line(1, y, frag(text, 54, y, 450));
  const wide = [
    spaced(100, 'Bethany lives in Ousedale with her grandmother, who has a child arrangements order,'), spaced(119.2, 'and a baby brother.'),
    spaced(150, 'Her family first noticed that she was not answering to her name when she was about 18'), spaced(169.2, 'months old.'),
    spaced(200, 'Bethany was diagnosed with autism in 2023 by the community paediatrician, who also'), spaced(219.2, 'saw her in 2024.'),
  ];

  it('reads the document\'s own line spacing: 1.5-line spacing is not a paragraph break', () => {
    expect(paragraphGap(wide)).toBeCloseTo(2, 1);
    const out: string[] = [];
    const joiner = new ParagraphJoiner((text) => out.push(text), new Map(), paragraphGap(wide));
    for (const l of wide) joiner.push(l);
    joiner.flush();
    expect(out).toEqual([
      'Bethany lives in Ousedale with her grandmother, who has a child arrangements order, and a baby brother.',
      'Her family first noticed that she was not answering to her name when she was about 18 months old.',
      'Bethany was diagnosed with autism in 2023 by the community paediatrician, who also saw her in 2024.',
    ]);
  });

  it('keeps single spacing at its usual threshold, and ignores spacing that is really between paragraphs', () => {
    const single = [100, 114, 128, 160, 174, 206, 220].map((y) => spaced(y, 'A line of running text in a single-spaced plan.'));
    expect(paragraphGap(single)).toBe(1.5);
    const onlyParagraphs = [100, 131, 162, 193, 224].map((y) => spaced(y, 'One sentence per paragraph.'));
    expect(paragraphGap(onlyParagraphs)).toBe(1.5);
  });
});

describe('toBlocks: boxes whose titles are indented from their text', () => {
  const lines = [
    line(1, 100, frag('About this plan', 60, 100, 80, true), frag('A little about me', 221, 100, 90, true)),
    line(1, 113, frag('Date of birth: 1 May 2016', 52, 113, 140), frag('Amira lives with her mum and', 211, 113, 300)),
    line(1, 126, frag('Year group: Year 4', 52, 126, 100), frag('her two brothers.', 211, 126, 100)),
    line(1, 139, frag('Contact details', 60, 139, 80, true), frag('She loves baking.', 211, 139, 100)),
  ];
  it('reads a title set a few points in as the same column, not a column of its own', () => {
    const [table] = toBlocks(lines, () => false);
    if (table?.kind !== 'table') throw new Error('not a table');
    expect(table.columnStarts).toEqual([52, 211]);
    expect(table.rows[0]!.cells.map((c) => c.lines[0])).toEqual(['About this plan', 'A little about me']);
    expect(table.rows[0]!.cells[1]!.boldLines).toEqual([true, false, false, false]);
  });
  it('keeps two close edges that sit side by side on a line as two columns (a number beside its text)', () => {
    const numbered = [
      line(1, 100, frag('1.', 52, 100, 8), frag('Amira will read a short book aloud.', 64, 100, 200), frag('By July', 300, 100, 50)),
      line(1, 118, frag('2.', 52, 118, 8), frag('Amira will write three sentences.', 64, 118, 200), frag('By July', 300, 118, 50)),
    ];
    const [table] = toBlocks(numbered, () => false);
    if (table?.kind !== 'table') throw new Error('not a table');
    expect(table.columnStarts).toEqual([52, 64, 300]);
  });
});

describe('toBlocks: a row whose cells start a few points apart, one above the other', () => {
  it('pulls each staggered first line into the row', () => {
    const lines = [
      line(1, 89, frag('Memory and speed of processing', 302, 89, 150, true)),
      line(1, 94, frag('Outcome 3', 60, 94, 50, true)),
      line(1, 99, frag('The class teacher, in every lesson (throughout the', 561, 99, 200)),
      line(1, 109, frag('Lyle will complete a three-step task.', 60, 109, 200), frag('Lyle finds it hard to hold information in mind.', 302, 109, 200), frag('school day): a task checklist.', 561, 109, 200)),
    ];
    const [table] = toBlocks(lines, () => false);
    if (table?.kind !== 'table') throw new Error('not a table');
    expect(table.rows[0]!.cells.map((c) => c.text)).toEqual(['Outcome 3 Lyle will complete a three-step task.', 'Memory and speed of processing Lyle finds it hard to hold information in mind.', 'The class teacher, in every lesson (throughout the school day): a task checklist.']);
  });
});

describe('toBlocks: numbered paragraphs whose text wraps back under the number', () => {
  it('reads "B22  What works well ..." / "view." as running text, not a number | text table', () => {
    const lines = [
      line(1, 100, frag('B21', 48, 100, 18), frag('Day to day, this means that Flavia copies the title of a task.', 78, 100, 446)),
      line(1, 120, frag('B22', 48, 120, 18), frag('What works well for Flavia: a two-minute recap and the key vocabulary kept in', 78, 120, 468)),
      line(1, 134, frag('view.', 48, 134, 24)),
      line(1, 154, frag('H1.1', 48, 154, 22), frag('No provision is required under section 2 of the Act', 87, 154, 454)),
      line(1, 168, frag('1970.', 48, 168, 25)),
    ];
    const blocks = toBlocks(lines, () => false);
    const texts = blocks.flatMap((b) => (b.kind === 'line' ? [b.line.text] : []));
    expect(texts).toContain('view.');
    expect(texts).toContain('1970.');
    expect(blocks.filter((b) => b.kind === 'table').flatMap((t) => (t.kind === 'table' ? t.rows.flatMap((r) => r.cells.map((c) => c.text)) : []))).not.toContain('B22');
  });

  it('reads a paragraph numbered through the plan ("149.") whose justified line is a fragment a word as running text', () => {
    const words = ['Advance', 'warning', 'of', 'changes', 'to', 'staff,', 'shown', 'on', 'the', 'visual', 'timetable'];
    const lines = [
      line(1, 556, frag('149.', 54, 556, 20, true), ...words.map((w, i) => frag(w, 86 + i * 42, 556, 36))),
      line(1, 572, frag('(individually).', 54, 572, 66)),
    ];
    const blocks = toBlocks(lines, () => false);
    expect(blocks.map((b) => b.kind)).toEqual(['line', 'line']);
  });

  it('keeps a code | text table whose text wraps inside its own column a table', () => {
    const lines = [
      line(1, 100, frag('B1', 48, 100, 14), frag('Amira finds it hard to follow spoken', 90, 100, 300)),
      line(1, 114, frag('instructions in class.', 90, 114, 150)),
      line(1, 134, frag('B2', 48, 134, 14), frag('She tires quickly in the afternoon.', 90, 134, 250)),
    ];
    expect(toBlocks(lines, () => false).map((b) => b.kind)).toEqual(['table']);
  });
});

describe('toBlocks: a heading after a table, over a page', () => {
  it('ends the table at a line in much larger type on the next page', () => {
    const small = (l: Line): Line => ({ ...l, fontSize: 8.5, fragments: l.fragments.map((f) => ({ ...f, fontSize: 8.5 })) });
    const lines = [
      small(line(11, 700, frag('Support to join a club', 60, 700, 150), frag('Weekly; 2 hours', 237, 700, 100))),
      small(line(11, 711, frag('(one adult with one pupil).', 60, 711, 150), frag('each session', 237, 711, 100))),
      line(12, 84, frag('Pathway 4 · Good health', 62, 84, 165, true)),
    ];
    expect(toBlocks(lines, () => false).map((b) => b.kind)).toEqual(['table', 'line']);
  });
});

describe('toBlocks: a cell spanning several rows', () => {
  it('starts a row where the cells beside an outcome start again together, and keeps the outcome\'s lines in its own row', () => {
    // An outcome matrix: the outcome's cell spans its provision rows, so its lines run on past
    // the gap between them (lines 14 points apart in a cell, 17 after a list item, 26 between rows).
    const lines = [
      line(1, 100, frag('O3 Fabian will pass the', 60, 100, 100), frag('A personalised curriculum', 186, 100, 110), frag('In every lesson', 307, 100, 60)),
      line(1, 114, frag('Entry Level 2 assessments.', 60, 114, 100), frag('planned in small steps.', 186, 114, 110)),
      line(1, 131, frag('• Fabian will achieve 3 of 4', 60, 131, 100)),
      line(1, 140, frag('Adult support to explain', 186, 140, 110), frag('20 hours a week', 307, 140, 60)),
      line(1, 145, frag('targets on his plan.', 60, 145, 100)),
      line(1, 154, frag('tasks in small steps.', 186, 154, 110), frag('across lessons', 307, 154, 60)),
    ];
    const table = toBlocks(lines, () => false)[0]!;
    if (table.kind !== 'table') throw new Error('not a table');
    expect(table.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['O3 Fabian will pass the Entry Level 2 assessments. • Fabian will achieve 3 of 4 targets on his plan.', 'A personalised curriculum planned in small steps.', 'In every lesson'],
      ['Adult support to explain tasks in small steps.', '20 hours a week across lessons'],
    ]);
  });

  it('keeps one row where only one column starts again (a cell\'s second paragraph)', () => {
    const lines = [
      line(1, 100, frag('Daily reading practice', 60, 100, 100), frag('Each school day', 186, 100, 100)),
      line(1, 114, frag('with a trained adult.', 60, 114, 100)),
      line(1, 128, frag('Progress is shared.', 60, 128, 100)),
      line(1, 140, frag('It is checked weekly.', 186, 140, 100)),
    ];
    const table = toBlocks(lines, () => false)[0]!;
    if (table.kind !== 'table') throw new Error('not a table');
    expect(table.rows).toHaveLength(1);
  });
});
