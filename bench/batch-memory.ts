// Peak memory of a batch of distinct plans through `ehcqa audit` (main process, its audit
// children and the database), summed over the whole process tree from /proc every 200 ms.
// Part of `npm run bench`; alone: `node --import tsx bench/batch-memory.ts [COUNT]`.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CAN_READ_PROC, processTreeRss, rssOfProcess } from '../core/workers/memory';

const root = join(import.meta.dirname, '..');

export async function batchMemory(count: number): Promise<{ seconds: number; peakTree: number; peakMain: number; exit: number | null }> {
  const plansFolder = join(root, 'test', 'fixtures', 'plans');
  const sources = readdirSync(plansFolder).filter((f) => f.endsWith('.pdf')).sort().map((f) => readFileSync(join(plansFolder, f)));
  const dir = mkdtempSync(join(tmpdir(), 'ehcqa-batch-'));
  const folder = join(dir, 'plans');
  mkdirSync(folder);
  // Distinct hashes, so none is recognised as already audited: bytes after %%EOF are ignored by readers.
  for (let i = 0; i < count; i++) writeFileSync(join(folder, `plan-${String(i).padStart(4, '0')}.pdf`), Buffer.concat([sources[i % sources.length]!, Buffer.from(`\n% copy ${i}\n`)]));
  const started = performance.now();
  const child = spawn(process.execPath, [join(root, 'bin', 'ehcqa.js'), 'audit', folder, '--db', join(dir, 'batch.db'), '--json', join(dir, 'report.json')], { cwd: root, stdio: 'ignore' });
  let peakTree = 0;
  let peakMain = 0;
  const sampler = setInterval(() => {
    if (!CAN_READ_PROC) return;
    peakTree = Math.max(peakTree, processTreeRss(child.pid!));
    peakMain = Math.max(peakMain, rssOfProcess(child.pid!) ?? 0);
  }, 200);
  const exit = await new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  clearInterval(sampler);
  return { seconds: (performance.now() - started) / 1000, peakTree, peakMain, exit };
}

export function formatBatchMemory(count: number, r: Awaited<ReturnType<typeof batchMemory>>): string {
  const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
  if (!CAN_READ_PROC) return `${count}-plan batch: ${r.seconds.toFixed(0)} s (peak memory needs Linux's /proc)`;
  return `${count}-plan batch through ehcqa audit: ${r.seconds.toFixed(0)} s, ${(count / r.seconds).toFixed(1)} plans/s, exit ${String(r.exit)}; peak RSS, whole process tree ${mb(r.peakTree)} (main process ${mb(r.peakMain)})`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const count = Number(process.argv[2] ?? 500);
  console.log(formatBatchMemory(count, await batchMemory(count)));
}
