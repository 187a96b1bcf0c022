import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ApiContext } from '../api/context';
import { seededContext } from '../api/moderation/testing/seed';
import { must, moderationRound, type Round } from '../../test/exports/moderation-round';
import { everyText, occurrences, readWorkbook } from '../../test/exports/workbook-text';
import { type Rubric } from '../rubric';

const NAMES = ['Ruby Lomax', 'Theo Roper', 'Isla Brennan'];
let ctx: ApiContext;
let rubric: Rubric;
let plans: string[];
let round: Round;
let pseudonymised: ExcelJS.Workbook;
let identified: ExcelJS.Workbook;

beforeAll(async () => {
  const seeded = seededContext(3, (i) => ({ name: NAMES[i]!, dateOfBirth: '2014-03-0' + (i + 1), primaryNeed: 'ASD', setting: 'Hill School', caseworker: 'Gemma Yilmaz' }));
  ({ ctx, rubric, plans } = seeded);
  const nameOf = (sha: string) => NAMES[plans.indexOf(sha)]!;
  round = await moderationRound(ctx, rubric, plans, (sha) => `${nameOf(sha).split(' ')[0]} (born 0${plans.indexOf(sha) + 1}/03/2014)`);
  const file = await must(ctx, 'exports.moderation', { exerciseId: round.exerciseId });
  expect(file.identifiers).toBe(false);
  pseudonymised = await readWorkbook(Buffer.from(file.dataBase64, 'base64'));
  identified = await readWorkbook(Buffer.from((await must(ctx, 'exports.moderation', { exerciseId: round.exerciseId, identifiers: true })).dataBase64, 'base64'));
});

const sheet = (wb: ExcelJS.Workbook, name: string) => {
  const found = wb.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
};
const column = (ws: ExcelJS.Worksheet, header: string) => {
  const headers = (ws.getRow(1).values as unknown[]).map((v) => (typeof v === 'string' ? v : ''));
  const index = headers.indexOf(header);
  if (index < 1) throw new Error(`no column ${header} in ${ws.name}`);
  return index;
};

