import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LEVELS } from '../core/domain';
import { buildRenderer } from './e2e/harness';
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

/** A real HTTP client, as the browser app would be: POST /api/NAME with the token header. */
function post(base: URL, name: string, args: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string } }> {
  const body = JSON.stringify(args);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: base.port, path: `/api/${name}`, method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), 'X-Ehcqa-Token': base.searchParams.get('t')! } }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => {
        try {
          resolve(JSON.parse(text));
        } catch (error) {
          reject(error as Error);
        }
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

const exited = (child: ReturnType<typeof spawn>) => new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

describe('crash safety of audit saves', () => {
  it('kill -9 of `ehcqa serve` in a stream of audits.setLevel calls: the database is whole and every acknowledged save is there, with its trail', async () => {
    await buildRenderer();
    const folder = folderOfPlans(1);
    const dbFile = join(folder, '..', 'serve.db');
    expect(await exited(audit(folder, dbFile))).toBe(0);
    const sha256 = (() => {
      const db = new Database(dbFile, { readonly: true });
      const value = db.prepare("SELECT sha256 FROM plans WHERE status = 'ok'").pluck().get() as string;
      db.close();
      return value;
    })();

    const server = spawn(process.execPath, [join(root, 'bin', 'ehcqa.js'), 'serve', '--db', dbFile, '--port', '0'], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] });
    const base = await new Promise<URL>((resolve, reject) => {
      let out = '';
      server.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /ehcqa: (http:\/\/\S+)/.exec(out);
        if (match) resolve(new URL(match[1]!));
      });
      server.once('exit', () => reject(new Error('ehcqa serve stopped before it printed its address')));
    });
    const auditor = await post(base, 'auditors.create', { name: 'Crash Tester', agency: 'education' });
    expect(auditor.ok).toBe(true);
    const auditorId = (auditor.value as { id: number }).id;
    const criteria = ((await post(base, 'rubric.get', {})).value as { criteria: { id: string }[] }).criteria.map((c) => c.id);

    // Saves one after another; each acknowledged one is recorded. Kill after 60, mid-request.
    const acknowledged = new Map<string, string>();
    let acks = 0;
    let inFlight: { criterion: string; level: string } | null = null;
    const killed = exited(server);
    for (let i = 0; ; i++) {
      const change = { criterion: criteria[i % criteria.length]!, level: LEVELS[i % LEVELS.length]! };
      inFlight = change;
      const pending = post(base, 'audits.setLevel', { sha256, auditorId, ...change, reason: `override ${i}` });
      if (acks === 60) {
        server.kill('SIGKILL');
        await pending.catch(() => undefined);
        break;
      }
      const answer = await pending;
      expect(answer.ok).toBe(true);
      acknowledged.set(change.criterion, change.level);
      acks++;
    }
    expect(await killed).toBeNull();

    const db = new Database(dbFile);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const levels = new Map((db.prepare('SELECT criterion_id AS c, level FROM judgements WHERE plan_sha256 = ? AND auditor_id = ?').all(sha256, auditorId) as { c: string; level: string }[]).map((r) => [r.c, r.level]));
    for (const [criterion, level] of acknowledged) {
      // The request in flight at the kill may or may not have landed: either way it is whole.
      const allowed = inFlight?.criterion === criterion ? [level, inFlight.level] : [level];
      expect(allowed).toContain(levels.get(criterion));
    }
    // No half save: each judgement's level is the newest value its trail records, and the trail
    // holds every acknowledged change (plus at most the one in flight).
    const trail = count(db, "SELECT count(*) AS n FROM trail WHERE entity = 'judgement' AND field = 'level'");
    expect(trail).toBeGreaterThanOrEqual(acks);
    expect(trail).toBeLessThanOrEqual(acks + 1);
    const mismatched = count(db, `SELECT count(*) AS n FROM judgements j WHERE j.level IS NOT (
      SELECT t.new_value FROM trail t WHERE t.entity = 'judgement' AND t.field = 'level' AND t.entity_key = j.plan_sha256 || '/' || j.auditor_id || '/' || j.criterion_id ORDER BY t.id DESC LIMIT 1)`);
    expect(mismatched).toBe(0);
    expect(count(db, 'SELECT count(*) AS n FROM plan_reviews')).toBe(1);
    db.close();
  }, 240_000);
});
