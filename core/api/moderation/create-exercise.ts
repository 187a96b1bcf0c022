import { EhcqaError } from '../../domain';
import { planReference, sectionsForAgency, seededSample, sizeForPercent } from '../../moderation';
import { type Rubric } from '../../rubric';
import { type Exercise, findAuditor, findPlan, insertAssignment, insertExercise, latestAudit, listPlans, type PlanSelection, type SampleFilters } from '../../store';
import { type ApiContext } from '../context';

export interface CreateExerciseInput {
  readonly name: string;
  readonly auditorIds: readonly number[];
  /** Plans chosen by hash; without them, a sample (or all) of the audited plans. */
  readonly plans?: readonly string[];
  readonly sample?: { readonly size?: number; readonly percent?: number; readonly seed?: number };
  readonly filters?: SampleFilters;
  readonly splitByAgency: boolean;
  readonly dueDate?: string;
  readonly moderatorId?: number;
  readonly createdBy?: number;
}

/** Plans audited with the rubric, matching the filters, in import order. */
function candidates(ctx: ApiContext, rubric: Rubric, filters: SampleFilters): string[] {
  return listPlans(ctx.db)
    .filter((p) => p.status === 'ok' && latestAudit(ctx.db, p.sha256, rubric.id) !== null)
    .filter((p) => !filters.planType || p.metadata?.planType === filters.planType)
    .filter((p) => !filters.month || (p.metadata?.planDate ?? '').startsWith(filters.month))
    .map((p) => p.sha256);
}

/**
 * A moderation exercise: its plans (chosen, sampled with a recorded seed, or all), and every
 * auditor assigned every plan — with their agency's sections when split by agency.
 */
export function createExercise(ctx: ApiContext, rubric: Rubric, input: CreateExerciseInput): Exercise {
  const auditors = [...new Set(input.auditorIds)].map((id) => {
    const auditor = findAuditor(ctx.db, id);
    if (!auditor) throw new EhcqaError('not_found', `There is no auditor with id ${id}.`);
    return auditor;
  });
  if (input.moderatorId !== undefined && !findAuditor(ctx.db, input.moderatorId)) throw new EhcqaError('not_found', `There is no auditor with id ${input.moderatorId} to moderate.`);
  const filters = input.filters ?? {};
  let plans: string[];
  let selection: PlanSelection;
  if (input.plans && input.plans.length > 0) {
    if (input.sample) throw new EhcqaError('invalid_argument', 'Choose plans or ask for a sample, not both.');
    plans = [...new Set(input.plans)];
    for (const sha of plans) {
      if (findPlan(ctx.db, sha)?.status !== 'ok' || !latestAudit(ctx.db, sha, rubric.id)) throw new EhcqaError('not_found', `Plan ${planReference(sha)} has not been audited with the rubric "${rubric.id}".`);
    }
    selection = { method: 'chosen' };
  } else {
    const pool = candidates(ctx, rubric, filters);
    if (input.sample) {
      const { size, percent, seed = Math.floor(ctx.now().getTime() % 2_147_483_647) } = input.sample;
      if ((size === undefined) === (percent === undefined)) throw new EhcqaError('invalid_argument', 'A sample is a number of plans or a percentage of them: give one.');
      const n = size ?? sizeForPercent(pool.length, percent!);
      plans = seededSample(pool, n, seed);
      selection = { method: 'sample', size: n, percent: percent ?? null, seed, filters };
    } else {
      plans = pool;
      selection = { method: 'all', filters };
    }
  }
  if (plans.length === 0) throw new EhcqaError('not_found', 'No audited plan matches: an exercise needs at least one plan.');
  const at = ctx.now().toISOString();
  return ctx.db.transaction(() => {
    const exercise = insertExercise(ctx.db, {
      name: input.name, createdAt: at, dueDate: input.dueDate ?? null, rubricId: rubric.id, rubricVersion: rubric.version,
      splitByAgency: input.splitByAgency, selection, moderatorId: input.moderatorId ?? null,
    }, plans, input.createdBy ?? null);
    for (const sha of plans) {
      for (const auditor of auditors) insertAssignment(ctx.db, { exerciseId: exercise.id, planSha256: sha, auditorId: auditor.id, sections: sectionsForAgency(auditor.agency, input.splitByAgency) });
    }
    return exercise;
  })();
}
