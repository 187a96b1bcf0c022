import { type ReadDb, type WriteDb } from './database';
import { appendTrail } from './trail-repository';

/** How the plans of an exercise were chosen, kept so a QA lead can say how the sample was drawn. */
export type PlanSelection =
  | { readonly method: 'chosen' }
  | { readonly method: 'all'; readonly filters: SampleFilters }
  | { readonly method: 'sample'; readonly size: number; readonly percent: number | null; readonly seed: number; readonly filters: SampleFilters };

export interface SampleFilters {
  readonly planType?: 'draft' | 'final' | 'amended';
  /** YYYY-MM: plans whose plan date falls in that month. */
  readonly month?: string;
}

export const EXERCISE_STATUSES = ['open', 'signed_off'] as const;
export type ExerciseStatus = (typeof EXERCISE_STATUSES)[number];

export interface Exercise {
  readonly id: number;
  readonly name: string;
  readonly createdAt: string;
  readonly dueDate: string | null;
  readonly status: ExerciseStatus;
  readonly rubricId: string;
  readonly rubricVersion: string;
  readonly splitByAgency: boolean;
  readonly selection: PlanSelection;
  readonly moderatorId: number | null;
}

interface ExerciseRecord {
  id: number; name: string; created_at: string; due_date: string | null; status: ExerciseStatus; rubric_id: string; rubric_version: string;
  split_by_agency: number; sample_json: string; moderator_id: number | null;
}
const fromRecord = (r: ExerciseRecord): Exercise => ({
  id: r.id, name: r.name, createdAt: r.created_at, dueDate: r.due_date, status: r.status, rubricId: r.rubric_id, rubricVersion: r.rubric_version,
  splitByAgency: r.split_by_agency === 1, selection: JSON.parse(r.sample_json) as PlanSelection, moderatorId: r.moderator_id,
});

/** Inserts the exercise and its plans (in order). Call inside a transaction. */
export function insertExercise(db: WriteDb, exercise: Omit<Exercise, 'id' | 'status'>, planSha256s: readonly string[], by: number | null): Exercise {
  const { lastInsertRowid } = db.prepare(`INSERT INTO exercises (name, created_at, due_date, rubric_id, rubric_version, split_by_agency, sample_json, moderator_id)
                                          VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
    .run(exercise.name, exercise.createdAt, exercise.dueDate, exercise.rubricId, exercise.rubricVersion, exercise.splitByAgency ? 1 : 0, JSON.stringify(exercise.selection), exercise.moderatorId);
  const id = Number(lastInsertRowid);
  const insertPlan = db.prepare('INSERT INTO exercise_plans VALUES (?, ?, ?)');
  planSha256s.forEach((sha, i) => insertPlan.run(id, sha, i));
  appendTrail(db, { at: exercise.createdAt, auditorId: by, entity: 'exercise', entityKey: String(id), field: 'created', oldValue: null, newValue: exercise.name, reason: null });
  return { ...exercise, id, status: 'open' };
}

export function findExercise(db: ReadDb, id: number): Exercise | null {
  const row = db.prepare('SELECT * FROM exercises WHERE id = ?').get(id) as ExerciseRecord | undefined;
  return row ? fromRecord(row) : null;
}

export function listExercises(db: ReadDb): Exercise[] {
  return (db.prepare('SELECT * FROM exercises ORDER BY id DESC').all() as ExerciseRecord[]).map(fromRecord);
}

export function exercisePlanShas(db: ReadDb, exerciseId: number): string[] {
  return db.prepare('SELECT plan_sha256 FROM exercise_plans WHERE exercise_id = ? ORDER BY position').pluck().all(exerciseId) as string[];
}

export function setExerciseStatus(db: WriteDb, id: number, status: ExerciseStatus, at: string, by: number | null): void {
  const before = db.prepare('SELECT status FROM exercises WHERE id = ?').pluck().get(id) as ExerciseStatus | undefined;
  if (before === status) return;
  db.prepare('UPDATE exercises SET status = ? WHERE id = ?').run(status, id);
  appendTrail(db, { at, auditorId: by, entity: 'exercise', entityKey: String(id), field: 'status', oldValue: before ?? null, newValue: status, reason: null });
}
