import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { labelledFiles } from './evaluation/labels';

const root = join(import.meta.dirname, '..');
const source = labelledFiles(join(import.meta.dirname, 'fixtures', 'plans'))[0]!.path;

/** Distinct plans (distinct hashes) from one fixture: bytes after %%EOF are ignored by readers. */
function folderOfPlans(count: number): string {
  const folder = join(mkdtempSync(join(tmpdir(), 'ehcqa-crash-')), 'plans');
  mkdirSync(folder);
  const bytes = readFileSync(source);
  for (let i = 0; i < count; i++) writeFileSync(join(folder, `plan-${String(i).padStart(3, '0')}.pdf`), Buffer.concat([bytes, Buffer.from(`\n% copy ${i}\n`)]));
  return folder;
}

const count = (db: Database.Database, sql: string) => (db.prepare(sql).get() as { n: number }).n;

function audit(folder: string, dbFile: string) {
  return spawn(process.execPath, [join(root, 'bin', 'ehcqa.js'), 'audit', folder, '--db', dbFile, '--workers', '2'], { cwd: root, stdio: 'ignore' });
}

describe('crash safety', () => {
  it('kill -9 during a folder import: the database is whole, nothing half-written, a re-run finishes without duplicates', async () => {
    const folder = folderOfPlans(40);
    const dbFile = join(folder, '..', 'crash.db');
    const child = audit(folder, dbFile);
    // Wait until some plans are committed, then kill the process without warning.
    await new Promise<void>((resolve, reject) => {
      const started = Date.now();
      const poll = setInterval(() => {
        try {
          const db = new Database(dbFile, { readonly: true, fileMustExist: true });
          const n = count(db, "SELECT count(*) AS n FROM plans WHERE status = 'ok'");
          db.close();
          if (n >= 3) {
            clearInterval(poll);
            child.kill('SIGKILL');
            resolve();
          }
        } catch {
          // not created yet
        }
        if (Date.now() - started > 90_000) {
          clearInterval(poll);
          reject(new Error('import did not start'));
        }
      }, 25);
    });
    await new Promise((resolve) => child.once('exit', resolve));

    const db = new Database(dbFile);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const saved = count(db, "SELECT count(*) AS n FROM plans WHERE status = 'ok'");
    expect(saved).toBeGreaterThanOrEqual(3);
    expect(saved).toBeLessThan(40);
    // Every saved plan has its sections, its file, its audit and all 33 suggestions: no half plan.
    expect(count(db, "SELECT count(*) AS n FROM plans p WHERE NOT EXISTS (SELECT 1 FROM audits a WHERE a.plan_sha256 = p.sha256)")).toBe(0);
    expect(count(db, 'SELECT count(*) AS n FROM audits a WHERE (SELECT count(*) FROM suggestions s WHERE s.audit_id = a.id) <> 33')).toBe(0);
    expect(count(db, 'SELECT count(*) AS n FROM plans p WHERE NOT EXISTS (SELECT 1 FROM plan_files f WHERE f.plan_sha256 = p.sha256)')).toBe(0);
    db.close();

    const rerun = audit(folder, dbFile);
    const code = await new Promise((resolve) => rerun.once('exit', resolve));
    expect(code).toBe(0);
    const after = new Database(dbFile, { readonly: true });
    expect(count(after, 'SELECT count(*) AS n FROM plans')).toBe(40);
    expect(count(after, 'SELECT count(*) AS n FROM audits')).toBe(40);
    expect(after.pragma('integrity_check', { simple: true })).toBe('ok');
    after.close();
  });
});
