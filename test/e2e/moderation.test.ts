import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { labelledFiles } from '../evaluation/labels';
import { fillForm } from '../moderation-cli';
import { type AppUnderTest, axeViolations, launchChromium, SCREENSHOTS, serious, startApp } from './harness';

const plans = labelledFiles(join(import.meta.dirname, '..', 'fixtures', 'plans')).filter((p) => p.labels.tier === 'good').slice(0, 2);

let app: AppUnderTest;
let browser: Browser;
let page: Page;
const people = { lead: 'Lee Lead', education: 'Eve Education', health: 'Hari Health', social: 'Sam Social' } as const;

const shot = async (name: string) => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
};
const expectAccessible = async (screen: string) => {
  const problems = serious(await axeViolations(page));
  expect(problems, `${screen}: ${JSON.stringify(problems)}`).toEqual([]);
};

/** The bridge's API, as the page calls it, for setting up what other tests cover in the UI. */
async function api<T>(name: string, args: unknown): Promise<T> {
  const response = await fetch(`http://127.0.0.1:${app.bridge.port}/api/${name}`, {
    method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Ehcqa-Token': app.bridge.token }, body: JSON.stringify(args),
  });
  const result = (await response.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!result.ok) throw new Error(result.error?.message);
  return result.value;
}

async function actAs(name: string) {
  await page.goto(`${app.bridge.url}#/profile`);
  await page.getByRole('button', { name: new RegExp(`^${name}`) }).click();
  await page.getByText('Auditing as').waitFor();
  await page.getByRole('link', { name: 'Moderation' }).click();
  await page.getByRole('heading', { name: 'Moderation', level: 1 }).waitFor();
}

/** Scores every criterion on the scoring screen, `level` deciding each, and submits. */
async function scoreAndSubmit(level: (criterion: string) => string) {
  const cards = page.locator('article.criterion');
  const ids = await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-criterion')!));
  for (const id of ids) {
    await page.getByLabel(`Level for ${id}`, { exact: true }).selectOption({ label: level(id) });
    await page.getByText(`Saved ${id}.`).waitFor();
  }
  await page.getByRole('button', { name: 'Submit my scores' }).click();
  await page.getByText('Submitted.', { exact: true }).waitFor();
  return ids;
}

