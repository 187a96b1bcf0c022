import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPlans } from '../../core/api/import-plans';
import { readRubricFile } from '../../core/api/rubric-files';
import { labelledFiles } from '../evaluation/labels';
import { moderationRound } from '../exports/moderation-round';
import { everyText, occurrences, readWorkbook } from '../exports/workbook-text';
import { type AppUnderTest, axeViolations, launchChromium, SCREENSHOTS, serious, startApp } from './harness';

const plans = labelledFiles(join(import.meta.dirname, '..', 'fixtures', 'plans'));
// Two plans of each tier from two template families: every grade on the chart, more than one key stage.
const chosen = ['outstanding', 'good', 'requires-improvement', 'inadequate'].flatMap((tier) => plans.filter((p) => p.labels.tier === tier && (p.labels.family === 'dfe' || p.labels.family === 'numbered')).slice(0, 2));

let app: AppUnderTest;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  app = await startApp();
  // The plans go in through the same import the app uses, straight into the served database.
  const report = await importPlans({ db: app.db, toolVersion: 'e2e', now: () => new Date(), workers: 2 }, chosen.map((p) => ({ path: p.path })), readRubricFile());
  expect(report.filter((r) => r.status === 'ok')).toHaveLength(chosen.length);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1366, height: 1100 }, acceptDownloads: true });
  await page.goto(app.bridge.url);
  await page.getByRole('heading', { name: 'Welcome to ehcqa' }).waitFor();
  await page.getByLabel('Name').fill('Sam Okoro');
  await page.getByLabel('Agency').selectOption('send-qa');
  await page.getByRole('button', { name: 'Start auditing' }).click();
  await page.getByRole('heading', { name: 'Plan library' }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** Pixels a chart drew that are not background: a blank canvas has none. */
const inkOf = (id: string) => page.locator(`figure[data-chart="${id}"] canvas`).evaluate((canvas: HTMLCanvasElement) => {
  const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
  let ink = 0;
  for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) ink++;
  return ink;
});

const download = async (click: () => Promise<void>) => {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), bytes: new Uint8Array(readFileSync((await file.path())!)) };
};

describe('the dashboard in a browser', () => {
  it('draws the four charts for the imported plans, each with words and a data table, and is accessible', async () => {
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    await page.getByTestId('dashboard-count').filter({ hasText: `${chosen.length} plans match` }).waitFor();
    for (const id of ['grades', 'trend', 'weakest', 'agency']) {
      const canvas = page.locator(`figure[data-chart="${id}"] canvas`);
      await canvas.waitFor();
      expect(Number(await canvas.getAttribute('data-points')), id).toBeGreaterThan(0);
      expect(await canvas.getAttribute('role')).toBe('img');
      expect(await canvas.getAttribute('aria-label')).toMatch(/\S+: \S+/);
      expect(await inkOf(id), `${id} drew nothing`).toBeGreaterThan(500);
    }
    // The grade table counts every plan once.
    const counts = await page.locator('figure[data-chart="grades"] table tbody tr td:nth-child(2)').allTextContents();
    expect(counts.map(Number).reduce((a, b) => a + b, 0)).toBe(chosen.length);
    expect(await page.locator('figure[data-chart="weakest"] table tbody tr').count()).toBe(10);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'dashboard.png'), fullPage: true });
    const problems = serious(await axeViolations(page));
    expect(problems, JSON.stringify(problems)).toEqual([]);
  });

  it('filters by key stage: fewer plans, charts redrawn', async () => {
    const stages = (await page.locator('#dash-keyStage option').allInnerTexts()).filter((s) => s !== 'All');
    expect(stages.length).toBeGreaterThan(1);
    await page.getByLabel('Key stage').selectOption(stages[0]!);
    const text = await page.getByTestId('dashboard-count').filter({ hasNotText: `${chosen.length} plans match` }).innerText();
    const shown = Number(/^(\d+)/.exec(text)![1]);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(chosen.length);
    const counts = await page.locator('figure[data-chart="grades"] table tbody tr td:nth-child(2)').allTextContents();
    expect(counts.map(Number).reduce((a, b) => a + b, 0)).toBe(shown);
    expect(await inkOf('grades')).toBeGreaterThan(500);
    await page.getByLabel('Key stage').selectOption('');
    await page.getByTestId('dashboard-count').filter({ hasText: `${chosen.length} plans match` }).waitFor();
  });

  it('exports a chart as PNG', async () => {
    const png = await download(() => page.getByTestId('png-grades').click());
    expect(png.name).toBe('ehcqa-grades.png');
    expect([...png.bytes.slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it('downloads the training workbook, pseudonymised unless the switch is on', async () => {
    const names = chosen.map((p) => p.labels.metadata!['name']!);
    const plain = await download(() => page.getByRole('button', { name: 'Download training-needs workbook' }).click());
    expect(plain.name).toMatch(/^ehcqa-training-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const wb = await readWorkbook(plain.bytes);
    expect(wb.worksheets.map((w) => w.name)).toContain('Chart weakest criteria');
    expect(String(wb.getWorksheet('Summary')!.getCell(2, 2).value)).toMatch(/^Pseudonymised/);
    const texts = everyText(wb);
    for (const p of chosen) for (const id of p.labels.identifiers ?? []) expect(occurrences(texts, id), id).toEqual([]);
    await page.getByRole('status').filter({ hasText: 'pseudonymised' }).waitFor();

    await page.getByLabel(/Include identifiers/).check();
    const open = await download(() => page.getByRole('button', { name: 'Download training-needs workbook' }).click());
    expect(open.name).toMatch(/-IDENTIFIERS\.xlsx$/);
    const openWb = await readWorkbook(open.bytes);
    expect(String(openWb.getWorksheet('Summary')!.getCell(2, 2).value)).toMatch(/^INCLUDES IDENTIFIERS/);
    const openTexts = everyText(openWb);
    expect(names.some((n) => occurrences(openTexts, n.split(' ')[0]!).length > 0)).toBe(true);
  });

  it('downloads the moderation workbook of an exercise chosen in the panel', async () => {
    const rubric = readRubricFile();
    const shas = (app.db.prepare("SELECT sha256 FROM plans WHERE status = 'ok' ORDER BY file_name LIMIT 3").all()) as { sha256: string }[];
    await moderationRound({ db: app.db, toolVersion: 'e2e', now: () => new Date(), rubric }, rubric, shas.map((r) => r.sha256), () => 'the child');
    await page.reload();
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    await page.getByLabel('Moderation exercise').selectOption({ label: 'Spring moderation' });
    const file = await download(() => page.getByRole('button', { name: 'Download moderation workbook' }).click());
    expect(file.name).toMatch(/^ehcqa-moderation-\d+-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const wb = await readWorkbook(file.bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Summary', 'Plans', 'Criteria', 'Moderation', 'Agreement', 'Audit trail', 'Guide']);
    expect(wb.getWorksheet('Plans')!.rowCount).toBe(4);
    const texts = everyText(wb);
    for (const p of chosen) for (const id of p.labels.identifiers ?? []) expect(occurrences(texts, id), id).toEqual([]);
  });
});
