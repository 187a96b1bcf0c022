import { type RubricSectionId } from '../domain';
import { type ReadDb, type WriteDb } from './database';
import { appendTrail } from './trail-repository';

export const ASSIGNMENT_STATUSES = ['assigned', 'in_progress', 'submitted'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

/** Who scores which plan of an exercise; `sections` null means every section. */
export interface Assignment {
  readonly exerciseId: number;
  readonly planSha256: string;
  readonly auditorId: number;
  readonly sections: readonly RubricSectionId[] | null;
  readonly status: AssignmentStatus;
  readonly submittedAt: string | null;
}

interface AssignmentRecord { exercise_id: number; plan_sha256: string; auditor_id: number; sections: string | null; status: AssignmentStatus; submitted_at: string | null }
const fromRecord = (r: AssignmentRecord): Assignment => ({
  exerciseId: r.exercise_id, planSha256: r.plan_sha256, auditorId: r.auditor_id,
  sections: r.sections === null ? null : (r.sections.split(',') as RubricSectionId[]), status: r.status, submittedAt: r.submitted_at,
});

export function insertAssignment(db: WriteDb, a: Pick<Assignment, 'exerciseId' | 'planSha256' | 'auditorId' | 'sections'>): void {
  db.prepare('INSERT INTO exercise_assignments (exercise_id, plan_sha256, auditor_id, sections) VALUES (?, ?, ?, ?)')
    .run(a.exerciseId, a.planSha256, a.auditorId, a.sections === null ? null : a.sections.join(','));
}

const ORDER = 'ORDER BY (SELECT position FROM exercise_plans p WHERE p.exercise_id = a.exercise_id AND p.plan_sha256 = a.plan_sha256), a.auditor_id';

export function assignmentsOfExercise(db: ReadDb, exerciseId: number): Assignment[] {
  return (db.prepare(`SELECT * FROM exercise_assignments a WHERE exercise_id = ? ${ORDER}`).all(exerciseId) as AssignmentRecord[]).map(fromRecord);
}

export function assignmentsOfAuditor(db: ReadDb, auditorId: number): Assignment[] {
  return (db.prepare(`SELECT * FROM exercise_assignments a WHERE auditor_id = ? ORDER BY exercise_id DESC, (SELECT position FROM exercise_plans p WHERE p.exercise_id = a.exercise_id AND p.plan_sha256 = a.plan_sha256)`).all(auditorId) as AssignmentRecord[]).map(fromRecord);
}

export function findAssignment(db: ReadDb, exerciseId: number, planSha256: string, auditorId: number): Assignment | null {
  const row = db.prepare('SELECT * FROM exercise_assignments WHERE exercise_id = ? AND plan_sha256 = ? AND auditor_id = ?').get(exerciseId, planSha256, auditorId) as AssignmentRecord | undefined;
  return row ? fromRecord(row) : null;
}

/** Moves an assignment on (assigned → in progress → submitted), with the step in the trail. */
export function setAssignmentStatus(db: WriteDb, a: Pick<Assignment, 'exerciseId' | 'planSha256' | 'auditorId'>, status: AssignmentStatus, at: string): void {
  const before = findAssignment(db, a.exerciseId, a.planSha256, a.auditorId);
  if (!before || before.status === status) return;
  db.prepare('UPDATE exercise_assignments SET status = ?, submitted_at = ? WHERE exercise_id = ? AND plan_sha256 = ? AND auditor_id = ?')
    .run(status, status === 'submitted' ? at : null, a.exerciseId, a.planSha256, a.auditorId);
  appendTrail(db, { at, auditorId: a.auditorId, entity: 'exercise_assignment', entityKey: `${a.exerciseId}/${a.planSha256}/${a.auditorId}`, field: 'status', oldValue: before.status, newValue: status, reason: null });
}
