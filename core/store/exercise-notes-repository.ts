import { type ReadDb, type WriteDb } from './database';
import { appendTrail } from './trail-repository';

/** A discussion note of the panel, on one criterion of a plan or (criterion null) the whole plan. */
export interface ExerciseNote {
  readonly id: number;
  readonly exerciseId: number;
  readonly planSha256: string;
  readonly criterion: string | null;
  readonly auditorId: number;
  readonly at: string;
  readonly text: string;
}

/** Notes are added, never edited: a discussion reads in order. */
export function insertExerciseNote(db: WriteDb, note: Omit<ExerciseNote, 'id'>): ExerciseNote {
  const { lastInsertRowid } = db.prepare('INSERT INTO exercise_notes (exercise_id, plan_sha256, criterion_id, auditor_id, at, text) VALUES (?, ?, ?, ?, ?, ?)')
    .run(note.exerciseId, note.planSha256, note.criterion, note.auditorId, note.at, note.text);
  const id = Number(lastInsertRowid);
  appendTrail(db, { at: note.at, auditorId: note.auditorId, entity: 'exercise_note', entityKey: `${note.exerciseId}/${note.planSha256}/${note.criterion ?? ''}`, field: 'note', oldValue: null, newValue: note.text, reason: null });
  return { ...note, id };
}

export function notesOfPlan(db: ReadDb, exerciseId: number, planSha256: string): ExerciseNote[] {
  return (db.prepare('SELECT * FROM exercise_notes WHERE exercise_id = ? AND plan_sha256 = ? ORDER BY id').all(exerciseId, planSha256) as {
    id: number; exercise_id: number; plan_sha256: string; criterion_id: string | null; auditor_id: number; at: string; text: string;
  }[]).map((r) => ({ id: r.id, exerciseId: r.exercise_id, planSha256: r.plan_sha256, criterion: r.criterion_id, auditorId: r.auditor_id, at: r.at, text: r.text }));
}
