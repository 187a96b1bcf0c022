import type ExcelJS from 'exceljs';
import { type Grade, type Level, type RubricSectionId } from '../domain';
import { type AgreementStatistics, exerciseAgreement, type ToolAgreement } from '../moderation';
import { gradeCriteria } from '../rubric';
import { type ExportOptions, type ModerationDataset } from './dataset';
import { addGuideSheet, identifierStatement } from './guide-sheet';
import { GOOD_OR_BETTER } from './levels';
import { planReference, pseudonymiserFor } from './plan-pseudonyms';
import { type Pseudonymiser } from './pseudonymise';
import { finishWorkbook, newWorkbook } from './workbook';
import {
  addTableSheet, type CellValue, columnLetter, LEVEL_LIST_VALIDATION, levelConditionalFormatting, styleLevelCell, validateRange, writeTable,
} from './workbook-style';

const PCT = '0%';
const RATIO = '0.00';

interface PlanResult {
  readonly key: string;
  readonly agreed: ReadonlyMap<string, Level>;
  readonly agreedGrade: Grade;
  readonly agreedScore: number | null;
}

const levelsKey = (planKey: string, criterion: string) => `${planKey}/${criterion}`;

/**
 * The moderation results workbook of one exercise: the grades and shares (Summary), one row
 * per plan (Plans), the agreed levels by criterion (Criteria), every auditor's level beside the
 * agreed one (Moderation), the agreement statistics (Agreement), the trail and the rubric.
 */
export async function moderationWorkbook(data: ModerationDataset, options: ExportOptions): Promise<Uint8Array> {
  const scrub = pseudonymiserFor(data.plans, options.mode);
  const agreed = new Map(data.agreed.map((a) => [levelsKey(a.planKey, a.criterion), a]));
  const results: PlanResult[] = data.plans.map((plan) => {
    // Criteria the panel did not settle keep the tool's level, so the grade is of the whole plan.
    const levels = new Map(plan.suggestions.map((s) => [s.criterion, s.level]));
    for (const c of data.rubric.criteria) {
      const a = agreed.get(levelsKey(plan.key, c.id));
      if (a) levels.set(c.id, a.level);
    }
    const grade = gradeCriteria(data.rubric, data.rubric.criteria, levels);
    return { key: plan.key, agreed: levels, agreedGrade: grade.grade, agreedScore: grade.score };
  });
  const workbook = newWorkbook(`ehcqa moderation: ${data.exercise.name}`, data.generatedAt);
  addSummary(workbook, data, results, options);
  addPlans(workbook, data, results, scrub);
  addCriteria(workbook, data, results, scrub);
  addModeration(workbook, data, scrub);
  addAgreement(workbook, data);
  addTrail(workbook, data, scrub);
  addGuideSheet(workbook, data.rubric, options.mode, [
    'Agreed levels are those the moderation panel settled; where it settled none for a criterion, the tool\'s suggestion stands, and the agreed grade is computed from these levels by the grading rule below.',
    'Agreement: percent agreement, Fleiss\' kappa and Krippendorff\'s alpha (ordinal) across the panel; Cohen\'s kappa (unweighted and quadratic-weighted) per pair of auditors; N/A counts as no rating.',
  ]);
  return finishWorkbook(workbook, scrub);
}

