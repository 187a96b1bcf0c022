import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { labelledFiles } from '../evaluation/labels';
import { type AppUnderTest, axeViolations, folderOf, launchChromium, SCREENSHOTS, serious, startApp } from './harness';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const plans = labelledFiles(join(fixtures, 'plans'));
// A good plan (so a limiting override visibly lowers its grade), two more, and one bad file.
const goodPlan = plans.find((p) => p.labels.tier === 'outstanding' && p.labels.producer === 'chromium') ?? plans[0]!;
const others = plans.filter((p) => p !== goodPlan && p.labels.tier === 'good').slice(0, 2);
const badFile = labelledFiles(join(fixtures, 'bad')).find((b) => b.labels.expectedCode === 'corrupt')!;

let app: AppUnderTest;
let browser: Browser;
let page: Page;

const shot = async (name: string) => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
};

const expectAccessible = async (screen: string) => {
  const problems = serious(await axeViolations(page));
  expect(problems, `${screen}: ${JSON.stringify(problems)}`).toEqual([]);
};

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('the app in a browser, against ehcqa serve', () => {
  it('asks for the auditor profile on first start', async () => {
    await page.goto(app.bridge.url);
    await page.getByRole('heading', { name: 'Welcome to ehcqa' }).waitFor();
    await shot('1-first-start-profile');
    await expectAccessible('profile');
    await page.getByLabel('Name').fill('Priya Shah');
    await page.getByLabel('Agency').selectOption('send-qa');
    await page.getByLabel(/Role/).fill('QA lead');
    await page.getByRole('button', { name: 'Start auditing' }).click();
    await page.getByRole('heading', { name: 'Plan library' }).waitFor();
    await page.getByText('Auditing as').waitFor();
  });

  it('imports a folder with a progress bar, reporting the bad file in words', async () => {
    const folder = folderOf([goodPlan.path, ...others.map((o) => o.path), badFile.path], app.dir);
    await page.getByTestId('import-folder').setInputFiles(folder);
    await page.getByText('Done: 3 of 4 files audited.').waitFor({ timeout: 90_000 });
    expect(await page.locator('#import-bar').getAttribute('value')).toBe('4');
    const bad = page.locator('.outcomes li.bad');
    expect(await bad.count()).toBe(1);
    expect(await bad.innerText()).toContain(badFile.path.split('/').pop()!);
    expect(await bad.innerText()).toMatch(/damaged/);
    expect(await page.locator('table.plans tbody tr').count()).toBe(3);
    await shot('2-library-after-import');
    await expectAccessible('library');
  });

  it('opens a plan, and clicking evidence highlights it on the rendered page', async () => {
    const name = goodPlan.labels.metadata?.['name'] ?? null;
    await (name ? page.getByRole('link', { name }) : page.locator('table.plans tbody a').first()).click();
    await page.getByRole('heading', { name: /Rubric/ }).waitFor();
    await page.locator('canvas[data-page="1"]').waitFor();
    await page.waitForFunction(() => document.querySelectorAll('canvas[data-page]').length > 1);
    const evidence = page.getByTestId('evidence').first();
    await evidence.click();
    const mark = page.getByTestId('evidence-highlight').first();
    await mark.waitFor({ timeout: 15_000 });
    await mark.locator('xpath=../canvas[@data-rendered="true"]').waitFor({ timeout: 30_000 });
    const box = await mark.boundingBox();
    expect(box && box.width > 5 && box.height > 3).toBe(true);
    await shot('3-plan-view-evidence-highlighted');
    await expectAccessible('plan');
  });

  it('overrides a criterion with a reason and the grade changes, naming the limiting criterion', async () => {
    const before = await page.getByTestId('overall-grade').innerText();
    const card = page.locator('article[data-criterion="F2"]');
    await card.focus();
    await page.keyboard.press('3');
    const reason = page.getByLabel(/Why Not met rather than/);
    await reason.fill('Provision for speech and language says "regular sessions" with no frequency.');
    await page.keyboard.press('Enter');
    await page.getByTestId('limited-by').waitFor();
    expect(await page.getByTestId('limited-by').innerText()).toContain('F2');
    const after = await page.getByTestId('overall-grade').innerText();
    expect(['Requires improvement', 'Inadequate']).toContain(after);
    expect(after === before && before !== 'Requires improvement' && before !== 'Inadequate').toBe(false);
    await card.getByText(/overrides the tool/).waitFor();
    await page.getByLabel('Note', { exact: true }).first().fill('Checked against the therapy advice.');
    await page.getByRole('heading', { name: /Rubric/ }).click();
    await page.getByText(/Note on A1 saved/).waitFor();
    await shot('4-plan-view-after-override');
  });

  it('finds it all saved after a reload', async () => {
    await page.reload();
    await page.getByRole('heading', { name: /Rubric/ }).waitFor();
    const card = page.locator('article[data-criterion="F2"]');
    await card.getByText(/set: Not met, overrides the tool/).waitFor();
    expect(await card.innerText()).toContain('regular sessions');
    expect(await page.getByTestId('limited-by').innerText()).toContain('F2');
    expect(await page.getByLabel('Note', { exact: true }).first().inputValue()).toBe('Checked against the therapy advice.');
  });
});
