import { type Evidence, type Level, type RubricSectionId } from '../../domain';
import { type Disagreement, disagreementOf } from '../../moderation';
import {
  type AgreedLevel, agreedOfExercise, type Assignment, type Auditor, type Exercise, type ExerciseNote, notesOfPlan, scoresOfExercise, type SignOff, signOffsOfExercise,
  type TrailEntry, trailFor,
} from '../../store';
import { type ApiContext } from '../context';
import { canModerate, criteriaOf, isBlind, type LoadedExercise, planLabel, type PlanLabel, toolSuggestions } from './exercise-context';

/** A list row: the exercise and how far it has got. */
export interface ExerciseSummary {
  readonly exercise: Exercise;
  readonly plans: number;
  readonly auditors: number;
  readonly assignments: number;
  readonly submitted: number;
  readonly signedOff: number;
}

/** An exercise in full: its plans, auditors and every assignment's status. */
export interface ExerciseDetail extends ExerciseSummary {
  readonly planLabels: readonly PlanLabel[];
  readonly auditorList: readonly Auditor[];
  readonly assignmentList: readonly Assignment[];
  readonly signOffs: readonly SignOff[];
}

export function exerciseDetail(ctx: ApiContext, loaded: LoadedExercise): ExerciseDetail {
  const auditorIds = [...new Set(loaded.assignments.map((a) => a.auditorId))];
  const signOffs = signOffsOfExercise(ctx.db, loaded.exercise.id);
  return {
    exercise: loaded.exercise,
    plans: loaded.plans.length,
    auditors: auditorIds.length,
    assignments: loaded.assignments.length,
    submitted: loaded.assignments.filter((a) => a.status === 'submitted').length,
    signedOff: signOffs.length,
    planLabels: loaded.plans.map((sha) => planLabel(ctx, sha)),
    auditorList: auditorIds.map((id) => loaded.auditors.get(id)!).filter(Boolean),
    assignmentList: loaded.assignments,
    signOffs,
  };
}

/** One criterion an auditor scores, with the tool's view for reference. */
export interface ScoringItem {
  readonly id: string;
  readonly section: RubricSectionId;
  readonly title: string;
  readonly met: string;
  readonly tool: { readonly level: Level; readonly rationale: string; readonly evidence: readonly Evidence[] } | null;
  readonly level: Level | null;
  readonly reason: string | null;
}

export interface AssignedPlan {
  readonly plan: PlanLabel;
  readonly sections: readonly RubricSectionId[] | null;
  readonly status: Assignment['status'];
  readonly submittedAt: string | null;
  readonly items: readonly ScoringItem[];
}

/** What one auditor must score in an exercise: their own scores and the tool's, nobody else's. */
export interface AssignmentView {
  readonly exercise: Exercise;
  readonly auditor: Auditor;
  readonly plans: readonly AssignedPlan[];
}

export function assignmentView(ctx: ApiContext, loaded: LoadedExercise, auditor: Auditor): AssignmentView {
  const scores = scoresOfExercise(ctx.db, loaded.exercise.id).filter((s) => s.auditorId === auditor.id);
  const plans = loaded.assignments.filter((a) => a.auditorId === auditor.id).map((a): AssignedPlan => {
    const tool = toolSuggestions(ctx, loaded.rubric, a.planSha256);
    return {
      plan: planLabel(ctx, a.planSha256), sections: a.sections, status: a.status, submittedAt: a.submittedAt,
      items: criteriaOf(loaded.rubric, a.sections).map((c) => {
        const suggestion = tool.get(c.id);
        const own = scores.find((s) => s.planSha256 === a.planSha256 && s.criterion === c.id);
        return {
          id: c.id, section: c.section, title: c.title, met: c.met,
          tool: suggestion ? { level: suggestion.level, rationale: suggestion.rationale, evidence: suggestion.evidence } : null,
          level: own?.level ?? null, reason: own?.reason ?? null,
        };
      }),
    };
  });
  return { exercise: loaded.exercise, auditor, plans };
}