function addSummary(workbook: ExcelJS.Workbook, data: ModerationDataset, results: readonly PlanResult[], options: ExportOptions) {
  const sheet = workbook.addWorksheet('Summary');
  sheet.getColumn(1).width = 30;
  const info: [string, CellValue][] = [
    ['Moderation exercise', data.exercise.name],
    ['Exercise id', data.exercise.id],
    ['Identifiers', identifierStatement(options.mode)],
    ['Filters used', data.exercise.filters ?? 'none (the plans chosen for the exercise)'],
    ['Plans', data.plans.length],
    ['Auditors', data.auditors.length],
    ['Rubric', `${data.rubric.id} ${data.rubric.version}`],
    ['Generated', `${data.generatedAt} by ehcqa ${data.toolVersion}`],
  ];
  info.forEach(([k, v], i) => {
    sheet.getCell(i + 1, 1).value = k;
    sheet.getCell(i + 1, 1).font = { bold: true };
    sheet.getCell(i + 1, 2).value = v;
  });
  const grades: Grade[] = ['Outstanding', 'Good', 'Requires improvement', 'Inadequate'];
  const toolOf = new Map(data.plans.map((p) => [p.key, p.toolGrade]));
  const count = (g: Grade, which: 'tool' | 'agreed') => results.filter((r) => (which === 'tool' ? toolOf.get(r.key) : r.agreedGrade) === g).length;
  const n = results.length || 1;
  const gradeRows: CellValue[][] = grades.map((g) => [g, count(g, 'agreed'), count(g, 'agreed') / n, count(g, 'tool'), count(g, 'tool') / n]);
  const good = (which: 'tool' | 'agreed') => grades.filter((g) => GOOD_OR_BETTER.has(g)).reduce((s, g) => s + count(g, which), 0);
  gradeRows.push(['Good or better', good('agreed'), good('agreed') / n, good('tool'), good('tool') / n]);
  let at = info.length + 2;
  const end = writeTable(sheet, [
    { header: 'Grade', width: 30 }, { header: 'Plans (agreed)', width: 14 }, { header: 'Share (agreed)', width: 14 }, { header: 'Plans (tool)', width: 14 }, { header: 'Share (tool)', width: 14 },
  ], gradeRows, at, { filter: false });
  for (let r = at + 1; r <= end; r++) for (const c of [3, 5]) sheet.getCell(r, c).numFmt = PCT;
  at = end + 2;
  const sections = [...new Set(data.rubric.criteria.map((c) => c.section))];
  const sectionRows = sections.map((section): CellValue[] => {
    const ids = data.rubric.criteria.filter((c) => c.section === section).map((c) => c.id);
    const tally = { met: 0, partly: 0, not_met: 0, na: 0 };
    for (const r of results) for (const id of ids) tally[r.agreed.get(id) ?? 'na']++;
    const applicable = tally.met + tally.partly + tally.not_met;
    return [`${section}: ${data.rubric.sections[section as RubricSectionId] ?? ''}`, tally.met, tally.partly, tally.not_met, tally.na, applicable ? tally.met / applicable : null];
  });
  const last = writeTable(sheet, [
    { header: 'Section', width: 30 }, { header: 'Met', width: 14 }, { header: 'Partly met', width: 14 }, { header: 'Not met', width: 14 }, { header: 'N/A', width: 14 }, { header: 'Share met', width: 14 },
  ], sectionRows, at, { filter: false });
  for (let r = at + 1; r <= last; r++) sheet.getCell(r, 6).numFmt = PCT;
}

function addPlans(workbook: ExcelJS.Workbook, data: ModerationDataset, results: readonly PlanResult[], scrub: Pseudonymiser) {
  const byKey = new Map(results.map((r) => [r.key, r]));
  addTableSheet(workbook, 'Plans', [
    { header: 'Reference', width: 14 }, { header: 'Child', width: 20 }, { header: 'File', width: 30 }, { header: 'Year group', width: 11 }, { header: 'Key stage', width: 9 },
    { header: 'Primary need', width: 12 }, { header: 'Setting', width: 30 }, { header: 'Plan date', width: 12, format: 'yyyy-mm-dd' }, { header: 'Caseworker', width: 22 },
    { header: 'Tool grade', width: 20 }, { header: 'Tool score', width: 10, format: PCT }, { header: 'Agreed grade', width: 20 }, { header: 'Agreed score', width: 10, format: PCT },
  ], data.plans.map((p) => {
    const r = byKey.get(p.key)!;
    const m = p.metadata;
    return [planReference(scrub, p.key), scrub.text(p.key, m.name), scrub.text(p.key, p.fileName), m.yearGroup, p.keyStage, m.primaryNeed, m.setting,
      m.planDate ? new Date(`${m.planDate}T00:00:00Z`) : null, scrub.text(p.key, m.caseworker), p.toolGrade, p.toolScore, r.agreedGrade, r.agreedScore];
  }));
}