let exerciseUrl = '';
let firstPlan = '';

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
  await api('plans.upload', { files: plans.map((p) => ({ name: p.labels.file, dataBase64: readFileSync(p.path).toString('base64') })) });
  await api('auditors.create', { name: people.lead, agency: 'send-qa', role: 'QA lead' });
  await api('auditors.create', { name: people.education, agency: 'education' });
  await api('auditors.create', { name: people.health, agency: 'health' });
  await api('auditors.create', { name: people.social, agency: 'social-care' });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('moderation in a browser, against ehcqa serve', () => {
  it('the QA lead creates an exercise split by agency across education, health and social care', async () => {
    await actAs(people.lead);
    // A random sample offers a size in plans or per cent, a seed and filters.
    await page.getByRole('radio', { name: 'A random sample' }).check();
    await page.getByLabel('Sample size in').selectOption({ label: '% of the plans' });
    await page.getByLabel('Plan type').selectOption({ label: 'Final' });
    await page.getByLabel('Plan dated in').waitFor();
    await expectAccessible('new exercise, sample');
    await page.getByRole('radio', { name: 'Chosen below' }).check();
    await page.getByLabel('Name', { exact: true }).fill('Spring multi-agency panel');
    for (const who of [people.education, people.health, people.social]) await page.getByRole('checkbox', { name: new RegExp(who) }).check();
    for (const p of plans) await page.getByRole('checkbox', { name: new RegExp(String(p.labels.metadata!['name'])) }).check();
    await page.getByLabel('Moderator').selectOption({ label: people.lead });
    await page.getByLabel(/Due date/).fill('2026-12-18');
    await shot('m1-new-exercise');
    await expectAccessible('moderation');
    await page.getByRole('button', { name: 'Create exercise' }).click();
    await page.getByRole('heading', { name: 'Spring multi-agency panel' }).waitFor();
    exerciseUrl = page.url();
    // Paths on this computer are for the command line only: the bridge does not offer them.
    const local = await fetch(`http://127.0.0.1:${app.bridge.port}/api/forms.importFile`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Ehcqa-Token': app.bridge.token }, body: JSON.stringify({ path: '/etc/passwd' }) });
    expect(local.status).toBe(404);
    const grid = page.locator('table.plans').first();
    expect(await grid.innerText()).toMatch(/Not started \(C, G\)/);
    expect(await grid.innerText()).toMatch(/Not started \(D, H\)/);
    firstPlan = (await page.locator('table.plans tbody th').first().innerText()).split(' ')[0]!;
    expect(firstPlan).toMatch(/^EHC-[0-9A-F]{8}$/);
    await expectAccessible('exercise');
  });

  it('education scores blind: the panel hides the others until submission', async () => {
    await actAs(people.education);
    await page.getByRole('link', { name: `Score ${firstPlan}` }).click();
    await page.getByRole('heading', { name: new RegExp(`Scoring ${firstPlan}`) }).waitFor();
    expect(await page.locator('article.criterion').count()).toBe(33);
    expect(await page.getByRole('list', { name: 'Evidence for A1' }).count()).toBeLessThanOrEqual(1);
    await expectAccessible('scoring');
    await shot('m2-blind-scoring');
    const url = page.url();
    await page.goto(url.replace('/score/', '/panel/'));
    await page.getByText(/Blind scoring: submit your own scores/).waitFor();
    // Health's C1, C2, G1, G2 and social care's D1, H1 are hidden; whether they scored them too.
    expect(await page.getByText('hidden until you submit').count()).toBe(6);
    expect(await page.getByTestId('panel-grid').innerText()).not.toMatch(/two levels apart|one level apart/);
    await page.goto(url);
    await page.locator('article.criterion').first().waitFor();
    await scoreAndSubmit(() => 'Met');
  });

  it('health scores only C and G, blind to education until it submits', async () => {
    await actAs(people.health);
    await page.getByRole('link', { name: `Score ${firstPlan}` }).click();
    await page.locator('article.criterion').first().waitFor();
    const url = page.url();
    await page.goto(url.replace('/score/', '/panel/'));
    await page.getByText(/Blind scoring/).waitFor();
    const c1 = page.locator('tr[data-criterion="C1"]');
    expect(await c1.innerText()).toMatch(/hidden until you submit/);
    expect(await c1.innerText()).not.toMatch(/\bMet\b.*\bMet\b/);
    await page.goto(url);
    await page.locator('article.criterion').first().waitFor();
    const ids = await scoreAndSubmit((c) => (c === 'C1' ? 'Not met' : c === 'C2' ? 'Partly met' : 'Met'));
    expect(new Set(ids.map((id) => id[0]))).toEqual(new Set(['C', 'G']));
  });

  it('social care scores in Excel: the form is downloaded, filled by a script, a tampered copy refused naming the cell, the real one imported', async () => {
    await actAs(people.lead);
    await page.goto(exerciseUrl);
    await page.getByLabel('Form for').selectOption({ label: people.social });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download form' }).click()]);
    const formFile = join(app.dir, 'sam-form.xlsx');
    await download.saveAs(formFile);
    expect(download.suggestedFilename()).toBe('scoring-form-Spring-multi-agency-panel-Sam-Social.xlsx');
    const form = readFileSync(formFile);
    const tampered = join(app.dir, 'sam-tampered.xlsx');
    writeFileSync(tampered, await fillForm(form, () => 'Met', (sheet) => { sheet.getCell('C3').value = 'Mostly'; }));
    await page.getByTestId('form-upload').setInputFiles(tampered);
    const refusal = page.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.innerText()).toMatch(/Scores!C3: "Mostly" is not a level/);
    await shot('m3-tampered-form-refused');
    const filled = join(app.dir, 'sam-filled.xlsx');
    writeFileSync(filled, await fillForm(form, (c) => (c === 'D1' ? 'Not met' : 'Partly met')));
    await page.getByTestId('form-upload').setInputFiles(filled);
    await page.getByText(/Imported sam-filled\.xlsx: \d+ levels, 2 plans submitted/).waitFor();
    expect(await page.locator('table.plans').first().innerText()).toMatch(/Submitted \(D, H\)/);
  });

  it('the grid shows every level, disagreements in words and colour; the moderator agrees levels and signs off; a later change needs a reason', async () => {
    await page.getByRole('link', { name: `Panel for ${firstPlan}` }).click();
    await page.getByTestId('panel-grid').waitFor();
    const c1 = page.locator('tr[data-criterion="C1"]');
    expect(await c1.innerText()).toMatch(/Met[\s\S]*Not met[\s\S]*Strong: two levels apart/);
    expect(await c1.getAttribute('class')).toBe('disagree-strong');
    expect(await page.locator('tr[data-criterion="C2"]').innerText()).toMatch(/Mild: one level apart/);
    // Sam's levels came from the form.
    expect(await page.locator('tr[data-criterion="D1"]').innerText()).toMatch(/Not met[\s\S]*Scored from the form/);
    const colour = await c1.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(colour).toBe('rgb(251, 227, 227)');
    await page.getByLabel('About').selectOption('C1');
    await page.getByLabel('Note', { exact: true }).fill('Health advice predates the annual review.');
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByText('Health advice predates the annual review.').waitFor();
    expect(await page.locator('.notes li').first().innerText()).toMatch(/^Lee Lead on C1: Health advice/);
    await expectAccessible('panel');
    await shot('m4-panel-grid-disagreements');

    const rows = await page.locator('tr[data-criterion]').evaluateAll((els) => els.map((e) => e.getAttribute('data-criterion')!));
    for (const id of rows) {
      await page.getByLabel(`Agreed level for ${id}`, { exact: true }).selectOption({ label: id === 'C1' ? 'Partly met' : 'Met' });
      await page.locator(`tr[data-criterion="${id}"]`).getByRole('button', { name: /Save/ }).click();
      await page.getByText(`Agreed level for ${id} saved.`).waitFor();
    }
    await page.getByRole('button', { name: 'Sign off this plan' }).click();
    await page.getByText(/Signed off \d{4}-\d{2}-\d{2}: a change now needs a reason/).waitFor();
    const a1 = page.locator('tr[data-criterion="A1"]');
    await page.getByLabel('Agreed level for A1', { exact: true }).selectOption({ label: 'Partly met' });
    await a1.getByRole('button', { name: /Save/ }).click();
    expect(await page.getByRole('alert').innerText()).toMatch(/signed off: give a reason to change the agreed level of A1/);
    await page.getByLabel(/Reason for the agreed level of A1/).fill('Aspirations are the parent\'s, not the child\'s.');
    await a1.getByRole('button', { name: /Save/ }).click();
    await page.getByText('Agreed level for A1 saved.').waitFor();
    await page.getByText(/History \(\d+ changes\)/).click();
    expect(await page.locator('.history li').last().innerText()).toMatch(/Lee Lead: agreed level of A1: Met → Partly met — Aspirations are the parent's/);
    await shot('m5-panel-signed-off');
    const trail = app.db.prepare("SELECT old_value, new_value, reason FROM trail WHERE entity = 'exercise_agreed' AND entity_key LIKE '%/A1' ORDER BY id").all();
    expect(trail).toEqual([{ old_value: null, new_value: 'met', reason: null }, { old_value: 'met', new_value: 'partly', reason: 'Aspirations are the parent\'s, not the child\'s.' }]);
  });

  it('shows the agreement figures on the exercise', async () => {
    await page.goto(exerciseUrl);
    const table = page.getByTestId('agreement');
    await table.waitFor();
    const overall = await table.locator('tbody tr').first().innerText();
    expect(overall).toMatch(/Overall\s+\d+\s+\d+%/);
    expect(await page.getByText(/Eve Education and Hari Health: weighted kappa/).count()).toBe(1);
    await expectAccessible('exercise with agreement');
    await shot('m6-agreement');
  });
});
