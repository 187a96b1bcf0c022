import { type Level } from '../../domain';
import { exerciseAgreement, type ExerciseAgreement } from '../../moderation';
import { agreedOfExercise, type Auditor, type Exercise, scoresOfExercise } from '../../store';
import { type ApiContext } from '../context';
import { type LoadedExercise, toolLevels } from './exercise-context';

export interface AgreementView {
  readonly exercise: Exercise;
  /** The raters, in the column order of every pairwise figure (raterA, raterB index into this). */
  readonly raters: readonly Pick<Auditor, 'id' | 'name' | 'agency'>[];
  readonly criteria: readonly { readonly id: string; readonly section: string; readonly title: string }[];
  readonly agreement: ExerciseAgreement;
}

/** Agreement figures of an exercise, from submitted scores only (a draft is not yet a rating). */
export function agreementView(ctx: ApiContext, loaded: LoadedExercise): AgreementView {
  const submitted = new Set(loaded.assignments.filter((a) => a.status === 'submitted').map((a) => `${a.planSha256}/${a.auditorId}`));
  const levels = new Map<string, Map<number, Level>>();
  for (const s of scoresOfExercise(ctx.db, loaded.exercise.id)) {
    if (!s.level || !submitted.has(`${s.planSha256}/${s.auditorId}`)) continue;
    const key = `${s.planSha256}/${s.criterion}`;
    levels.set(key, (levels.get(key) ?? new Map<number, Level>()).set(s.auditorId, s.level));
  }
  const tool = new Map<string, Level>();
  for (const sha of loaded.plans) for (const [id, level] of toolLevels(ctx, loaded.rubric, sha)) tool.set(`${sha}/${id}`, level);
  const agreed = new Map(agreedOfExercise(ctx.db, loaded.exercise.id).map((a) => [`${a.planSha256}/${a.criterion}`, a.level]));
  const raterIds = [...new Set(loaded.assignments.map((a) => a.auditorId))];
  return {
    exercise: loaded.exercise,
    raters: raterIds.map((id) => {
      const a = loaded.auditors.get(id)!;
      return { id: a.id, name: a.name, agency: a.agency };
    }),
    criteria: loaded.rubric.criteria.map((c) => ({ id: c.id, section: c.section, title: c.title })),
    agreement: exerciseAgreement({ raters: raterIds, plans: loaded.plans, criteria: loaded.rubric.criteria, levels, tool, agreed }),
  };
}
