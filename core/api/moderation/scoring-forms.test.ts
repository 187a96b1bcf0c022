import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { must, refusal, seededContext } from './testing/seed';

async function setUp() {
  const seeded = seededContext(2);
  const { ctx } = seeded;
  const health = await must(ctx, 'auditors.create', { name: 'Hari Health', agency: 'health' });
  const education = await must(ctx, 'auditors.create', { name: 'Eve Education', agency: 'education' });
  const exercise = (await must(ctx, 'exercises.create', { name: 'Forms round', auditorIds: [health.id, education.id], plans: seeded.plans, splitByAgency: true })).exercise;
  const other = (await must(ctx, 'exercises.create', { name: 'Other round', auditorIds: [health.id], plans: seeded.plans.slice(0, 1), splitByAgency: true })).exercise;
  const exported = await must(ctx, 'forms.export', { exerciseId: exercise.id, auditorId: health.id });
  return { ...seeded, health, education, exercise, other, form: Buffer.from(exported.dataBase64, 'base64'), exported };
}

async function open(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}
const save = async (workbook: ExcelJS.Workbook) => Buffer.from(await workbook.xlsx.writeBuffer());

/** Fills every Level cell the way an auditor would, from the drop-down's words. */
async function filled(form: Buffer, edit?: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = await open(form);
  const sheet = workbook.getWorksheet('Scores')!;
  for (let r = 2; r <= sheet.rowCount; r++) {
    sheet.getCell(r, 3).value = r % 2 === 0 ? 'Partly met' : 'Met';
    sheet.getCell(r, 4).value = `Reason on row ${r}`;
  }
  edit?.(sheet, workbook);
  return save(workbook);
}

const counts = (db: ReturnType<typeof seededContext>['db']) => ({
  scores: db.prepare('SELECT count(*) FROM exercise_scores').pluck().get(),
  imports: db.prepare('SELECT count(*) FROM form_imports').pluck().get(),
  trail: db.prepare('SELECT count(*) FROM trail').pluck().get(),
  submitted: db.prepare("SELECT count(*) FROM exercise_assignments WHERE status = 'submitted'").pluck().get(),
});