/** One auditor's cell in the panel grid: `hidden` while the asker is blind to it. */
export type PanelCell =
  | { readonly state: 'not_assigned' }
  | { readonly state: 'hidden' }
  | { readonly state: 'shown'; readonly level: Level | null; readonly reason: string | null };

export interface PanelRow {
  readonly id: string;
  readonly section: RubricSectionId;
  readonly title: string;
  readonly tool: Level | null;
  /** In the order of `PanelView.auditors`. */
  readonly cells: readonly PanelCell[];
  /** `null` while blind: a disagreement would tell what the others said. */
  readonly disagreement: Disagreement | null;
  readonly agreed: AgreedLevel | null;
}

export interface PanelView {
  readonly exercise: Exercise;
  readonly plan: PlanLabel;
  readonly blind: boolean;
  readonly canModerate: boolean;
  readonly auditors: readonly { readonly auditor: Auditor; readonly sections: readonly RubricSectionId[] | null; readonly status: Assignment['status'] }[];
  readonly rows: readonly PanelRow[];
  /** With the author's name: the moderator writing one need not be a scorer of the plan. */
  readonly notes: readonly (ExerciseNote & { readonly authorName: string })[];
  readonly signOff: SignOff | null;
  /** Who set what, when, from what to what, and why: the trail of this plan in the exercise. */
  readonly history: readonly (TrailEntry & { readonly authorName: string })[];
}

/** The panel grid for one plan, criteria by auditors, as the asking auditor may see it. */
export function panelView(ctx: ApiContext, loaded: LoadedExercise, sha256: string, askingId: number): PanelView {
  const blind = isBlind(loaded, sha256, askingId);
  const ofPlan = loaded.assignments.filter((a) => a.planSha256 === sha256);
  const scores = scoresOfExercise(ctx.db, loaded.exercise.id).filter((s) => s.planSha256 === sha256);
  const agreed = agreedOfExercise(ctx.db, loaded.exercise.id).filter((a) => a.planSha256 === sha256);
  const tool = toolSuggestions(ctx, loaded.rubric, sha256);
  const rows = loaded.rubric.criteria.map((c): PanelRow => {
    const cells = ofPlan.map((a): PanelCell => {
      if (!criteriaOf(loaded.rubric, a.sections).some((x) => x.id === c.id)) return { state: 'not_assigned' };
      if (blind && a.auditorId !== askingId) return { state: 'hidden' };
      const score = scores.find((s) => s.auditorId === a.auditorId && s.criterion === c.id);
      return { state: 'shown', level: score?.level ?? null, reason: score?.reason ?? null };
    });
    const levels = cells.map((cell) => (cell.state === 'shown' ? cell.level : null));
    return {
      id: c.id, section: c.section, title: c.title, tool: tool.get(c.id)?.level ?? null, cells,
      disagreement: blind ? null : disagreementOf(levels),
      agreed: blind ? null : (agreed.find((a) => a.criterion === c.id) ?? null),
    };
  });
  return {
    exercise: loaded.exercise,
    plan: planLabel(ctx, sha256),
    blind,
    canModerate: canModerate(loaded, sha256, askingId),
    auditors: ofPlan.map((a) => ({ auditor: loaded.auditors.get(a.auditorId)!, sections: a.sections, status: a.status })),
    rows,
    notes: blind ? [] : notesOfPlan(ctx.db, loaded.exercise.id, sha256).map((n) => ({ ...n, authorName: loaded.auditors.get(n.auditorId)?.name ?? `Auditor ${n.auditorId}` })),
    signOff: signOffsOfExercise(ctx.db, loaded.exercise.id).find((s) => s.planSha256 === sha256) ?? null,
    history: blind ? [] : (['exercise_score', 'exercise_agreed', 'exercise_signoff'] as const)
      .flatMap((entity) => trailFor(ctx.db, entity, `${loaded.exercise.id}/${sha256}`))
      .sort((a, b) => a.id - b.id)
      .map((t) => ({ ...t, authorName: t.auditorId === null ? '' : (loaded.auditors.get(t.auditorId)?.name ?? `Auditor ${t.auditorId}`) })),
  };
}
