import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readRubricFile } from '../../core/api/rubric-files';
import { isFileErrorCode } from '../../core/domain';
import { AuditPool, DEFAULT_TIMEOUT_MS, type PoolOptions } from '../../core/workers/pool';
import { CAN_READ_PROC, processTreeRss } from '../../core/workers/memory';
import { type HostileKind, hostileFile } from './hostile';

export interface FuzzOptions {
  readonly seed: number;
  readonly count: number;
  /** Folder the hostile files are written to, so a failure can be opened and replayed. */
  readonly out: string;
  readonly pool?: Omit<PoolOptions, 'rubric'>;
  readonly onFile?: (done: number, count: number) => void;
}

export interface FuzzSummary {
  /** Outcome per kind: 'ok' or the error code, with counts. */
  readonly byKind: Record<string, Record<string, number>>;
  readonly byCode: Record<string, number>;
  /** Files that ended with neither 'ok' nor a report code, or never ended: must be none. */
  readonly failures: readonly { readonly name: string; readonly problem: string }[];
  /** Readers that died on a file (contained: the file still got a code). */
  readonly readerCrashes: number;
  readonly seconds: number;
  readonly slowest: { readonly name: string; readonly ms: number };
  /** Peak resident memory of this process and its children, in bytes (Linux; 0 elsewhere). */
  readonly peakRss: number;
}

const PLANS_FOLDER = join(import.meta.dirname, '..', 'fixtures', 'plans');

/** Hostile files through the same pool `ehcqa audit` uses; every one must end ok or with a code. */
export async function runFuzz(options: FuzzOptions): Promise<FuzzSummary> {
  const plans = readdirSync(PLANS_FOLDER).filter((f) => f.endsWith('.pdf')).sort().map((f) => new Uint8Array(readFileSync(join(PLANS_FOLDER, f))));
  mkdirSync(options.out, { recursive: true });
  const pool = new AuditPool({ rubric: readRubricFile(), ...options.pool });
  const timeoutMs = options.pool?.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const byKind: Record<string, Record<string, number>> = {};
  const byCode: Record<string, number> = {};
  const failures: { name: string; problem: string }[] = [];
  let readerCrashes = 0;
  let slowest = { name: '', ms: 0 };
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, CAN_READ_PROC ? processTreeRss(process.pid) : 0)), 200);
  const started = performance.now();
  let next = 0;
  let done = 0;

  const fileOnce = async (index: number) => {
    const file = await hostileFile(options.seed, index, plans);
    writeFileSync(join(options.out, file.name), file.bytes);
    const t = performance.now();
    // A file that outlives its time limit by far would be a hang the pool failed to stop.
    let hang: NodeJS.Timeout | undefined;
    const hung = new Promise<'hang'>((resolve) => (hang = setTimeout(() => resolve('hang'), timeoutMs + 60_000)));
    const outcome = await Promise.race([pool.run({ id: index, file: file.name, sha256: '', bytes: new Uint8Array(file.bytes) }), hung]);
    clearTimeout(hang);
    const ms = performance.now() - t;
    if (ms > slowest.ms) slowest = { name: file.name, ms: Math.round(ms) };
    const result = outcome === 'hang' ? 'hang' : outcome.ok ? 'ok' : outcome.code;
    if (outcome === 'hang') failures.push({ name: file.name, problem: `no outcome after ${Math.round(ms / 1000)} s` });
    else if (!outcome.ok && !isFileErrorCode(outcome.code)) failures.push({ name: file.name, problem: `unknown code ${String(outcome.code)}` });
    else if (!outcome.ok && /stopped unexpectedly/.test(outcome.message)) readerCrashes++;
    count(byKind, file.kind, result);
    byCode[result] = (byCode[result] ?? 0) + 1;
  };
  const lane = async () => {
    while (next < options.count) {
      await fileOnce(next++);
      options.onFile?.(++done, options.count);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(options.count, pool.size + 1) }, lane));
  } finally {
    clearInterval(sampler);
    await pool.close();
  }
  return { byKind, byCode, failures, readerCrashes, seconds: (performance.now() - started) / 1000, slowest, peakRss };
}

function count(table: Record<string, Record<string, number>>, kind: HostileKind, result: string): void {
  const row = (table[kind] ??= {});
  row[result] = (row[result] ?? 0) + 1;
}
