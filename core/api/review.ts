import { EhcqaError, type Level, type Plan, type PlanGrade, type Suggestion } from '../domain';
import { gradePlan, type Rubric } from '../rubric';
import { findReview, type Judgement, judgementsFor, latestAudit, loadPlan, type PlanReview } from '../store';
import { type ApiContext } from './context';

export interface CriterionView {
  readonly id: string;
  readonly section: string;
  readonly title: string;
  readonly met: string;
  readonly weight: number;
  readonly limiting: boolean;
}

/** Everything the plan screen shows for one auditor: the tool's view and theirs, side by side. */
export interface PlanReviewView {
  readonly sha256: string;
  readonly plan: Plan;
  readonly criteria: readonly CriterionView[];
  readonly suggestions: readonly Suggestion[];
  readonly judgements: readonly Judgement[];
  readonly toolGrade: PlanGrade;
  /** The grade with the auditor's levels where they set one, the tool's elsewhere. */
  readonly grade: PlanGrade;
  readonly review: PlanReview | null;
}

export function effectiveLevels(suggestions: readonly Suggestion[], judgements: readonly Judgement[]): Map<string, Level> {
  const levels = new Map(suggestions.map((s) => [s.criterion, s.level]));
  for (const j of judgements) if (j.level) levels.set(j.criterion, j.level);
  return levels;
}

export function buildReview(ctx: ApiContext, rubric: Rubric, sha256: string, auditorId: number): PlanReviewView {
  const plan = loadPlan(ctx.db, sha256);
  const audit = latestAudit(ctx.db, sha256, rubric.id);
  if (!plan || !audit) throw new EhcqaError('not_found', 'That plan has not been audited with this rubric.');
  const judgements = judgementsFor(ctx.db, sha256, auditorId);
  return {
    sha256,
    plan,
    criteria: rubric.criteria.map((c) => ({ id: c.id, section: c.section, title: c.title, met: c.met, weight: c.weight, limiting: c.limiting })),
    suggestions: audit.suggestions,
    judgements,
    toolGrade: audit.grade,
    grade: gradePlan(rubric, effectiveLevels(audit.suggestions, judgements)),
    review: findReview(ctx.db, sha256, auditorId),
  };
}
