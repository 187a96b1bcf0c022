import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { invoke } from '../core/api';
import { readRubricFile } from '../core/api/rubric-files';
import { type Report } from '../core/pipeline';
import { openDatabase } from '../core/store';
import { AuditPool } from '../core/workers/pool';
import { labelledFiles } from './evaluation/labels';

const source = readFileSync(labelledFiles(join(import.meta.dirname, 'fixtures', 'plans'))[0]!.path);
const dir = mkdtempSync(join(tmpdir(), 'ehcqa-full-'));
const rubric = readRubricFile();
const pool = new AuditPool({ rubric, size: 2 });
afterAll(() => pool.close());

/** Distinct copies of one plan (bytes after %%EOF change the hash, not the content). */
function folderOf(name: string, count: number, from: number): string {
  const folder = join(dir, name);
  mkdirSync(folder);
  for (let i = from; i < from + count; i++) writeFileSync(join(folder, `plan-${i}.pdf`), Buffer.concat([source, Buffer.from(`\n% copy ${i}\n`)]));
  return folder;
}

describe('a full disk during an import', () => {
  it('ends each file that cannot be saved with disk_full and a clear message; what was saved before stays whole', async () => {
    const db = openDatabase(join(dir, 'full.db'));
    const ctx = { db, toolVersion: 'test', now: () => new Date('2026-01-01T00:00:00Z'), pool, rubric };
    const first = await invoke(ctx, 'plans.import', { paths: [folderOf('first', 2, 0)] });
    expect(first.ok).toBe(true);
    expect((first as { value: Report }).value.plans.map((p) => p.status)).toEqual(['ok', 'ok']);

    // SQLite's own size cap stands in for the disk: a few pages more than it holds now.
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages + 4}`);
    const second = await invoke(ctx, 'plans.import', { paths: [folderOf('second', 3, 10)] });
    expect(second.ok).toBe(true);
    const plans = (second as { value: Report }).value.plans;
    expect(plans).toHaveLength(3);
    for (const plan of plans) {
      expect(plan.status).toBe('error');
      if (plan.status === 'error') {
        expect(plan.error.code).toBe('disk_full');
        expect(plan.error.message).toMatch(/^plan-1\d\.pdf was read, but its audit could not be saved because the disk is full\. Free some space and import again; nothing saved earlier was lost\.$/);
      }
    }

    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const count = (sql: string) => (db.prepare(sql).pluck().get() as number);
    // The two plans saved before are whole; nothing of the three refused is half there.
    expect(count("SELECT count(*) FROM plans WHERE status = 'ok'")).toBe(2);
    expect(count('SELECT count(*) FROM plans')).toBe(2);
    expect(count('SELECT count(*) FROM audits')).toBe(2);
    expect(count('SELECT count(*) FROM plan_files')).toBe(2);
    expect(count('SELECT count(*) FROM suggestions')).toBe(2 * rubric.criteria.length);

    // Space again: the same folder imports in full.
    db.pragma('max_page_count = 1073741823');
    const again = await invoke(ctx, 'plans.import', { paths: [join(dir, 'second')] });
    expect((again as { value: Report }).value.plans.map((p) => p.status)).toEqual(['ok', 'ok', 'ok']);
    expect(count('SELECT count(*) FROM plans')).toBe(5);
    db.close();
  }, 180_000);
});
