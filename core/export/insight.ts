import { type Grade, GRADES, type Level, type RubricSectionId } from '../domain';
import { gradeCriteria, type Rubric } from '../rubric';
import { type ExportJudgement, type ExportPlan } from './dataset';
import { GOOD_OR_BETTER, isWeak } from './levels';

/**
 * The agency that writes each section's advice, for "weaknesses by agency": health writes C and
 * G, social care D and H, education B, E, F and I; the local authority's SEN team A, J, K and the
 * whole-plan criteria.
 */
export type SectionAgency = 'education' | 'health' | 'social care' | 'local authority';
export const SECTION_AGENCY: Readonly<Record<RubricSectionId, SectionAgency>> = {
  A: 'local authority', B: 'education', C: 'health', D: 'social care', E: 'education', F: 'education',
  G: 'health', H: 'social care', I: 'education', J: 'local authority', K: 'local authority', P: 'local authority',
};
export const SECTION_AGENCIES: readonly SectionAgency[] = ['education', 'health', 'social care', 'local authority'];

/** A plan with the levels that count: an auditor's where one set it (the latest), the tool's elsewhere. */
export interface AssessedPlan {
  readonly plan: ExportPlan;
  readonly levels: ReadonlyMap<string, Level>;
  readonly grade: Grade;
  readonly score: number | null;
  /** YYYY-MM-DD: the plan's date, or the day it was imported when the plan prints none. */
  readonly date: string;
  readonly month: string;
}

export function assessPlans(rubric: Rubric, plans: readonly ExportPlan[], judgements: readonly ExportJudgement[]): AssessedPlan[] {
  const latest = new Map<string, ExportJudgement>();
  for (const j of judgements) {
    if (!j.level) continue;
    const key = `${j.planKey}/${j.criterion}`;
    const before = latest.get(key);
    if (!before || before.updatedAt <= j.updatedAt) latest.set(key, j);
  }
  return plans.map((plan) => {
    const levels = new Map(plan.suggestions.map((s) => [s.criterion, s.level]));
    let judged = false;
    for (const c of rubric.criteria) {
      const j = latest.get(`${plan.key}/${c.id}`);
      if (j?.level) { levels.set(c.id, j.level); judged = true; }
    }
    const graded = judged ? gradeCriteria(rubric, rubric.criteria, levels) : { grade: plan.toolGrade, score: plan.toolScore };
    const date = plan.metadata.planDate ?? plan.importedAt.slice(0, 10);
    return { plan, levels, grade: graded.grade, score: graded.score, date, month: date.slice(0, 7) };
  });
}

export interface InsightFilters {
  readonly keyStage?: string | null;
  readonly primaryNeed?: string | null;
  readonly setting?: string | null;
  readonly from?: string | null;
  readonly to?: string | null;
}

export function filterPlans(plans: readonly AssessedPlan[], f: InsightFilters): AssessedPlan[] {
  return plans.filter((p) =>
    (!f.keyStage || p.plan.keyStage === f.keyStage)
    && (!f.primaryNeed || p.plan.metadata.primaryNeed === f.primaryNeed)
    && (!f.setting || p.plan.metadata.setting === f.setting)
    && (!f.from || p.date >= f.from)
    && (!f.to || p.date <= f.to));
}

export const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

export interface GradeCount { readonly grade: Grade; readonly count: number; readonly share: number | null }
export function gradeDistribution(plans: readonly AssessedPlan[]): GradeCount[] {
  return GRADES.map((grade) => {
    const count = plans.filter((p) => p.grade === grade).length;
    return { grade, count, share: share(count, plans.length) };
  });
}

export interface MonthTrend { readonly month: string; readonly plans: number; readonly goodOrBetter: number | null; readonly meanScore: number | null; readonly weakPerPlan: number | null }
export function trendByMonth(plans: readonly AssessedPlan[]): MonthTrend[] {
  const months = [...new Set(plans.map((p) => p.month))].sort();
  return months.map((month) => {
    const own = plans.filter((p) => p.month === month);
    const scores = own.map((p) => p.score).filter((s): s is number => s !== null);
    const weak = own.reduce((n, p) => n + [...p.levels.values()].filter(isWeak).length, 0);
    return {
      month,
      plans: own.length,
      goodOrBetter: share(own.filter((p) => GOOD_OR_BETTER.has(p.grade)).length, own.length),
      meanScore: scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null,
      weakPerPlan: share(weak, own.length),
    };
  });
}

