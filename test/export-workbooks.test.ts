import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRubricFile } from '../core/api/rubric-files';
import { openDatabase, type WriteDb } from '../core/store';
import { type LabelledFile, labelledFiles } from './evaluation/labels';
import { convertWithLibreOffice, sofficePath } from './exports/libreoffice';
import { moderationRound, must } from './exports/moderation-round';
import { everyText, occurrences, readWorkbook } from './exports/workbook-text';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'ehcqa.js');
const plans = labelledFiles(join(import.meta.dirname, 'fixtures', 'plans'));
const rubric = readRubricFile();

async function ehcqa(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const dir = mkdtempSync(join(tmpdir(), 'ehcqa-exports-'));
const database = join(dir, 'exports.db');
let bySha: Map<string, LabelledFile>;
let exerciseId: number;
const files: Record<'training' | 'trainingIds' | 'moderation' | 'moderationIds', { bytes: Uint8Array; wb: ExcelJS.Workbook; stdout: string }> = {} as never;

/** Who the plan's family are, in the words an auditor might type into a comment. */
const mentionOf = (p: LabelledFile) => {
  const ids = p.labels.identifiers ?? [];
  return `${ids[1] ?? 'the child'} (mum ${ids[2] ?? ''}, tel ${ids.find((i) => /^0\d/.test(i)) ?? ''})`;
};

beforeAll(async () => {
  // All 48 labelled plans, audited once for the whole file (the costly part: ~15 s of CPU).
  const audit = await ehcqa(['audit', join(import.meta.dirname, 'fixtures', 'plans'), '--db', database, '--workers', '2']);
  expect(audit.code).toBe(0);
  const db: WriteDb = openDatabase(database);
  try {
    const ctx = { db, toolVersion: 'test', now: () => new Date('2026-03-02T10:00:00Z'), rubric };
    const stored = await must(ctx, 'plans.list', {});
    bySha = new Map(stored.map((row) => [row.sha256, plans.find((p) => p.path.endsWith(`/${row.fileName}`))!]));
    const shas = [...bySha.keys()];
    // An auditor's review of six plans: overrides with reasons and notes that name the family.
    const auditor = await must(ctx, 'auditors.create', { name: 'Jo Whitaker', agency: 'education' });
    for (const sha of shas.slice(0, 6)) {
      const mention = mentionOf(bySha.get(sha)!);
      const review = await must(ctx, 'audits.review', { sha256: sha, auditorId: auditor.id });
      const f2 = review.suggestions.find((s) => s.criterion === 'F2')!;
      await must(ctx, 'audits.setLevel', { sha256: sha, auditorId: auditor.id, criterion: 'F2', level: f2.level === 'not_met' ? 'partly' : 'not_met', reason: `Provision for ${mention} says "as required" throughout; no hours are given.` });
      await must(ctx, 'audits.setNote', { sha256: sha, auditorId: auditor.id, criterion: 'E2', note: `Outcomes for ${mention} describe what staff will provide, not what the child will achieve.` });
      await must(ctx, 'audits.setOverall', { sha256: sha, auditorId: auditor.id, note: `Spoke to ${mention}; the family's views are missing from section A.` });
    }
    ({ exerciseId } = await moderationRound(ctx, rubric, shas.slice(0, 4), (sha) => mentionOf(bySha.get(sha)!)));
  } finally {
    db.close();
  }
  const exportTo = async (key: keyof typeof files, args: string[]) => {
    const out = join(dir, `${key}.xlsx`);
    const result = await ehcqa(['export', ...args, '--out', out, '--db', database]);
    expect(result.code, result.stderr).toBe(0);
    const bytes = new Uint8Array(readFileSync(out));
    files[key] = { bytes, wb: await readWorkbook(bytes), stdout: result.stdout };
  };
  await exportTo('training', ['training']);
  await exportTo('trainingIds', ['training', '--identifiers']);
  await exportTo('moderation', ['moderation', '--exercise', String(exerciseId)]);
  await exportTo('moderationIds', ['moderation', '--exercise', String(exerciseId), '--identifiers']);
}, 300_000);

afterAll(() => undefined);

const leaksIn = (wb: ExcelJS.Workbook) => {
  const texts = everyText(wb);
  return plans.flatMap((p) => (p.labels.identifiers ?? []).flatMap((id) => occurrences(texts, id).map((hit) => `${p.labels.file}: "${id}" in "${hit.slice(0, 120)}"`)));
};

describe('pseudonymisation on the labelled plans', () => {
  it('the training workbook holds none of any plan\'s known identifiers (every cell, note, sheet name)', () => {
    expect(files.training.stdout).toMatch(/48 plans, pseudonymised/);
    expect(leaksIn(files.training.wb)).toEqual([]);
  });

  it('the moderation workbook holds none either, comments and trail included', () => {
    expect(leaksIn(files.moderation.wb)).toEqual([]);
  });

  it('with --identifiers they appear, and the workbook says so', () => {
    expect(files.trainingIds.stdout).toMatch(/WITH IDENTIFIERS/);
    expect(String(files.trainingIds.wb.getWorksheet('Summary')!.getCell(2, 2).value)).toMatch(/^INCLUDES IDENTIFIERS/);
    expect(leaksIn(files.trainingIds.wb).length).toBeGreaterThan(20);
    const moderation = everyText(files.moderationIds.wb);
    for (const label of [...bySha.values()].slice(0, 4)) expect(occurrences(moderation, label.labels.metadata!['name']!).length, label.labels.file).toBeGreaterThan(0);
    // The auditors' comments keep the family's names and phone number as typed.
    const phone = [...bySha.values()][0]!.labels.identifiers!.find((i) => /^0\d/.test(i))!;
    expect(occurrences(moderation, phone).length).toBeGreaterThan(0);
  });
});

describe('the training-needs workbook', () => {
  const sheet = (name: string) => files.training.wb.getWorksheet(name)!;
  const rows = (name: string) => (sheet(name).getSheetValues().slice(2) as unknown[][]).filter(Boolean).map((r) => r.slice(1));

  it('has its sheets, each table with a frozen header and a filter', () => {
    expect(files.training.wb.worksheets.map((w) => w.name)).toEqual([
      'Summary', 'Themes', 'By section', 'By agency', 'By caseworker', 'By key stage', 'By primary need', 'By setting', 'By period',
      'Vague phrases', 'Disguised outcomes', 'Comment themes', 'Trend', 'Chart weakest criteria', 'Guide',
    ]);
    for (const ws of files.training.wb.worksheets.filter((w) => !['Summary', 'Guide'].includes(w.name))) {
      expect(ws.views[0], ws.name).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter, ws.name).toBeTruthy();
    }
  });

  it('ranks the 33 criteria by weak share, with what met looks like and quotes with identifiers removed', () => {
    const themes = rows('Themes');
    expect(themes).toHaveLength(33);
    const shares = themes.map((r) => (r[9] === undefined ? -1 : Number(r[9])));
    expect([...shares].sort((a, b) => b - a)).toEqual(shares);
    expect(themes[0]![0]).toBe(1);
    expect(themes[0]![5]).toBe(rubric.criteria.find((c) => c.id === themes[0]![1])!.met);
    expect(String(themes[0]![10])).toMatch(/^“.+” \(EHC-[0-9A-F]{8}\)/);
    expect(sheet('Themes').getColumn(10).numFmt).toBe('0%');
    const cf = (sheet('Themes') as unknown as { conditionalFormattings: { rules: { type: string }[] }[] }).conditionalFormattings;
    expect(cf[0]!.rules[0]!.type).toBe('colorScale');
  });

  it('breaks weaknesses down by key stage with one column per criterion', () => {
    const ws = sheet('By key stage');
    expect(ws.getRow(1).getCell(5).value).toBe(rubric.criteria[0]!.id);
    const stages = rows('By key stage').map((r) => r[0]);
    expect(stages).toEqual(expect.arrayContaining(['KS2', 'KS3']));
    const total = rows('By key stage').reduce((n, r) => n + Number(r[1]), 0);
    expect(total).toBe(48);
  });

  it('counts the vague phrases of provision and lists disguised outcomes', () => {
    const phrases = rows('Vague phrases');
    expect(phrases.length).toBeGreaterThan(0);
    const counts = phrases.map((r) => Number(r[1]));
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    expect(String(phrases[0]![4])).toMatch(/^“.+” \(EHC-/);
    expect(rows('Disguised outcomes').length).toBeGreaterThan(0);
  });

  it('groups the auditors\' comments into themes', () => {
    const themes = rows('Comment themes');
    expect(themes.reduce((n, r) => n + Number(r[1]), 0)).toBe(18);
    expect(themes.length).toBeGreaterThanOrEqual(3);
    expect(themes.map((t) => String(t[3] ?? ''))).toEqual(expect.arrayContaining(['F2', 'E2']));
    expect(themes.some((t) => /Child [0-9A-F]{8}/.test(String(t[4])))).toBe(true);
  });

  it('shows the trend by month, in order', () => {
    const months = rows('Trend').map((r) => String(r[0]));
    expect([...months].sort()).toEqual(months);
    expect(rows('Trend').reduce((n, r) => n + Number(r[1]), 0)).toBe(48);
  });

  it('takes a period: --from/--to keep plans dated within it, and refuse an empty one', async () => {
    const out = join(dir, 'period.xlsx');
    const months = rows('Trend').map((r) => String(r[0]));
    const last = months[months.length - 1]!;
    const within = await ehcqa(['export', 'training', '--from', `${last}-01`, '--to', `${last}-31`, '--out', out, '--db', database]);
    expect(within.code, within.stderr).toBe(0);
    const expected = Number(rows('Trend').find((r) => r[0] === last)![1]);
    expect(within.stdout).toContain(`${expected} plans`);
    const none = await ehcqa(['export', 'training', '--from', '1990-01-01', '--to', '1990-12-31', '--out', out, '--db', database]);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/nothing to export/);
  });
});

