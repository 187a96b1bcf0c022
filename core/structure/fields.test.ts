import { describe, expect, it } from 'vitest';
import { type Cell, type Table } from './blocks';
import { collectColumnFields, collectField, collectRowFields, type Field } from './fields';

const cell = (column: number, lines: readonly string[], bold = false): Cell => {
  const text = lines.join(' ');
  return { column, text, page: 1, bold, bulleted: false, pieces: [{ text, y: 0 }], lines, boldLines: lines.map(() => bold) };
};
const table = (...rows: (readonly string[][])[]): Table => ({
  kind: 'table', columnStarts: [50, 200, 350], rows: rows.map((cells) => ({ page: 1, cells: cells.map((lines, i) => cell(i, lines)) })),
});
const read = (t: Table) => {
  const fields: Field[] = [];
  collectColumnFields(t, fields);
  for (const row of t.rows) collectRowFields(row.cells, row.cells.map((c) => c.text), row.page, fields);
  return fields.map((f) => [f.label, f.value]);
};

describe('form fields laid out across the page', () => {
  it('reads a row of labels in capitals over their values, even a label it does not know ("HOME LANGUAGE")', () => {
    const fields = read(table([['PRIMARY NEED'], ['SCHOOL OR COLLEGE'], ['HOME LANGUAGE']], [['Moderate learning difficulty'], ['Thornmoor Ridge Academy'], ['English']]));
    expect(fields).toContainEqual(['PRIMARY NEED', 'Moderate learning difficulty']);
    expect(fields).toContainEqual(['SCHOOL OR COLLEGE', 'Thornmoor Ridge Academy']);
    // The row of labels is not a label beside its value.
    expect(fields.some(([label, value]) => label === 'PRIMARY NEED' && value?.includes('SCHOOL'))).toBe(false);
  });

  it('reads a label printed on the line above its value inside one cell', () => {
    expect(read(table([['NAME', 'Gabriel Bramwell'], ['DATE OF BIRTH', 'Monday 20 January 2014']]))).toEqual(
      expect.arrayContaining([['NAME', 'Gabriel Bramwell'], ['DATE OF BIRTH', 'Monday 20 January 2014']]),
    );
  });

  it('reads two label-over-value boxes the layout merged into one cell (a photo spanning their rows beside them)', () => {
    const fields = read(table([['Photo'], ['DATE OF BIRTH', '14 December 2011', 'MAIN AREA OF NEED¹', 'Autistic spectrum disorder'], ['YEAR GROUP', 'Year 9', 'SCHOOL OR COLLEGE', 'Hollinsford Weavers Academy']]));
    expect(fields).toContainEqual(['DATE OF BIRTH', '14 December 2011']);
    expect(fields).toContainEqual(['MAIN AREA OF NEED¹', 'Autistic spectrum disorder']);
    expect(fields).toContainEqual(['SCHOOL OR COLLEGE', 'Hollinsford Weavers Academy']);
  });

  it('takes a label that wraps onto a second line as one label, with no value of its own', () => {
    const fields = read(table([['My school', 'or college'], ['Castleby Academy']]));
    expect(fields.some(([label, value]) => label === 'My school' && value === 'or college')).toBe(false);
    expect(fields).toContainEqual(['My school or college', 'Castleby Academy']);
  });

  it('reads a box of "Label: value" lines, a value that wraps running on to the next label', () => {
    const fields = read(table([['About this plan', 'Date of birth: 21st July 2012', 'School or college: Millbeck Grange', 'High School', 'Main area of need: Specific learning difficulty'], ['A little about me']]));
    expect(fields).toContainEqual(['Date of birth', '21st July 2012']);
    expect(fields).toContainEqual(['School or college', 'Millbeck Grange High School']);
    expect(fields).toContainEqual(['Main area of need', 'Specific learning difficulty']);
  });
});

