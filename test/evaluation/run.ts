// `npm run evaluate`: the engine's figures on the labelled fixtures, split by split, with the
// misses behind them. The README quotes these figures.
import { fileURLToPath } from 'node:url';
import { readRubricFile } from '../../core/api/rubric-files';
import { auditLabelled } from './audit-labelled';
import { labelledFiles } from './labels';
import { formatFigures, measure } from './metrics';

// BLIND=1 measures the blind set (test/fixtures/blind), BLIND=N (2, 3, ...) the later ones
// (test/fixtures/blindN): each written without looking at the engine.
const blindN = process.env['BLIND'] ?? '1';
const blindSet = blindN === '1' ? 'blind' : `blind${blindN}`;
const folder = fileURLToPath(new URL(process.env['BLIND'] ? `../fixtures/${blindSet}` : '../fixtures/plans', import.meta.url));
const rubric = readRubricFile();
const files = labelledFiles(folder);
const filter = process.argv[2];
const pairs = await auditLabelled(files.filter((f) => !filter || f.labels.file.includes(filter)));
for (const split of [...new Set(pairs.map((p) => p.labels.split ?? 'dev'))]) {
  const own = pairs.filter((p) => (p.labels.split ?? 'dev') === split);
  if (own.length === 0) continue;
  const figures = measure(rubric, own);
  console.log(formatFigures(split, figures));
  if (process.env['MISSES']) for (const m of figures.misses.slice(0, Number(process.env['MISSES']))) console.log(`    ${m}`);
}
// DIFFS=1 lists, plan by plan, every criterion where the engine's level differs from the expert's.
if (process.env['DIFFS']) {
  for (const { labels, report } of pairs) {
    const levels = new Map(report.status === 'ok' ? report.criteria.map((c) => [c.id, c.level]) : []);
    const differ = Object.entries(labels.criteria ?? {}).filter(([id, expert]) => levels.get(id) !== expert);
    if (differ.length > 0) console.log(`    ${labels.file}: ${differ.map(([id, expert]) => `${id} ${expert}->${levels.get(id) ?? 'none'}`).join(', ')}`);
  }
}
const families = [...new Set(pairs.map((p) => p.labels.family ?? '?'))];
for (const family of families) {
  const figures = measure(rubric, pairs.filter((p) => p.labels.family === family));
  const pct = (a: number, b: number) => `${Math.round((a / Math.max(1, b)) * 100)}%`;
  console.log(`  ${family.padEnd(12)} sections ${pct(figures.sectionSentences.placed, figures.sectionSentences.total)}  metadata ${pct(figures.metadataFields.right, figures.metadataFields.total)}  defects ${pct(figures.defects.flagged, figures.defects.total)}  alarms ${pct(figures.falseAlarms.count, figures.falseAlarms.metTotal)}  qwk ${figures.qwk.toFixed(2)}  grade ${pct(figures.gradeExact.right, figures.gradeExact.total)}`);
}
