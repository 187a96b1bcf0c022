import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { deepNesting, inflateBomb, manyPages } from '../../test/fuzz/hostile';
import { readRubricFile } from '../api/rubric-files';
import { APP_MEMORY_BUDGET_MB, AuditPool, MAIN_MEMORY_MB, poolSize } from './pool';
import { processTree, rssOfProcess } from './memory';

const rubric = readRubricFile();
const plan = new Uint8Array(readFileSync(join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'plans', 'dfe-chromium-good-1.pdf')));
const pools: AuditPool[] = [];
const pool = (options: Omit<ConstructorParameters<typeof AuditPool>[0], 'rubric'> = {}) => {
  const p = new AuditPool({ rubric, ...options });
  pools.push(p);
  return p;
};
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

/** This process's audit children (not other helpers it may have, like esbuild's service). */
function childrenOf(pid: number): number[] {
  return processTree(pid).filter((p) => {
    try {
      return p !== pid && readFileSync(`/proc/${p}/cmdline`, 'latin1').includes('audit-worker-entry');
    } catch {
      return false;
    }
  });
}

describe('audit pool (child processes)', () => {
  it('audits a real plan in a child process and returns the audit', async () => {
    const outcome = await pool({ size: 1 }).run({ id: 7, file: 'plans/a.pdf', sha256: 'x', bytes: plan });
    expect(outcome.id).toBe(7);
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.audit.suggestions).toHaveLength(rubric.criteria.length);
  }, 60_000);

  it('kills a child whose resident memory passes the limit on an inflate bomb, says so, and goes on with a new child', async () => {
    const p = pool({ size: 1, memoryMb: 400, timeoutMs: 60_000 });
    // 1 GB of spaces behind a 1 MB stream: pdfjs holds the inflated bytes outside V8's heap.
    const bomb = await inflateBomb(1024);
    expect(bomb.length).toBeLessThan(1_200_000);
    const first = await p.run({ id: 1, file: 'folder/bomb.pdf', sha256: '', bytes: bomb });
    expect(first).toEqual({ id: 1, ok: false, code: 'too_large', message: 'bomb.pdf used more than 400 MB of memory while being read, the memory limit per file, so it was stopped.' });
    const next = await p.run({ id: 2, file: 'plan.pdf', sha256: '', bytes: plan });
    expect(next.ok ? 'ok' : next.message).toBe('ok');
  }, 120_000);

  it('stops a file past the time limit as unreadable, naming the limit, and goes on', async () => {
    // Thousands of pages, with the page limit lifted: long to read, so a 1 s limit stops it.
    const p = pool({ size: 1, timeoutMs: 2_000, limits: { maxBytes: 100e6, maxPages: 100_000 } });
    const slow = await p.run({ id: 1, file: 'slow.pdf', sha256: '', bytes: manyPages(20_000) });
    expect(slow).toEqual({ id: 1, ok: false, code: 'unreadable', message: 'slow.pdf took longer than 2 s to read, the time limit per file, so it was stopped.' });
    // The next file is read by a new child (a short one, so the 2 s limit does not bite).
    const next = await p.run({ id: 2, file: 'short.pdf', sha256: '', bytes: manyPages(1) });
    expect(next.ok ? 'ok' : next.message).toBe('ok');
  }, 120_000);

  it('ends a file with a code when its child dies, and a batch of good and hostile files all finish', async () => {
    const p = pool({ size: 2 });
    const files = [plan, deepNesting(200_000, 'page', 'array'), new Uint8Array([0x25, 0x50]), plan, manyPages(2_000)];
    const outcomes = await Promise.all(files.map((bytes, id) => p.run({ id, file: `f${id}.pdf`, sha256: '', bytes })));
    expect(outcomes.map((o) => (o.ok ? 'ok' : o.code))).toEqual(['ok', 'corrupt', 'not_pdf', 'ok', 'too_large']);
    // Its children killed from outside while a file is in flight: the file gets a new child
    // (once) and finishes; the pool goes on.
    const killed = p.run({ id: 9, file: 'victim.pdf', sha256: '', bytes: plan });
    const victims = childrenOf(process.pid);
    expect(victims.length).toBeGreaterThan(0);
    for (const pid of victims) process.kill(pid, 'SIGKILL');
    const outcome = await killed;
    expect(outcome.ok ? 'ok' : outcome.message).toBe('ok');
    const after = await p.run({ id: 10, file: 'plan.pdf', sha256: '', bytes: plan });
    expect(after.ok ? 'ok' : after.message).toBe('ok');
  }, 120_000);

  it('uses every core but never more children than fit in the memory budget beside the main process', () => {
    expect(poolSize(8, 512)).toBe(Math.floor((APP_MEMORY_BUDGET_MB - MAIN_MEMORY_MB) / 512));
    expect(poolSize(8, 512)).toBe(2);
    expect(poolSize(8, 256)).toBe(4);
    expect(poolSize(1, 256)).toBe(1);
    expect(poolSize(4, 4096)).toBe(1);
  });

  it('close() ends every child process', async () => {
    const p = pool({ size: 2 });
    await Promise.all([0, 1].map((id) => p.run({ id, file: 'p.pdf', sha256: '', bytes: plan })));
    const pids = childrenOf(process.pid);
    await p.close();
    await new Promise((r) => setTimeout(r, 100));
    expect(pids.length).toBe(2);
    expect(pids.filter((pid) => rssOfProcess(pid) !== null)).toEqual([]);
  }, 60_000);
});
