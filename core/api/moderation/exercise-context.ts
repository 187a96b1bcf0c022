import { EhcqaError, type Level, type RubricSectionId } from '../../domain';
import { coversSection, planReference } from '../../moderation';
import { type Criterion, type Rubric } from '../../rubric';
import {
  type Assignment, assignmentsOfExercise, type Auditor, type Exercise, exercisePlanShas, findExercise, findPlan, latestAudit, listAuditors,
} from '../../store';
import { type ApiContext } from '../context';
import { rubricOf } from '../operations/operation';

/** An exercise with what every moderation operation needs around it, read once. */
export interface LoadedExercise {
  readonly exercise: Exercise;
  readonly rubric: Rubric;
  readonly plans: readonly string[];
  readonly assignments: readonly Assignment[];
  readonly auditors: ReadonlyMap<number, Auditor>;
}

export function loadExercise(ctx: ApiContext, exerciseId: number): LoadedExercise {
  const exercise = findExercise(ctx.db, exerciseId);
  if (!exercise) throw new EhcqaError('not_found', `There is no exercise with id ${exerciseId}.`);
  const rubric = rubricOf(ctx);
  if (rubric.id !== exercise.rubricId) throw new EhcqaError('conflict', `Exercise ${exerciseId} was set up with the rubric "${exercise.rubricId}"; the app is using "${rubric.id}".`);
  return {
    exercise, rubric, plans: exercisePlanShas(ctx.db, exerciseId), assignments: assignmentsOfExercise(ctx.db, exerciseId),
    auditors: new Map(listAuditors(ctx.db).map((a) => [a.id, a])),
  };
}

export function requirePlanOf(loaded: LoadedExercise, sha256: string): void {
  if (!loaded.plans.includes(sha256)) throw new EhcqaError('not_found', `That plan is not part of exercise ${loaded.exercise.id}.`);
}

export function requireAssignment(loaded: LoadedExercise, sha256: string, auditorId: number): Assignment {
  requirePlanOf(loaded, sha256);
  const found = loaded.assignments.find((a) => a.planSha256 === sha256 && a.auditorId === auditorId);
  if (!found) throw new EhcqaError('not_found', `Auditor ${auditorId} is not assigned plan ${planReference(sha256)} in exercise ${loaded.exercise.id}.`);
  return found;
}

/** The criteria an assignment covers, in rubric order. */
export const criteriaOf = (rubric: Rubric, sections: readonly RubricSectionId[] | null): Criterion[] =>
  rubric.criteria.filter((c) => coversSection(sections, c.section));

export interface PlanLabel {
  readonly sha256: string;
  readonly reference: string;
  /** The child's name as the library shows it (in the app only; never on a form). */
  readonly name: string | null;
  readonly fileName: string;
}

export function planLabel(ctx: ApiContext, sha256: string): PlanLabel {
  const row = findPlan(ctx.db, sha256);
  return { sha256, reference: planReference(sha256), name: row?.metadata?.name ?? null, fileName: row?.fileName ?? '' };
}

/** The tool's latest suggestions for a plan, by criterion. */
export function toolSuggestions(ctx: ApiContext, rubric: Rubric, sha256: string) {
  const audit = latestAudit(ctx.db, sha256, rubric.id);
  return new Map((audit?.suggestions ?? []).map((s) => [s.criterion, s]));
}

export const toolLevels = (ctx: ApiContext, rubric: Rubric, sha256: string): Map<string, Level> =>
  new Map([...toolSuggestions(ctx, rubric, sha256)].map(([id, s]) => [id, s.level]));

/**
 * Who may moderate a plan: the exercise's moderator; without one, any auditor of the exercise
 * once every assignment of the plan is submitted.
 */
export function canModerate(loaded: LoadedExercise, sha256: string, auditorId: number): boolean {
  if (loaded.exercise.moderatorId !== null) return loaded.exercise.moderatorId === auditorId && !isBlind(loaded, sha256, auditorId);
  const ofPlan = loaded.assignments.filter((a) => a.planSha256 === sha256);
  return loaded.assignments.some((a) => a.auditorId === auditorId) && ofPlan.every((a) => a.status === 'submitted');
}

/**
 * Blind scoring: an auditor who still has to submit their own scores for a plan does not see
 * anyone else's. Once they have submitted (or if they are the moderator and not scoring it)
 * the panel is open to them; an outsider sees it only when every score is in.
 */
export function isBlind(loaded: LoadedExercise, sha256: string, auditorId: number): boolean {
  const ofPlan = loaded.assignments.filter((a) => a.planSha256 === sha256);
  const own = ofPlan.find((a) => a.auditorId === auditorId);
  if (own) return own.status !== 'submitted';
  if (loaded.exercise.moderatorId === auditorId) return false;
  return !ofPlan.every((a) => a.status === 'submitted');
}