describe('ehcqa export errors', () => {
  it('exit 2 on usage errors, 1 on an unknown exercise', async () => {
    expect((await ehcqa(['export', 'training', '--db', database])).code).toBe(2);
    expect((await ehcqa(['export', 'moderation', '--out', join(dir, 'x.xlsx'), '--db', database])).code).toBe(2);
    expect((await ehcqa(['export', 'training', '--from', '2026-13', '--out', join(dir, 'x.xlsx'), '--db', database])).code).toBe(2);
    const unknown = await ehcqa(['export', 'moderation', '--exercise', '999', '--out', join(dir, 'x.xlsx'), '--db', database]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no exercise with id 999/);
  });
});

describe('LibreOffice opens the workbooks', () => {
  const soffice = sofficePath();
  it.skipIf(!soffice)('converts both workbooks headless, every sheet and its content intact', async () => {
    for (const key of ['training', 'moderation'] as const) {
      const converted = await readWorkbook(await convertWithLibreOffice(soffice!, files[key].bytes, 'xlsx'));
      expect(converted.worksheets.map((w) => w.name)).toEqual(files[key].wb.worksheets.map((w) => w.name));
      const original = files[key].wb.worksheets[1]!;
      const copy = converted.worksheets[1]!;
      expect(copy.getRow(1).values).toEqual(original.getRow(1).values);
      expect(String(copy.getRow(2).getCell(1).value)).toBe(String(original.getRow(2).getCell(1).value));
      expect(leaksIn(converted)).toEqual([]);
    }
    const csv = Buffer.from(await convertWithLibreOffice(soffice!, files.moderation.bytes, 'csv')).toString('utf8');
    expect(csv).toMatch(/^Moderation exercise,Spring moderation/);
  }, 240_000);
  if (!soffice) it('LibreOffice is not installed here: the conversion test is skipped (CI installs libreoffice-calc-nogui)', () => expect(soffice).toBeNull());
});
