import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { readRubricFile } from '../../core/api/rubric-files';
import { type Bridge, startBridge } from '../../core/bridge/server';
import { openDatabase, type WriteDb } from '../../core/store';
import { AuditPool } from '../../core/workers/pool';

export const ROOT = join(import.meta.dirname, '..', '..');
export const APP_FOLDER = join(ROOT, 'renderer', 'dist');
export const SCREENSHOTS = join(ROOT, 'test', 'output', 'screenshots');

/** Chromium as the brief prescribes: Debian's binary, headless, no network chatter. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM'] ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export interface AppUnderTest {
  readonly bridge: Bridge;
  readonly db: WriteDb;
  readonly dir: string;
  close(): Promise<void>;
}

let built = false;
/** Builds the renderer once per test run, so the browser sees what users get. */
export async function buildRenderer(): Promise<void> {
  if (built) return;
  // Vitest sets NODE_ENV=test, which would give React's development build: test what ships.
  const env = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  try {
    await build({ configFile: join(ROOT, 'renderer', 'vite.config.ts'), logLevel: 'warn', mode: 'production' });
  } finally {
    process.env['NODE_ENV'] = env;
  }
  built = true;
}

/** A real `ehcqa serve` bridge over a fresh database in a temporary folder. */
export async function startApp(): Promise<AppUnderTest> {
  await buildRenderer();
  const dir = mkdtempSync(join(tmpdir(), 'ehcqa-e2e-'));
  const db = openDatabase(join(dir, 'app.db'));
  const rubric = readRubricFile();
  const pool = new AuditPool({ rubric, size: 2 });
  const bridge = await startBridge({ ctx: { db, toolVersion: 'e2e', now: () => new Date(), pool, rubric }, appFolder: APP_FOLDER });
  return {
    bridge, db, dir,
    close: async () => {
      await bridge.close();
      await pool.close();
      db.close();
    },
  };
}

/** Copies fixtures into a folder of their own, as a QA lead's shared folder would hold them. */
export function folderOf(files: readonly string[], dir: string): string {
  const folder = join(dir, 'plans-to-import');
  for (const file of files) cpSync(file, join(folder, file.split('/').pop()!));
  return folder;
}

export async function axeViolations(page: Page): Promise<{ id: string; impact: string | null; help: string; nodes: number }[]> {
  const { source } = (await import('axe-core')).default as unknown as { source: string };
  // Evaluated through the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(source);
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: unknown[] }[] }> } }).axe;
    return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
  });
  return results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length }));
}

export const serious = (violations: Awaited<ReturnType<typeof axeViolations>>) => violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