function addCriteria(workbook: ExcelJS.Workbook, data: ModerationDataset, results: readonly PlanResult[], scrub: Pseudonymiser) {
  const criteria = data.rubric.criteria;
  const sheet = addTableSheet(workbook, 'Criteria', [{ header: 'Reference', width: 14 }, { header: 'Agreed grade', width: 20 }, ...criteria.map((c) => ({ header: c.id, width: 11 }))], []);
  sheet.views = [{ state: 'frozen', ySplit: 1, xSplit: 1 }];
  criteria.forEach((c, i) => { sheet.getCell(1, 3 + i).note = `${c.id}: ${c.title}`; });
  results.forEach((r, i) => {
    const row = sheet.getRow(2 + i);
    row.getCell(1).value = planReference(scrub, r.key);
    row.getCell(2).value = r.agreedGrade;
    criteria.forEach((c, j) => styleLevelCell(row.getCell(3 + j), r.agreed.get(c.id) ?? null));
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(results.length + 1, 2), column: criteria.length + 2 } };
  if (results.length > 0) levelConditionalFormatting(sheet, `C2:${columnLetter(criteria.length + 2)}${results.length + 1}`);
}

function addModeration(workbook: ExcelJS.Workbook, data: ModerationDataset, scrub: Pseudonymiser) {
  const auditors = data.auditors;
  const ratings = new Map(data.ratings.map((r) => [`${r.planKey}/${r.criterion}/${r.auditorId}`, r]));
  const agreed = new Map(data.agreed.map((a) => [levelsKey(a.planKey, a.criterion), a]));
  const sheet = addTableSheet(workbook, 'Moderation', [
    { header: 'Plan', width: 14 }, { header: 'Criterion', width: 9 }, { header: 'Tool level', width: 11 },
    ...auditors.flatMap((a) => [{ header: `${a.name} (${a.agency})`, width: 14 }, { header: `${a.name}: reason`, width: 30, wrap: true }]),
    { header: 'Agreed level', width: 12 }, { header: 'Agreed reason', width: 40, wrap: true }, { header: 'Auditors agree', width: 9 },
  ], []);
  sheet.views = [{ state: 'frozen', ySplit: 1, xSplit: 2 }];
  const agreedColumn = 4 + auditors.length * 2;
  let r = 2;
  const rated = new Set(data.ratings.map((x) => levelsKey(x.planKey, x.criterion)));
  for (const plan of data.plans) {
    const tool = new Map(plan.suggestions.map((s) => [s.criterion, s.level]));
    for (const c of data.rubric.criteria) {
      const key = levelsKey(plan.key, c.id);
      if (!rated.has(key) && !agreed.has(key)) continue;
      const row = sheet.getRow(r++);
      row.getCell(1).value = planReference(scrub, plan.key);
      row.getCell(2).value = c.id;
      styleLevelCell(row.getCell(3), tool.get(c.id) ?? null);
      const levels: Level[] = [];
      auditors.forEach((a, i) => {
        const rating = ratings.get(`${plan.key}/${c.id}/${a.id}`);
        styleLevelCell(row.getCell(4 + i * 2), rating?.level ?? null);
        if (rating?.level) levels.push(rating.level);
        if (rating?.reason) row.getCell(5 + i * 2).value = scrub.text(plan.key, rating.reason);
      });
      const a = agreed.get(key);
      styleLevelCell(row.getCell(agreedColumn), a?.level ?? null);
      if (a?.reason) row.getCell(agreedColumn + 1).value = scrub.text(plan.key, a.reason);
      row.getCell(agreedColumn + 2).value = levels.length < 2 ? null : new Set(levels).size === 1 ? 'Yes' : 'No';
    }
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(r - 1, 2), column: agreedColumn + 2 } };
  if (r > 2) {
    levelConditionalFormatting(sheet, `C2:${columnLetter(agreedColumn)}${r - 1}`);
    validateRange(sheet, `${columnLetter(agreedColumn)}2:${columnLetter(agreedColumn)}${r - 1}`, LEVEL_LIST_VALIDATION);
  }
}

function statsRow(label: string, s: AgreementStatistics): CellValue[] {
  return [label, s.items, s.pairableItems, s.raters, s.percentAgreement, s.fleissKappa, s.krippendorffAlphaOrdinal];
}

