import { type ModerationDataset, type TrainingDataset } from '../export';
import { type Rubric } from '../rubric';
import { agreedOfExercise, type PlanSelection, type SampleFilters, scoresOfExercise } from '../store';
import { exerciseTrail, exportAuditors, exportJudgements, exportPlanNotes, exportPlans, withinPeriod } from '../store/export-dataset';
import { type ApiContext } from './context';
import { loadExercise } from './moderation/exercise-context';

/** The training and dashboard data: every plan audited with the rubric, within the period. */
export function trainingDataset(ctx: ApiContext, rubric: Rubric, period: { from?: string | undefined; to?: string | undefined }): TrainingDataset {
  const filter = { from: period.from ?? null, to: period.to ?? null };
  const plans = withinPeriod(exportPlans(ctx.db, rubric.id), filter);
  const keys = new Set(plans.map((p) => p.key));
  return {
    generatedAt: ctx.now().toISOString(),
    toolVersion: ctx.toolVersion,
    rubric,
    period: filter,
    plans,
    auditors: exportAuditors(ctx.db),
    judgements: exportJudgements(ctx.db, keys),
    planNotes: exportPlanNotes(ctx.db, keys),
  };
}

function describeSelection(selection: PlanSelection): string {
  const filters = (f: SampleFilters) => [f.planType ? `plan type ${f.planType}` : null, f.month ? `plan date in ${f.month}` : null].filter(Boolean).join(', ') || 'no filters';
  switch (selection.method) {
    case 'chosen':
      return 'Plans chosen by hand';
    case 'all':
      return `All audited plans (${filters(selection.filters)})`;
    case 'sample':
      return `Random sample of ${selection.size}${selection.percent !== null ? ` (${selection.percent}%)` : ''}, seed ${selection.seed} (${filters(selection.filters)})`;
  }
}

/** One moderation exercise read from its tables (migration 003): plans, scores, agreed levels, trail. */
export function moderationDataset(ctx: ApiContext, exerciseId: number): ModerationDataset {
  const loaded = loadExercise(ctx, exerciseId);
  const byKey = new Map(exportPlans(ctx.db, loaded.rubric.id, loaded.plans).map((p) => [p.key, p]));
  const plans = loaded.plans.map((key) => byKey.get(key)).filter((p): p is NonNullable<typeof p> => p !== undefined);
  const panel = new Set(loaded.assignments.map((a) => a.auditorId));
  const auditors = exportAuditors(ctx.db).filter((a) => panel.has(a.id));
  // As the agreement operation counts them: a draft is not yet a rating.
  const submitted = new Set(loaded.assignments.filter((a) => a.status === 'submitted').map((a) => `${a.planSha256}/${a.auditorId}`));
  return {
    generatedAt: ctx.now().toISOString(),
    toolVersion: ctx.toolVersion,
    rubric: loaded.rubric,
    exercise: { id: String(loaded.exercise.id), name: loaded.exercise.name, createdAt: loaded.exercise.createdAt, filters: describeSelection(loaded.exercise.selection) },
    plans,
    auditors,
    ratings: scoresOfExercise(ctx.db, exerciseId).filter((s) => submitted.has(`${s.planSha256}/${s.auditorId}`)).map((s) => ({ planKey: s.planSha256, criterion: s.criterion, auditorId: s.auditorId, level: s.level, reason: s.reason })),
    agreed: agreedOfExercise(ctx.db, exerciseId).map((a) => ({ planKey: a.planSha256, criterion: a.criterion, level: a.level, reason: a.reason })),
    trail: exerciseTrail(ctx.db, exerciseId),
  };
}
