// `npm run bench`: ingest + structure + scoring on ~200 plans, beside pdf-parse's text
// extraction alone in the same run. Prints plans per second, ms per page and peak memory, then
// the peak memory of the whole process tree for a 500-plan batch (BENCH_BATCH) through ehcqa audit.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readRubricFile } from '../core/api/rubric-files';
import { detectorsById } from '../core/detectors/registry';
import { auditPdf } from '../core/pipeline';
import { AuditPool } from '../core/workers/pool';
import { batchMemory, formatBatchMemory } from './batch-memory';
// After core: core/ingest records V8's built-ins before pdfjs (which pdf-parse wraps) replaces
// them, and puts them back, so both sides of the comparison run on the same built-ins.
import { PDFParse } from 'pdf-parse';

const TARGET = Number(process.env['BENCH_PLANS'] ?? 200);
const folder = fileURLToPath(new URL('../test/fixtures/plans', import.meta.url));
const sources = readdirSync(folder).filter((f) => f.endsWith('.pdf')).sort().map((f) => new Uint8Array(readFileSync(join(folder, f))));
if (sources.length === 0) throw new Error(`no PDFs in ${folder}; run npm run fixtures`);
const plans = Array.from({ length: TARGET }, (_, i) => sources[i % sources.length]!);
const rubric = readRubricFile();

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

async function timed(label: string, run: () => Promise<number>): Promise<number> {
  peakRss = process.memoryUsage().rss;
  const start = performance.now();
  const pages = await run();
  const ms = performance.now() - start;
  console.log(`${label.padEnd(44)} ${(plans.length / (ms / 1000)).toFixed(1).padStart(6)} plans/s  ${(ms / pages).toFixed(2).padStart(6)} ms/page  ${(ms / plans.length).toFixed(1).padStart(6)} ms/plan  peak RSS ${mb(peakRss)}`);
  return ms;
}

// Warm both paths once so start-up costs (module loading, pdfjs's first document) do not count.
await new PDFParse({ data: sources[0]!.slice() }).getText();
await auditPdf({ bytes: sources[0]!, file: 'warm.pdf', sha256: '' }, { rubric, detectors: detectorsById });

console.log(`${plans.length} plans (${sources.length} distinct fixtures), ${process.env['BENCH_PLANS'] ? 'BENCH_PLANS' : 'default'} size`);
// pdf-parse and ehcqa take turns plan by plan, each timed on its own: a shared machine's speed
// drifts over a minute, and measuring one after the other would charge the drift to one side.
let pageCount = 0;
let extraction = 0;
let pipeline = 0;
let peakExtraction = 0;
let peakPipeline = 0;
for (const bytes of plans) {
  peakRss = process.memoryUsage().rss;
  let start = performance.now();
  const parser = new PDFParse({ data: bytes.slice() });
  const text = await parser.getText();
  pageCount += text.total;
  await parser.destroy();
  extraction += performance.now() - start;
  peakExtraction = Math.max(peakExtraction, peakRss);
  peakRss = process.memoryUsage().rss;
  start = performance.now();
  await auditPdf({ bytes, file: 'bench.pdf', sha256: '' }, { rubric, detectors: detectorsById });
  pipeline += performance.now() - start;
  peakPipeline = Math.max(peakPipeline, peakRss);
}
const line = (label: string, ms: number, peak: number) =>
  console.log(`${label.padEnd(44)} ${(plans.length / (ms / 1000)).toFixed(1).padStart(6)} plans/s  ${(ms / pageCount).toFixed(2).padStart(6)} ms/page  ${(ms / plans.length).toFixed(1).padStart(6)} ms/plan  peak RSS ${mb(peak)}`);
line('pdf-parse getText alone, 1 thread', extraction, peakExtraction);
line('ehcqa ingest+structure+score, 1 thread', pipeline, peakPipeline);
await timed('ehcqa full pipeline, worker pool (all cores)', async () => {
  const pool = new AuditPool({ rubric });
  await Promise.all(plans.map((bytes, id) => pool.run({ id, file: 'bench.pdf', sha256: '', bytes })));
  await pool.close();
  return pageCount;
});
console.log(`pipeline adds ${(((pipeline - extraction) / extraction) * 100).toFixed(0)}% to pdf-parse's extraction alone (same thread, same plans); ${pageCount} pages in all.`);
clearInterval(sampler);

// The whole app's memory on a large batch: main process, audit children and database together.
const BATCH = Number(process.env['BENCH_BATCH'] ?? 500);
console.log(formatBatchMemory(BATCH, await batchMemory(BATCH)));
