// `npm run fuzz -- --seed 1 --count 10000 [--out DIR] [--workers N] [--timeout S] [--memory MB]`:
// hostile PDFs made from the fixture plans, through the pool `ehcqa audit` uses. Prints counts by
// kind and code, the time and the peak memory; exit 1 if any file ended without ok or a code.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runFuzz } from './fuzz';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '1' }, count: { type: 'string', default: '100' }, out: { type: 'string' },
    workers: { type: 'string' }, timeout: { type: 'string' }, memory: { type: 'string' },
  },
});
const number = (name: string, value: string | undefined) => {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} takes a number greater than 0`);
  return n;
};
const seed = number('seed', values.seed)!;
const count = number('count', values.count)!;
const out = values.out ?? mkdtempSync(join(tmpdir(), `ehcqa-fuzz-${seed}-`));
const workers = number('workers', values.workers);
const timeout = number('timeout', values.timeout);
const memory = number('memory', values.memory);

console.log(`fuzz: seed ${seed}, ${count} files into ${out}`);
const summary = await runFuzz({
  seed, count, out,
  pool: { ...(workers ? { size: workers } : {}), ...(timeout ? { timeoutMs: timeout * 1000 } : {}), ...(memory ? { memoryMb: memory } : {}) },
  onFile: (done) => {
    if (done % 100 === 0 || done === count) process.stderr.write(`\r${done}/${count}`);
  },
});
process.stderr.write('\n');
for (const [kind, row] of Object.entries(summary.byKind)) console.log(`${kind.padEnd(9)} ${Object.entries(row).map(([code, n]) => `${code} ${n}`).join(', ')}`);
console.log(`all       ${Object.entries(summary.byCode).map(([code, n]) => `${code} ${n}`).join(', ')}`);
console.log(`${count} files in ${summary.seconds.toFixed(0)} s (${(count / summary.seconds).toFixed(1)} files/s); slowest ${summary.slowest.name} ${(summary.slowest.ms / 1000).toFixed(1)} s; readers that died (contained) ${summary.readerCrashes}; peak RSS, whole process tree ${Math.round(summary.peakRss / 1024 / 1024)} MB`);
for (const f of summary.failures) console.log(`FAILED ${f.name}: ${f.problem}`);
console.log(summary.failures.length === 0 ? 'fuzz: every file ended ok or with a code' : `fuzz: ${summary.failures.length} files failed`);
process.exitCode = summary.failures.length === 0 ? 0 : 1;
