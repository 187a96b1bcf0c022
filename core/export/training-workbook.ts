import type ExcelJS from 'exceljs';
import { type RubricSectionId } from '../domain';
import { type ExportOptions, type TrainingDataset } from './dataset';
import { addGuideSheet, identifierStatement } from './guide-sheet';
import {
  type AssessedPlan, assessPlans, criterionWeaknesses, gradeDistribution, SECTION_AGENCY, trendByMonth, weaknessesBy,
  weaknessesByAgency, weaknessesBySection,
} from './insight';
import { GOOD_OR_BETTER, isWeak } from './levels';
import { disguisedOutcomes, vaguePhrases } from './phrases';
import { planReference, pseudonymiserFor } from './plan-pseudonyms';
import { type Pseudonymiser } from './pseudonymise';
import { commentThemes } from './themes';
import { finishWorkbook, newWorkbook, quote } from './workbook';
import { addTableSheet, type CellValue, columnLetter, weakShareScale, writeTable } from './workbook-style';

const PCT = '0%';
const EXAMPLES_PER_THEME = 3;

/**
 * The training-needs workbook: which criteria plans most often fall short on (overall and by
 * section, agency, caseworker, key stage, primary need and period), what met looks like, real
 * examples with identifiers removed, the vague phrases and disguised outcomes behind them, what
 * auditors said, and the trend.
 */
export async function trainingWorkbook(data: TrainingDataset, options: ExportOptions): Promise<Uint8Array> {
  const scrub = pseudonymiserFor(data.plans, options.mode);
  const plans = assessPlans(data.rubric, data.plans, data.judgements);
  const workbook = newWorkbook('ehcqa training needs', data.generatedAt);
  addSummary(workbook, data, plans, options);
  addThemes(workbook, data, plans, scrub);
  addBreakdowns(workbook, data, plans, scrub);
  addPhrases(workbook, data, scrub);
  addCommentThemes(workbook, data, scrub);
  addTrend(workbook, plans);
  addDashboardData(workbook, data, plans);
  addGuideSheet(workbook, data.rubric, options.mode, [
    'Themes are the rubric\'s criteria, ranked by the share of plans (where the criterion applies) whose level is Not met or Partly met.',
    'A plan\'s level for a criterion is an auditor\'s where one set it (the latest), otherwise the tool\'s suggestion. Plans are dated by their plan date, or the day they were imported when they print none.',
    'Agencies: education writes sections B, E, F and I; health C and G; social care D and H; the local authority A, J, K and the whole-plan criteria.',
  ]);
  return finishWorkbook(workbook, scrub);
}

