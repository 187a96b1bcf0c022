// `node --import tsx bench/moderation.bench.ts`: a scoring form for an auditor of 50 plans (all
// 33 criteria: 1,650 rows) exported, filled, imported; and the agreement figures of the
// exercise with three auditors. Prints milliseconds, form size and peak memory.
import ExcelJS from 'exceljs';
import { must, seededContext } from '../core/api/moderation/testing/seed';

const PLANS = Number(process.env['BENCH_PLANS'] ?? 50);
const { ctx, plans } = seededContext(PLANS);
let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
const time = async <T>(label: string, run: () => Promise<T>): Promise<T> => {
  const start = performance.now();
  const value = await run();
  console.log(`${label.padEnd(46)} ${(performance.now() - start).toFixed(0).padStart(6)} ms`);
  return value;
};

const ids: number[] = [];
for (const agency of ['education', 'health', 'social-care'] as const) ids.push((await must(ctx, 'auditors.create', { name: `A ${agency}`, agency })).id);
const exercise = (await must(ctx, 'exercises.create', { name: 'Bench', auditorIds: ids, plans })).exercise;
const levels = ['Met', 'Partly met', 'Not met'];
for (const [n, auditorId] of ids.entries()) {
  const form = await time(`form export (${PLANS} plans x 33 criteria)`, () => must(ctx, 'forms.export', { exerciseId: exercise.id, auditorId }));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(form.dataBase64, 'base64') as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet('Scores')!;
  for (let r = 2; r <= sheet.rowCount; r++) sheet.getCell(r, 3).value = levels[(r + n) % 3]!;
  const filled = Buffer.from(await workbook.xlsx.writeBuffer());
  if (n === 0) console.log(`${'form size'.padEnd(46)} ${(filled.length / 1024).toFixed(0).padStart(6)} KB`);
  await time('form import (all checks, one transaction)', () => must(ctx, 'forms.import', { dataBase64: filled.toString('base64') }));
}
await time('agreement (criterion, section, overall, tool)', () => must(ctx, 'exercises.agreement', { exerciseId: exercise.id }));
await time('panel view of one plan', () => must(ctx, 'exercises.panel', { exerciseId: exercise.id, sha256: plans[0]!, auditorId: ids[0]! }));
clearInterval(sampler);
console.log(`${'peak RSS'.padEnd(46)} ${(peakRss / 1024 / 1024).toFixed(0).padStart(6)} MB`);