describe('the moderation results workbook', () => {
  it('has the sheets of the issue, in order, each with a frozen header and a filter', () => {
    expect(pseudonymised.worksheets.map((w) => w.name)).toEqual(['Summary', 'Plans', 'Criteria', 'Moderation', 'Agreement', 'Audit trail', 'Guide']);
    for (const name of ['Plans', 'Criteria', 'Moderation', 'Agreement', 'Audit trail']) {
      const ws = sheet(pseudonymised, name);
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter, name).toBeTruthy();
      expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    }
  });

  it('summarises grades with shares, says it is pseudonymised and which plans were chosen', () => {
    const ws = sheet(pseudonymised, 'Summary');
    const rows = ws.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
    const find = (label: string) => rows.find((r) => r[0] === label)!;
    expect(String(find('Identifiers')[1])).toMatch(/^Pseudonymised/);
    expect(find('Plans')[1]).toBe(3);
    expect(String(find('Filters used')[1])).toBe('Plans chosen by hand');
    const grades = ['Outstanding', 'Good', 'Requires improvement', 'Inadequate'].map((g) => find(g));
    expect(grades.reduce((n, r) => n + Number(r[1]), 0)).toBe(3);
    const good = find('Good or better');
    expect(good[2]).toBeCloseTo((Number(grades[0]![1]) + Number(grades[1]![1])) / 3);
    const goodRow = rows.indexOf(good) + 1;
    expect(ws.getRow(goodRow).getCell(3).numFmt).toBe('0%');
    expect(String(sheet(identified, 'Summary').getCell(3, 2).value)).toMatch(/^INCLUDES IDENTIFIERS/);
  });

  it('lists each plan with its reference, key stage, need, setting, date and both grades', () => {
    const ws = sheet(pseudonymised, 'Plans');
    expect(ws.rowCount).toBe(4);
    const row = ws.getRow(2);
    expect(String(row.getCell(column(ws, 'Reference')).value)).toMatch(/^EHC-[0-9A-F]{8}$/);
    expect(String(row.getCell(column(ws, 'Child')).value)).toMatch(/^Child [0-9A-F]{8}$/);
    expect(row.getCell(column(ws, 'Key stage')).value).toBe('KS2');
    expect(row.getCell(column(ws, 'Primary need')).value).toBe('ASD');
    expect(row.getCell(column(ws, 'Caseworker')).value).toBe('Gemma Yilmaz');
    expect(row.getCell(column(ws, 'Plan date')).value).toEqual(new Date('2026-02-10T00:00:00Z'));
    expect(ws.getColumn(column(ws, 'Plan date')).numFmt).toBe('yyyy-mm-dd');
    expect(row.getCell(column(ws, 'Agreed grade')).value).toMatch(/Outstanding|Good|Requires improvement|Inadequate/);
    expect(sheet(identified, 'Plans').getRow(2).getCell(column(ws, 'Child')).value).toBe(NAMES[0]);
  });

  it('colours agreed levels by fill and word, with conditional formatting over the grid', () => {
    const ws = sheet(pseudonymised, 'Criteria');
    expect(ws.getRow(1).getCell(3).value).toBe(rubric.criteria[0]!.id);
    expect(ws.getRow(1).getCell(3).note).toBeTruthy();
    const words = new Set<string>();
    for (let c = 3; c < 3 + rubric.criteria.length; c++) {
      const cell = ws.getRow(2).getCell(c);
      words.add(String(cell.value));
      const fill = cell.fill as ExcelJS.FillPattern;
      const expected = { Met: 'FFC6EFCE', 'Partly met': 'FFFFEB9C', 'Not met': 'FFFFC7CE', 'N/A': 'FFEDEDED' }[String(cell.value)];
      expect(fill.fgColor?.argb).toBe(expected);
    }
    expect([...words].every((w) => ['Met', 'Partly met', 'Not met', 'N/A'].includes(w))).toBe(true);
    // Read back, exceljs gives the rule as the formula Excel stores; the longer words first, so "Met" does not win inside "Not met".
    const cf = (ws as unknown as { conditionalFormattings: { ref: string; rules: { type: string; priority: number; formulae: string[] }[] }[] }).conditionalFormattings;
    expect(cf[0]!.ref).toBe('C2:AI4');
    expect(cf[0]!.rules.map((r) => [r.type, r.priority, /SEARCH\("([^"]+)"/.exec(r.formulae[0]!)?.[1]])).toEqual([
      ['containsText', 1, 'Not met'], ['containsText', 2, 'Partly met'], ['containsText', 3, 'N/A'], ['containsText', 4, 'Met'],
    ]);
  });

  it('shows every auditor\'s level and reason beside the agreed one, with a drop-down on the agreed level', () => {
    const ws = sheet(pseudonymised, 'Moderation');
    expect(ws.rowCount).toBe(1 + 3 * rubric.criteria.length);
    const agreed = column(ws, 'Agreed level');
    expect(column(ws, 'Dana Whitcombe (send-qa)')).toBe(4);
    expect(column(ws, 'Tom Reyes (health)')).toBe(6);
    const row = ws.getRow(2);
    expect(row.getCell(agreed).dataValidation).toMatchObject({ type: 'list', formulae: ['"Met,Partly met,Not met,N/A"'] });
    expect(String(row.getCell(5).value)).toMatch(/^Child [0-9A-F]{8} \(born \[date of birth\]\) has no clear outcome/);
    // The second auditor differs on every third criterion: those rows say the auditors do not agree.
    expect(row.getCell(column(ws, 'Auditors agree')).value).toBe('No');
    expect(ws.getRow(3).getCell(column(ws, 'Auditors agree')).value).toBe('Yes');
  });

  it('reports agreement figures the agreement operation reports', async () => {
    const view = await must(ctx, 'exercises.agreement', { exerciseId: round.exerciseId });
    const ws = sheet(pseudonymised, 'Agreement');
    const all = ws.getRow(2);
    expect(all.getCell(1).value).toBe('All criteria');
    expect(all.getCell(5).value).toBeCloseTo(view.agreement.overall.percentAgreement!, 6);
    expect(all.getCell(6).value).toBeCloseTo(view.agreement.overall.fleissKappa!, 6);
    expect(ws.getColumn(5).numFmt).toBe('0%');
    const texts = everyText(pseudonymised);
    expect(texts).toContain('Tool against agreed levels');
  });

  it('keeps the audit trail with plans by reference', () => {
    const ws = sheet(pseudonymised, 'Audit trail');
    expect(ws.rowCount).toBeGreaterThan(3 * rubric.criteria.length * 3);
    const text = everyText(pseudonymised).join('\n');
    for (const sha of plans) expect(text).not.toContain(sha);
  });

  it('has no name, date of birth or NHS number anywhere by default, and has them with identifiers', () => {
    const texts = everyText(pseudonymised);
    for (const name of NAMES) for (const part of [name, name.split(' ')[0]!]) expect(occurrences(texts, part), part).toEqual([]);
    expect(occurrences(texts, '01/03/2014')).toEqual([]);
    const open = everyText(identified);
    for (const name of NAMES) expect(occurrences(open, name).length).toBeGreaterThan(0);
    expect(occurrences(open, '01/03/2014').length).toBeGreaterThan(0);
  });

  it('has a guide with the rubric and the grading rule', () => {
    const ws = sheet(pseudonymised, 'Guide');
    const text = everyText(pseudonymised).join('\n');
    expect(text).toMatch(/Grading rule/);
    expect(text).toContain(rubric.criteria[0]!.met);
    expect(ws.rowCount).toBeGreaterThan(rubric.criteria.length);
  });
});