describe('the Excel scoring form', () => {
  it('holds the auditor\'s plans and sections, a drop-down of levels, locked structure, pseudonymised evidence and hidden identity', async () => {
    const { form, health, exercise, plans, exported } = await setUp();
    expect(exported.fileName).toBe('scoring-form-Forms-round-Hari-Health.xlsx');
    const workbook = await open(form);
    const sheet = workbook.getWorksheet('Scores')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1, 5)).toEqual(['Plan', 'Criterion', 'Level', 'Reason']);
    // Health: sections C and G only, two plans.
    const criteria = Array.from({ length: sheet.rowCount - 1 }, (_, i) => String(sheet.getCell(i + 2, 2).value));
    expect(new Set(criteria.map((c) => c[0]))).toEqual(new Set(['C', 'G']));
    expect(String(sheet.getCell(2, 1).value)).toBe(`EHC-${plans[0]!.slice(0, 8).toUpperCase()}`);
    expect(sheet.getCell('C2').dataValidation).toMatchObject({ type: 'list', formulae: ['"Met,Partly met,Not met,N/A"'] });
    expect(sheet.getCell('C2').protection?.locked).toBe(false);
    expect(sheet.getCell('D2').protection?.locked).toBe(false);
    expect(sheet.getCell('A2').protection?.locked).not.toBe(false);
    expect((sheet as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
    const identity = workbook.getWorksheet('Form')!;
    expect(identity.state).toBe('veryHidden');
    expect(identity.getCell('B2').value).toBe(exercise.id);
    expect(identity.getCell('B3').value).toBe(health.id);
    // Evidence is for reference, with the child's name and NHS number masked.
    const evidence = String(sheet.getCell(2, 8).value);
    expect(evidence).toContain('[name] quote for');
    expect(evidence).toContain('[number]');
    const text = JSON.stringify(workbook.worksheets.map((w) => w.getSheetValues()));
    expect(text).not.toMatch(/Child Number|943 476 5919/);
  });

  it('round trip: a filled form is imported whole and its plans submitted; the same form again is refused', async () => {
    const { ctx, db, form, health, exercise } = await setUp();
    const returned = await filled(form);
    const result = await must(ctx, 'forms.import', { dataBase64: returned.toString('base64'), exerciseId: exercise.id, auditorId: health.id });
    expect(result).toMatchObject({ exerciseId: exercise.id, auditorId: health.id, submitted: 2 });
    const view = await must(ctx, 'exercises.assignment', { exerciseId: exercise.id, auditorId: health.id });
    expect(view.plans.map((p) => p.status)).toEqual(['submitted', 'submitted']);
    expect(view.plans[0]!.items[0]).toMatchObject({ level: 'partly', reason: 'Reason on row 2' });
    expect(view.plans[0]!.items[1]).toMatchObject({ level: 'met', reason: 'Reason on row 3' });
    expect(result.scores).toBe(view.plans.reduce((n, p) => n + p.items.length, 0));
    expect(db.prepare("SELECT DISTINCT source FROM exercise_scores").pluck().all()).toEqual(['form']);
    const before = counts(db);
    const again = await refusal(ctx, 'forms.import', { dataBase64: returned.toString('base64') });
    expect(again.code).toBe('invalid_form');
    expect(again.message).toMatch(/Form!B1: this form was already imported/);
    expect(counts(db)).toEqual(before);
  });

  it('a partly filled form stores what is there and leaves the plans in progress', async () => {
    const { ctx, form, health, exercise } = await setUp();
    const workbook = await open(form);
    workbook.getWorksheet('Scores')!.getCell('C2').value = 'not met';
    const result = await must(ctx, 'forms.import', { dataBase64: (await save(workbook)).toString('base64') });
    expect(result).toMatchObject({ scores: 1, submitted: 0 });
    const view = await must(ctx, 'exercises.assignment', { exerciseId: exercise.id, auditorId: health.id });
    expect(view.plans.map((p) => p.status)).toEqual(['in_progress', 'assigned']);
  });

  const refusals: [string, (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void, RegExp][] = [
    ['an unknown level', (s) => { s.getCell('C7').value = 'Mostly'; }, /Scores!C7: "Mostly" is not a level; use Met, Partly met, Not met or N\/A\./],
    ['a changed plan', (s) => { s.getCell('A3').value = 'EHC-00000000'; }, /Scores!A3: the plan was changed from EHC-[0-9A-F]{8} to "EHC-00000000"/],
    ['a changed criterion', (s) => { s.getCell('B4').value = 'F2'; }, /Scores!B4: the criterion was changed from \w+ to "F2"/],
    ['an added row', (s) => { s.addRow(['EHC-12345678', 'A1', 'Met', 'extra']); }, /Scores!A\d+: this row was added/],
    ['a removed row', (s) => { s.spliceRows(s.rowCount, 1); }, /Scores!A\d+: the row for plan EHC-[0-9A-F]{8}, criterion \w+ was removed/],
    ['a changed exercise id', (_s, w) => { w.getWorksheet('Form')!.getCell('B2').value = 999; }, /Form!B2: the form was issued for exercise \d+; the exercise id was changed to 999/],
    ['a renamed header', (s) => { s.getCell('C1').value = 'Score'; }, /Scores!C1: the header should be "Level", not "Score"/],
  ];
  for (const [what, edit, message] of refusals) {
    it(`refuses ${what}, naming the cell, and stores nothing`, async () => {
      const { ctx, db, form } = await setUp();
      const before = counts(db);
      const error = await refusal(ctx, 'forms.import', { dataBase64: (await filled(form, edit)).toString('base64') });
      expect(error.code).toBe('invalid_form');
      expect(error.message).toMatch(/^The form was refused; nothing was imported\./);
      expect(error.message).toMatch(message);
      expect(counts(db)).toEqual(before);
    });
  }

  it('refuses a form of another exercise or auditor when imported into this one, and a file that is not a workbook', async () => {
    const { ctx, db, form, other, education } = await setUp();
    const before = counts(db);
    const data = (await filled(form)).toString('base64');
    expect((await refusal(ctx, 'forms.import', { dataBase64: data, exerciseId: other.id })).message).toMatch(/Form!B2: this form belongs to exercise \d+, not exercise \d+/);
    expect((await refusal(ctx, 'forms.import', { dataBase64: data, auditorId: education.id })).message).toMatch(/Form!B3: this form belongs to auditor \d+, not auditor \d+/);
    expect((await refusal(ctx, 'forms.import', { dataBase64: Buffer.from('%PDF-1.7 not a workbook').toString('base64') })).message).toMatch(/not an Excel workbook/);
    expect(counts(db)).toEqual(before);
  });

  it('reports every problem of a form at once', async () => {
    const { ctx, form } = await setUp();
    const error = await refusal(ctx, 'forms.import', { dataBase64: (await filled(form, (s) => { s.getCell('C2').value = 'Good'; s.getCell('C5').value = 'Excellent'; })).toString('base64') });
    expect(error.message).toMatch(/Scores!C2: "Good"/);
    expect(error.message).toMatch(/Scores!C5: "Excellent"/);
  });
});