/** The figures of `ehcqa agreement` (core/moderation exerciseAgreement), laid out as tables. */
function addAgreement(workbook: ExcelJS.Workbook, data: ModerationDataset) {
  const auditors = data.auditors;
  const levels = new Map<string, Map<number, Level>>();
  for (const r of data.ratings) {
    if (!r.level) continue;
    const key = levelsKey(r.planKey, r.criterion);
    const own = levels.get(key) ?? new Map<number, Level>();
    own.set(r.auditorId, r.level);
    levels.set(key, own);
  }
  const tool = new Map(data.plans.flatMap((p) => p.suggestions.map((s): [string, Level] => [levelsKey(p.key, s.criterion), s.level])));
  const agreed = new Map(data.agreed.map((a): [string, Level] => [levelsKey(a.planKey, a.criterion), a.level]));
  const figures = exerciseAgreement({
    raters: auditors.map((a) => a.id), plans: data.plans.map((p) => p.key), criteria: data.rubric.criteria.map((c) => ({ id: c.id, section: c.section })), levels, tool, agreed,
  });
  const sections = Object.entries(figures.sections) as [RubricSectionId, AgreementStatistics][];
  const rows: CellValue[][] = [
    statsRow('All criteria', figures.overall),
    ...sections.map(([s, stats]) => statsRow(`Section ${s}`, stats)),
    ...data.rubric.criteria.map((c) => statsRow(`Criterion ${c.id}`, figures.criteria[c.id]!)),
  ];
  const sheet = addTableSheet(workbook, 'Agreement', [
    { header: 'Scope', width: 22 }, { header: 'Items', width: 8 }, { header: 'Items with 2+ ratings', width: 12 }, { header: 'Auditors', width: 9 },
    { header: 'Percent agreement', width: 12, format: PCT }, { header: 'Fleiss kappa', width: 10, format: RATIO }, { header: 'Krippendorff alpha (ordinal)', width: 14, format: RATIO },
  ], rows);
  const pairsAt = rows.length + 3;
  const pairsEnd = writeTable(sheet, [
    { header: 'Auditor A', width: 22 }, { header: 'Auditor B', width: 8 }, { header: 'Items both rated', width: 12 }, { header: 'Cohen kappa', width: 9 }, { header: 'Weighted kappa (quadratic)', width: 12 },
  ], figures.overall.pairwise.map((p) => [auditors[p.raterA]?.name ?? '', auditors[p.raterB]?.name ?? '', p.n, p.cohenKappa, p.weightedKappaQuadratic]), pairsAt, { filter: false });
  for (let r = pairsAt + 1; r <= pairsEnd; r++) for (const c of [4, 5]) sheet.getCell(r, c).numFmt = RATIO;
  // The tool against the panel: how far the pre-scores can be trusted.
  const toolAt = pairsEnd + 2;
  const toolEnd = writeTable(sheet, [
    { header: 'Tool against agreed levels', width: 22 }, { header: 'Items', width: 8 }, { header: 'Percent agreement', width: 12 }, { header: 'Weighted kappa (quadratic)', width: 9 },
  ], [['All criteria', figures.tool.overall.n, figures.tool.overall.percentAgreement, figures.tool.overall.weightedKappaQuadratic],
    ...(Object.entries(figures.tool.sections) as [string, ToolAgreement][]).map(([s, t]): CellValue[] => [`Section ${s}`, t.n, t.percentAgreement, t.weightedKappaQuadratic])], toolAt, { filter: false });
  for (let r = toolAt + 1; r <= toolEnd; r++) { sheet.getCell(r, 3).numFmt = PCT; sheet.getCell(r, 4).numFmt = RATIO; }
}

function addTrail(workbook: ExcelJS.Workbook, data: ModerationDataset, scrub: Pseudonymiser) {
  const names = new Map(data.auditors.map((a) => [a.id, a.name]));
  const planKeys = new Set(data.plans.map((p) => p.key));
  addTableSheet(workbook, 'Audit trail', [
    { header: 'When', width: 22 }, { header: 'Auditor', width: 20 }, { header: 'What', width: 12 }, { header: 'Plan', width: 14 }, { header: 'Key', width: 16 },
    { header: 'Field', width: 10 }, { header: 'Before', width: 20, wrap: true }, { header: 'After', width: 20, wrap: true }, { header: 'Reason', width: 40, wrap: true },
  ], data.trail.map((t) => {
    // Keys name the plan by hash among other parts ("exercise/plan/auditor/criterion"): shown by its reference instead.
    const parts = t.entityKey.split('/');
    const planKey = parts.find((part) => planKeys.has(part)) ?? null;
    const text = (v: string | null) => scrub.text(planKey, v);
    return [t.at, t.auditorId === null ? null : names.get(t.auditorId) ?? `#${t.auditorId}`, t.entity, planKey ? planReference(scrub, planKey) : null,
      text(parts.map((part) => (part === planKey ? planReference(scrub, part) : part)).join('/')), t.field, text(t.oldValue), text(t.newValue), text(t.reason)];
  }));
}
