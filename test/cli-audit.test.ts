import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { type Report } from '../core/pipeline';
import { labelledFiles } from './evaluation/labels';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..');
const fixtures = join(import.meta.dirname, 'fixtures');
const bin = join(root, 'bin', 'ehcqa.js');

async function ehcqa(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const tempDir = () => mkdtempSync(join(tmpdir(), 'ehcqa-cli-'));
const plans = labelledFiles(join(fixtures, 'plans')).slice(0, 3);
const bad = labelledFiles(join(fixtures, 'bad'));
const notPlan = labelledFiles(join(fixtures, 'not-plans'))[0]!;

describe('ehcqa audit', () => {
  it('audits a batch mixing good and bad files: the good are graded, each bad one has its code, exit 0', async () => {
    const dir = tempDir();
    const files = [plans[0]!.path, ...bad.map((b) => b.path), notPlan.path, plans[1]!.path];
    const out = join(dir, 'report.json');
    const result = await ehcqa(['audit', ...files, '--json', out, '--db', join(dir, 'a.db')]);
    expect(result.code).toBe(0);
    const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
    expect(report.tool.name).toBe('ehcqa');
    expect(report.rubric.id).toBe('default-multi-agency');
    expect(report.plans.map((p) => p.file)).toEqual(files);
    const statuses = report.plans.map((p) => (p.status === 'ok' ? 'ok' : p.error.code));
    expect(statuses).toEqual(['ok', ...bad.map((b) => b.labels.expectedCode), 'not_ehc_plan', 'ok']);
    const first = report.plans[0]!;
    if (first.status !== 'ok') throw new Error('first plan not audited');
    expect(first.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(first.criteria.map((c) => c.id)).toHaveLength(33);
    expect(first.grade.overall).toMatch(/Outstanding|Good|Requires improvement|Inadequate/);
    // The table names every file, and the database kept every audit.
    expect(result.stdout).toMatch(/audited\./);
    const db = new Database(join(dir, 'a.db'), { readonly: true });
    expect((db.prepare("SELECT count(*) AS n FROM plans WHERE status = 'ok'").get() as { n: number }).n).toBe(2);
    expect((db.prepare('SELECT count(*) AS n FROM suggestions').get() as { n: number }).n).toBe(66);
    db.close();
  });

  it('recognises a re-import by content hash: no duplicate plan', async () => {
    const dir = tempDir();
    const db = join(dir, 'a.db');
    await ehcqa(['audit', plans[0]!.path, '--db', db]);
    const again = await ehcqa(['audit', plans[0]!.path, '--db', db]);
    expect(again.code).toBe(0);
    const conn = new Database(db, { readonly: true });
    expect((conn.prepare('SELECT count(*) AS n FROM plans').get() as { n: number }).n).toBe(1);
    expect((conn.prepare('SELECT count(*) AS n FROM audits').get() as { n: number }).n).toBe(1);
    conn.close();
  });

  it('writes the report to standard output with --json -', async () => {
    const dir = tempDir();
    const result = await ehcqa(['audit', plans[2]!.path, '--json', '-', '--db', join(dir, 'a.db')]);
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as Report).plans).toHaveLength(1);
  });

  it('exits 1 when no file could be audited, 2 on a usage error', async () => {
    const dir = tempDir();
    expect((await ehcqa(['audit', ...bad.map((b) => b.path), '--db', join(dir, 'a.db')])).code).toBe(1);
    const usage = await ehcqa(['audit', '--db', join(dir, 'a.db')]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/usage: ehcqa audit/);
    expect((await ehcqa(['audit', join(dir, 'missing.pdf'), '--db', join(dir, 'a.db')])).stderr).toMatch(/missing\.pdf does not exist/);
  });
});