function addSummary(workbook: ExcelJS.Workbook, data: TrainingDataset, plans: readonly AssessedPlan[], options: ExportOptions) {
  const sheet = workbook.addWorksheet('Summary', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.getColumn(1).width = 28;
  sheet.getColumn(2).width = 16;
  sheet.getColumn(3).width = 16;
  const info: [string, CellValue][] = [
    ['Training needs', `${plans.length} plans`],
    ['Identifiers', identifierStatement(options.mode)],
    ['Period from', data.period.from ?? 'the first plan'],
    ['Period to', data.period.to ?? 'the last plan'],
    ['Rubric', `${data.rubric.id} ${data.rubric.version}`],
    ['Generated', `${data.generatedAt} by ehcqa ${data.toolVersion}`],
  ];
  info.forEach(([k, v], i) => {
    const row = sheet.getRow(i + 1);
    row.getCell(1).value = k;
    row.getCell(1).font = { bold: true };
    row.getCell(2).value = v;
  });
  const grades = gradeDistribution(plans);
  const goodOrBetter = grades.filter((g) => GOOD_OR_BETTER.has(g.grade)).reduce((n, g) => n + g.count, 0);
  let at = writeTable(sheet, [{ header: 'Grade', width: 28 }, { header: 'Plans', width: 16 }, { header: 'Share', width: 16, format: PCT }],
    [...grades.map((g): CellValue[] => [g.grade, g.count, g.share]), ['Good or better', goodOrBetter, plans.length ? goodOrBetter / plans.length : null]], info.length + 2, { filter: false });
  for (let r = info.length + 3; r <= at; r++) sheet.getCell(r, 3).numFmt = PCT;
  at += 2;
  const sections = weaknessesBySection(data.rubric, plans);
  const end = writeTable(sheet, [{ header: 'Section', width: 28 }, { header: 'Not met', width: 16 }, { header: 'Partly met', width: 16 }, { header: 'Weak share', width: 16 }],
    sections.map((s) => [`${s.section}: ${s.name}`, s.notMet, s.partly, s.weakShare]), at, { filter: false });
  for (let r = at + 1; r <= end; r++) sheet.getCell(r, 4).numFmt = PCT;
}

/** Up to three quotes from different plans where the criterion fell short, identifiers removed. */
function examplesOf(criterion: string, plans: readonly AssessedPlan[], scrub: Pseudonymiser): string {
  const out: string[] = [];
  for (const p of plans) {
    if (out.length >= EXAMPLES_PER_THEME) break;
    if (!isWeak(p.levels.get(criterion))) continue;
    const evidence = p.plan.suggestions.find((s) => s.criterion === criterion)?.evidence[0];
    if (evidence) out.push(`${quote(scrub.text(p.plan.key, evidence.quote))} (${planReference(scrub, p.plan.key)})`);
  }
  return out.join('\n');
}

function addThemes(workbook: ExcelJS.Workbook, data: TrainingDataset, plans: readonly AssessedPlan[], scrub: Pseudonymiser) {
  const rows = criterionWeaknesses(data.rubric, plans).map((w, i): CellValue[] => [
    i + 1, w.criterion, `${w.section}: ${data.rubric.sections[w.section] ?? ''}`, SECTION_AGENCY[w.section], w.title, w.met, w.assessed, w.notMet, w.partly, w.weakShare, examplesOf(w.criterion, plans, scrub),
  ]);
  const sheet = addTableSheet(workbook, 'Themes', [
    { header: 'Rank', width: 6 }, { header: 'Criterion', width: 10 }, { header: 'Section', width: 26 }, { header: 'Agency', width: 14 },
    { header: 'Theme', width: 30, wrap: true }, { header: 'What met looks like', width: 50, wrap: true }, { header: 'Plans assessed', width: 10 },
    { header: 'Not met', width: 9 }, { header: 'Partly met', width: 9 }, { header: 'Weak share', width: 10, format: PCT }, { header: 'Examples (identifiers removed)', width: 80, wrap: true },
  ], rows);
  weakShareScale(sheet, `J2:J${rows.length + 1}`);
}

type Dimension = { sheet: string; label: string; of: (p: AssessedPlan) => string | null };

function quarterOf(date: string): string {
  return `${date.slice(0, 4)} Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

function addBreakdowns(workbook: ExcelJS.Workbook, data: TrainingDataset, plans: readonly AssessedPlan[], scrub: Pseudonymiser) {
  const sections = weaknessesBySection(data.rubric, plans);
  const weakest = criterionWeaknesses(data.rubric, plans);
  const topOf = (section: RubricSectionId) => weakest.find((w) => w.section === section && (w.weakShare ?? 0) > 0);
  addTableSheet(workbook, 'By section', [
    { header: 'Section', width: 34 }, { header: 'Agency', width: 14 }, { header: 'Criteria assessed', width: 12 }, { header: 'Not met', width: 9 },
    { header: 'Partly met', width: 9 }, { header: 'Weak share', width: 10, format: PCT }, { header: 'Weakest criterion', width: 40, wrap: true },
  ], sections.map((s) => { const top = topOf(s.section); return [`${s.section}: ${s.name}`, SECTION_AGENCY[s.section], s.assessed, s.notMet, s.partly, s.weakShare, top ? `${top.criterion} ${top.title}` : null]; }));
  addTableSheet(workbook, 'By agency', [
    { header: 'Agency', width: 16 }, { header: 'Criteria', width: 9 }, { header: 'Criteria assessed', width: 12 }, { header: 'Not met', width: 9 },
    { header: 'Partly met', width: 9 }, { header: 'Weak share', width: 10, format: PCT }, { header: 'Weakest criteria', width: 60, wrap: true },
  ], weaknessesByAgency(data.rubric, plans).map((a) => [a.agency, a.criteria, a.assessed, a.notMet, a.partly, a.weakShare,
    weakest.filter((w) => SECTION_AGENCY[w.section] === a.agency && (w.weakShare ?? 0) > 0).slice(0, 3).map((w) => `${w.criterion} ${w.title}`).join('\n') || null]));
  const dimensions: Dimension[] = [
    // Caseworkers are council staff, not family: named as the plan prints them (still scrubbed, in case a plan names a parent there).
    { sheet: 'By caseworker', label: 'Caseworker', of: (p) => (p.plan.metadata.caseworker ? scrub.text(p.plan.key, p.plan.metadata.caseworker) : null) },
    { sheet: 'By key stage', label: 'Key stage', of: (p) => p.plan.keyStage },
    { sheet: 'By primary need', label: 'Primary need', of: (p) => p.plan.metadata.primaryNeed },
    { sheet: 'By setting', label: 'Setting', of: (p) => p.plan.metadata.setting },
    { sheet: 'By period', label: 'Quarter', of: (p) => quarterOf(p.date) },
  ];
  for (const d of dimensions) {
    const groups = weaknessesBy(data.rubric, plans, d.of);
    const criteria = data.rubric.criteria;
    const sheet = addTableSheet(workbook, d.sheet, [
      { header: d.label, width: 26 }, { header: 'Plans', width: 8 }, { header: 'Good or better', width: 10, format: PCT }, { header: 'Weak share', width: 10, format: PCT },
      ...criteria.map((c) => ({ header: c.id, width: 6, format: PCT })),
    ], groups.map((g) => [g.group, g.plans, g.goodOrBetter, g.weakShare, ...criteria.map((c) => g.byCriterion.get(c.id) ?? null)]));
    sheet.views = [{ state: 'frozen', ySplit: 1, xSplit: 1 }];
    if (groups.length > 0) weakShareScale(sheet, `E2:${columnLetter(4 + criteria.length)}${groups.length + 1}`);
    criteria.forEach((c, i) => { sheet.getCell(1, 5 + i).note = `${c.id}: ${c.title}`; });
  }
}

function addPhrases(workbook: ExcelJS.Workbook, data: TrainingDataset, scrub: Pseudonymiser) {
  addTableSheet(workbook, 'Vague phrases', [
    { header: 'Phrase', width: 26 }, { header: 'Times used', width: 10 }, { header: 'Provision lines', width: 10 }, { header: 'Plans', width: 8 },
    { header: 'Example (identifiers removed)', width: 90, wrap: true },
  ], vaguePhrases(data.rubric, data.plans).map((p) => [p.phrase, p.occurrences, p.lines, p.plans, `${quote(scrub.text(p.example.planKey, p.example.text))} (${planReference(scrub, p.example.planKey)})`]));
  addTableSheet(workbook, 'Disguised outcomes', [
    { header: 'Plan', width: 14 }, { header: 'Phrase', width: 26 }, { header: 'Outcome (identifiers removed)', width: 100, wrap: true },
  ], disguisedOutcomes(data.rubric, data.plans).map((o) => [planReference(scrub, o.planKey), o.phrase, quote(scrub.text(o.planKey, o.outcome), 600)]));
}

function addCommentThemes(workbook: ExcelJS.Workbook, data: TrainingDataset, scrub: Pseudonymiser) {
  const comments = [
    ...data.judgements.flatMap((j) => [j.reason, j.note].filter((t): t is string => !!t?.trim()).map((text) => ({ text: scrub.text(j.planKey, text), criterion: j.criterion, planKey: j.planKey }))),
    ...data.planNotes.map((n) => ({ text: scrub.text(n.planKey, n.note), criterion: null, planKey: n.planKey })),
  ];
  const themes = commentThemes(comments);
  addTableSheet(workbook, 'Comment themes', [
    { header: 'Theme (key words)', width: 30 }, { header: 'Comments', width: 10 }, { header: 'Plans', width: 8 }, { header: 'Criteria', width: 20, wrap: true },
    { header: 'Examples (identifiers removed)', width: 90, wrap: true },
  ], themes.map((t) => [t.terms.join(', '), t.comments.length, new Set(t.comments.map((c) => c.planKey)).size, t.criteria.join(', ') || null,
    t.comments.slice(0, EXAMPLES_PER_THEME).map((c) => `${quote(c.text)} (${planReference(scrub, c.planKey)}${c.criterion ? `, ${c.criterion}` : ''})`).join('\n')]));
}

function addTrend(workbook: ExcelJS.Workbook, plans: readonly AssessedPlan[]) {
  addTableSheet(workbook, 'Trend', [
    { header: 'Month', width: 10 }, { header: 'Plans', width: 8 }, { header: 'Good or better', width: 12, format: PCT }, { header: 'Mean score', width: 10, format: PCT },
    { header: 'Weak criteria per plan', width: 12, format: '0.0' },
  ], trendByMonth(plans).map((m) => [m.month, m.plans, m.goodOrBetter, m.meanScore, m.weakPerPlan]));
}

/** The dashboard's charts as data, so a board pack can redraw them (the app exports PNGs of the same). */
function addDashboardData(workbook: ExcelJS.Workbook, data: TrainingDataset, plans: readonly AssessedPlan[]) {
  const weakest = criterionWeaknesses(data.rubric, plans).filter((w) => w.assessed > 0).slice(0, 10);
  addTableSheet(workbook, 'Chart weakest criteria', [
    { header: 'Criterion', width: 10 }, { header: 'Title', width: 40 }, { header: 'Not met', width: 9 }, { header: 'Partly met', width: 9 }, { header: 'Weak share', width: 10, format: PCT },
  ], weakest.map((w) => [w.criterion, w.title, w.notMet, w.partly, w.weakShare]));
}
