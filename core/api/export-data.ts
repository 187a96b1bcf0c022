import { type TrainingDataset } from '../export';
import { type Rubric } from '../rubric';
import { exportAuditors, exportJudgements, exportPlanNotes, exportPlans, withinPeriod } from '../store/export-dataset';
import { type ApiContext } from './context';

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