describe('a ribbon of details on one line', () => {
  it('reads each "Label: value" pair between bars as a field', () => {
    const fields: Field[] = [];
    const text = 'Name: Lyle Brocklehurst | Date of birth: 30-07-2008 | NC year: Year 13 | Primary need: Autistic spectrum disorder (ASD)';
    collectField({ page: 1, y: 100, x: 54, text, fontSize: 10.5, bold: false, fragments: [{ text, x: 54, y: 100, width: 600, fontSize: 10.5, bold: false, runs: [{ text, x: 54, width: 600 }] }] }, fields);
    expect(fields.map((f) => [f.label, f.value])).toEqual([['Name', 'Lyle Brocklehurst'], ['Date of birth', '30-07-2008'], ['NC year', 'Year 13'], ['Primary need', 'Autistic spectrum disorder (ASD)']]);
  });

  it('reads labels holding a code or an abbreviation ("SEN2 primary need", "NHS no.")', () => {
    const fields: Field[] = [];
    const text = 'SEN2 primary need: Autistic Spectrum Disorder [ASD] | Setting: Askerby Foundry Academy | NHS no.: 968 841 9524';
    collectField({ page: 1, y: 100, x: 54, text, fontSize: 10.5, bold: false, fragments: [{ text, x: 54, y: 100, width: 600, fontSize: 10.5, bold: false, runs: [{ text, x: 54, width: 600 }] }] }, fields);
    expect(fields.map((f) => [f.label, f.value])).toEqual([['SEN2 primary need', 'Autistic Spectrum Disorder [ASD]'], ['Setting', 'Askerby Foundry Academy'], ['NHS no.', '968 841 9524']]);
  });
});

describe('numbered particulars', () => {
  it('reads a schedule\'s numbered "Label: value" lines ("3. Date of birth: ...")', () => {
    const fields: Field[] = [];
    for (const text of ['1. Name of the child: Kirsty-Ann Vickerstaff', '6. Educational establishment attended: St Begu’s Catholic Primary School']) {
      collectField({ page: 1, y: 100, x: 54, text, fontSize: 11.5, bold: false, fragments: [{ text, x: 54, y: 100, width: 400, fontSize: 11.5, bold: false, runs: [{ text, x: 54, width: 400 }] }] }, fields);
    }
    expect(fields.map((f) => [f.label, f.value])).toEqual([['Name of the child', 'Kirsty-Ann Vickerstaff'], ['Educational establishment attended', "St Begu's Catholic Primary School"]]);
  });
});

describe('details printed value first, merged or ticked', () => {
  it('pairs values printed before their captions, a wrapped caption read whole', () => {
    const fields = read(table([['Primrose Marsden'], ['Legal name'], ['Primrose'], ['Preferred name']], [['Y3 (Key Stage 2)'], ['National Curriculum year'], ['Vision Impairment (VI)'], ['educational need'], ['Primary special']]));
    expect(fields).toContainEqual(['National Curriculum year', 'Y3 (Key Stage 2)']);
    expect(fields).toContainEqual(['Legal name', 'Primrose Marsden']);
    expect(fields).toContainEqual(['Primary special educational need', 'Vision Impairment (VI)']);
    expect(fields.some(([label]) => label === 'Primrose Marsden')).toBe(false);
  });

  it('pairs line with line where the layout merged two rows (an initial between them), either way round', () => {
    expect(read(table([['My name', 'CY', 'My date of birth'], ['Cyrus Yeomans', '23rd of June 2011']]))).toEqual([['My name', 'Cyrus Yeomans'], ['My date of birth', '23rd of June 2011']]);
    expect(read(table([['17 Nov 2025', 'Vernon Inman, EHC Coordinator'], ['Issue date', 'Plan coordinator']]))).toEqual([['Issue date', '17 Nov 2025'], ['Plan coordinator', 'Vernon Inman, EHC Coordinator']]);
  });

  it('reads a caption run on after its value in one box', () => {
    expect(read(table([['04 Sep 2025 Issue date'], ['Leonard Oates, EHC Coordinator Plan coordinator']]))).toEqual([['Issue date', '04 Sep 2025'], ['Plan coordinator', 'Leonard Oates, EHC Coordinator']]);
  });

  it('keeps the ticked option of a row of tick boxes', () => {
    expect(read(table([['Plan status'], ['☐ Draft ☒ Final ☐ Amended following review']]))).toEqual([['Plan status', 'Final']]);
    expect(read(table([['Interpreter needed'], ['☐ Yes ☐ No']]))).toEqual([['Interpreter needed', '']]);
  });
});
