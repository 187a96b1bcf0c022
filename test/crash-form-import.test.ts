import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { must, seededContext } from '../core/api/moderation/testing/seed';
import { BIN, ehcqa, fillForm, ROOT } from './moderation-cli';

/** Every row of every table, in a stable order: "exactly as before" means this is equal. */
function dump(file: string): string {
  const db = new Database(file, { readonly: true });
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
  const rows = (t: string) => (db.prepare(`SELECT * FROM "${t}"`).raw().all() as unknown[][]).map((r) => JSON.stringify(r, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('base64') : v))).sort();
  const out = JSON.stringify(tables.map((t) => [t, rows(t)]));
  db.close();
  return out;
}

describe('crash safety of a form import', () => {
  it('kill -9 inside the import transaction leaves the database exactly as before; the import then succeeds', async () => {
    const { ctx, db, file, plans } = seededContext(3);
    const auditor = await must(ctx, 'auditors.create', { name: 'Eve Education', agency: 'education' });
    const exercise = (await must(ctx, 'exercises.create', { name: 'Crash round', auditorIds: [auditor.id], plans })).exercise;
    const exported = await must(ctx, 'forms.export', { exerciseId: exercise.id, auditorId: auditor.id });
    const form = join(dirname(file), 'filled.xlsx');
    writeFileSync(form, await fillForm(Buffer.from(exported.dataBase64, 'base64'), () => 'Met'));
    db.close();
    const before = dump(file);

    const marker = join(dirname(file), 'inside-import');
    const child = spawn(process.execPath, [BIN, 'form', 'import', form, '--db', file], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, EHCQA_TEST_PAUSE_IN_FORM_IMPORT: marker } });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
    await new Promise<void>((resolve, reject) => {
      const started = Date.now();
      const poll = setInterval(() => {
        if (existsSync(marker)) {
          clearInterval(poll);
          child.kill('SIGKILL');
          resolve();
        } else if (Date.now() - started > 90_000) {
          clearInterval(poll);
          child.kill('SIGKILL');
          reject(new Error('the import never reached its transaction'));
        }
      }, 20);
    });
    expect(await exited).toBe('SIGKILL');

    const reopened = new Database(file);
    expect(reopened.pragma('integrity_check', { simple: true })).toBe('ok');
    reopened.close();
    expect(dump(file)).toBe(before);

    // Nothing of the killed import was kept: the same form imports now, whole.
    const again = await ehcqa(['form', 'import', form, '--db', file]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/3 plans submitted/);
    const after = new Database(file, { readonly: true });
    expect(after.prepare('SELECT count(*) FROM form_imports').pluck().get()).toBe(1);
    expect(after.prepare("SELECT count(*) FROM exercise_scores WHERE level = 'met'").pluck().get()).toBe(3 * ctx.rubric!.criteria.length);
    after.close();
  }, 180_000);
});