export interface CriterionWeakness {
  readonly criterion: string;
  readonly section: RubricSectionId;
  readonly title: string;
  readonly met: string;
  /** Plans where the criterion applies (not N/A). */
  readonly assessed: number;
  readonly notMet: number;
  readonly partly: number;
  readonly weakShare: number | null;
}

/** Every criterion with its counts, weakest first (by share of plans not met or partly met). */
export function criterionWeaknesses(rubric: Rubric, plans: readonly AssessedPlan[]): CriterionWeakness[] {
  const rows = rubric.criteria.map((c) => {
    let assessed = 0, notMet = 0, partly = 0;
    for (const p of plans) {
      const level = p.levels.get(c.id) ?? 'na';
      if (level === 'na') continue;
      assessed++;
      if (level === 'not_met') notMet++;
      if (level === 'partly') partly++;
    }
    return { criterion: c.id, section: c.section, title: c.title, met: c.met, assessed, notMet, partly, weakShare: share(notMet + partly, assessed) };
  });
  return rows.sort((a, b) => (b.weakShare ?? -1) - (a.weakShare ?? -1) || b.notMet - a.notMet || a.criterion.localeCompare(b.criterion));
}

export interface GroupWeakness {
  readonly group: string;
  readonly plans: number;
  readonly assessed: number;
  readonly weak: number;
  readonly weakShare: number | null;
  readonly goodOrBetter: number | null;
  /** Per criterion id: the share weak among plans of the group where it applies. */
  readonly byCriterion: ReadonlyMap<string, number | null>;
}

/** Weaknesses of plans grouped by a dimension (key stage, need, setting, caseworker, month). */
export function weaknessesBy(rubric: Rubric, plans: readonly AssessedPlan[], groupOf: (p: AssessedPlan) => string | null): GroupWeakness[] {
  const groups = new Map<string, AssessedPlan[]>();
  for (const p of plans) {
    const g = groupOf(p) ?? 'Not stated';
    const own = groups.get(g);
    if (own) own.push(p);
    else groups.set(g, [p]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([group, own]) => {
    const byCriterion = new Map(criterionWeaknesses(rubric, own).map((w) => [w.criterion, w.weakShare]));
    let assessed = 0, weak = 0;
    for (const p of own) for (const level of p.levels.values()) { if (level !== 'na') assessed++; if (isWeak(level)) weak++; }
    return { group, plans: own.length, assessed, weak, weakShare: share(weak, assessed), goodOrBetter: share(own.filter((p) => GOOD_OR_BETTER.has(p.grade)).length, own.length), byCriterion };
  });
}

export interface AgencyWeakness { readonly agency: SectionAgency; readonly criteria: number; readonly assessed: number; readonly notMet: number; readonly partly: number; readonly weakShare: number | null }
export function weaknessesByAgency(rubric: Rubric, plans: readonly AssessedPlan[]): AgencyWeakness[] {
  const weaknesses = criterionWeaknesses(rubric, plans);
  return SECTION_AGENCIES.map((agency) => {
    const own = weaknesses.filter((w) => SECTION_AGENCY[w.section] === agency);
    const sum = (f: (w: CriterionWeakness) => number) => own.reduce((n, w) => n + f(w), 0);
    const assessed = sum((w) => w.assessed), notMet = sum((w) => w.notMet), partly = sum((w) => w.partly);
    return { agency, criteria: own.length, assessed, notMet, partly, weakShare: share(notMet + partly, assessed) };
  });
}

export interface SectionWeakness { readonly section: RubricSectionId; readonly name: string; readonly assessed: number; readonly notMet: number; readonly partly: number; readonly weakShare: number | null }
export function weaknessesBySection(rubric: Rubric, plans: readonly AssessedPlan[]): SectionWeakness[] {
  const weaknesses = criterionWeaknesses(rubric, plans);
  const sections = [...new Set(rubric.criteria.map((c) => c.section))];
  return sections.map((section) => {
    const own = weaknesses.filter((w) => w.section === section);
    const sum = (f: (w: CriterionWeakness) => number) => own.reduce((n, w) => n + f(w), 0);
    const assessed = sum((w) => w.assessed), notMet = sum((w) => w.notMet), partly = sum((w) => w.partly);
    return { section, name: rubric.sections[section] ?? section, assessed, notMet, partly, weakShare: share(notMet + partly, assessed) };
  });
}
