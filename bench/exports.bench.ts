// `npm run bench` (second part): both workbooks for 1,000 plans × 33 criteria. The plans are
// real audits of the labelled fixtures (structure, suggestions, evidence quotes), repeated under
// distinct hashes and dates to reach the size; a moderation round of three auditors scores every
// criterion of every plan. Prints seconds per workbook, its size and peak memory.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readRubricFile } from '../core/api/rubric-files';
import { detectorsById } from '../core/detectors/registry';
import { type Level, LEVELS } from '../core/domain';
import { type ExportPlan, type ModerationDataset, moderationWorkbook, type TrainingDataset, trainingWorkbook } from '../core/export';
import { auditPdf } from '../core/pipeline';
import { keyStageOf } from '../core/text';

const PLANS = Number(process.env['BENCH_EXPORT_PLANS'] ?? 1000);
const DISTINCT = Number(process.env['BENCH_EXPORT_DISTINCT'] ?? 12);
const folder = fileURLToPath(new URL('../test/fixtures/plans', import.meta.url));
const files = readdirSync(folder).filter((f) => f.endsWith('.pdf')).sort().filter((_, i, all) => i % Math.max(1, Math.floor(all.length / DISTINCT)) === 0).slice(0, DISTINCT);
const rubric = readRubricFile();

const audited: ExportPlan[] = [];
for (const file of files) {
  const bytes = new Uint8Array(readFileSync(join(folder, file)));
  const result = await auditPdf({ bytes, file, sha256: '' }, { rubric, detectors: detectorsById });
  if (!('audit' in result)) continue;
  const { plan, suggestions, grade } = result.audit;
  audited.push({
    key: '', fileName: file, metadata: plan.metadata, keyStage: keyStageOf(plan.metadata.yearGroup), importedAt: '2026-01-01T00:00:00Z',
    toolGrade: grade.grade, toolScore: grade.score, suggestions, outcomes: plan.outcomes, provision: plan.provision,
    identityTexts: [...plan.front.map((p) => p.text), ...plan.sections.map((s) => s.text)],
  });
}
const plans: ExportPlan[] = Array.from({ length: PLANS }, (_, i) => {
  const base = audited[i % audited.length]!;
  const month = String((i % 12) + 1).padStart(2, '0');
  return { ...base, key: createHash('sha256').update(`bench ${i}`).digest('hex'), metadata: { ...base.metadata, planDate: `${2025 + (i % 2)}-${month}-15` } };
});
const auditors = [
  { id: 1, name: 'Dana Whitcombe', agency: 'send-qa' as const, role: null },
  { id: 2, name: 'Tom Reyes', agency: 'health' as const, role: null },
  { id: 3, name: 'Ana Ruiz', agency: 'social-care' as const, role: null },
];
const shifted = (level: Level, n: number): Level => (n % 4 === 0 ? LEVELS[(LEVELS.indexOf(level) + 1) % 3]! : level);
const training: TrainingDataset = {
  generatedAt: '2026-03-01T10:00:00Z', toolVersion: 'bench', rubric, period: { from: null, to: null }, plans, auditors,
  judgements: plans.flatMap((p, i) => p.suggestions.filter((_, j) => (i + j) % 7 === 0).map((s, j) => ({
    planKey: p.key, auditorId: 1, criterion: s.criterion, level: shifted(s.level, j + 1), reason: j % 2 ? `Provision for ${p.metadata.name} is vague for ${s.criterion}.` : null,
    note: j % 3 ? null : 'Outcomes describe what staff will do, not what the child will achieve.', updatedAt: '2026-02-01T10:00:00Z',
  }))),
  planNotes: plans.filter((_, i) => i % 5 === 0).map((p) => ({ planKey: p.key, auditorId: 1, note: `The family's views are missing from section A of ${p.metadata.name}'s plan.` })),
};
const moderation: ModerationDataset = {
  generatedAt: '2026-03-01T10:00:00Z', toolVersion: 'bench', rubric, plans, auditors,
  exercise: { id: '1', name: 'Bench moderation', createdAt: '2026-02-01T10:00:00Z', filters: 'All audited plans' },
  ratings: plans.flatMap((p) => auditors.flatMap((a) => p.suggestions.map((s, j) => ({
    planKey: p.key, criterion: s.criterion, auditorId: a.id, level: shifted(s.level, j + a.id), reason: j % 6 === 0 ? `Not clear for ${p.metadata.name}.` : null,
  })))),
  agreed: plans.flatMap((p) => p.suggestions.map((s) => ({ planKey: p.key, criterion: s.criterion, level: s.level, reason: null }))),
  trail: plans.slice(0, 200).flatMap((p) => p.suggestions.map((s, j) => ({
    at: '2026-02-02T10:00:00Z', auditorId: 1 + (j % 3), entity: 'exercise_score', entityKey: `1/${p.key}/${1 + (j % 3)}/${s.criterion}`, field: 'level', oldValue: null, newValue: s.level, reason: null,
  }))),
};

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

async function timed(label: string, build: () => Promise<Uint8Array>) {
  global.gc?.();
  peakRss = process.memoryUsage().rss;
  const start = performance.now();
  const cpu = process.cpuUsage();
  const bytes = await build();
  const s = (performance.now() - start) / 1000;
  // CPU time beside wall time: on a shared machine the wall clock says more about the neighbours.
  const used = process.cpuUsage(cpu);
  console.log(`${label.padEnd(40)} ${s.toFixed(1).padStart(6)} s wall  ${((used.user + used.system) / 1e6).toFixed(1).padStart(6)} s CPU  ${kb(bytes.length).padStart(8)}  peak RSS ${mb(peakRss)}`);
}

console.log(`${PLANS} plans × ${rubric.criteria.length} criteria (from ${audited.length} audited fixtures); ${training.judgements.length} judgements; ${moderation.ratings.length} moderation scores`);
await timed('training-needs workbook (pseudonymised)', () => trainingWorkbook(training, { mode: 'pseudonymised' }));
await timed('moderation workbook (pseudonymised)', () => moderationWorkbook(moderation, { mode: 'pseudonymised' }));
await timed('moderation workbook (with identifiers)', () => moderationWorkbook(moderation, { mode: 'identifiers' }));
clearInterval(sampler);
