import { type Level } from '../domain';
import { type ReadDb, type WriteDb } from './database';
import { appendTrail } from './trail-repository';

/** The level the panel agreed for one criterion of one plan, and who recorded it. */
export interface AgreedLevel {
  readonly exerciseId: number;
  readonly planSha256: string;
  readonly criterion: string;
  readonly level: Level;
  readonly reason: string | null;
  readonly moderatorId: number;
  readonly at: string;
}

export interface SignOff {
  readonly exerciseId: number;
  readonly planSha256: string;
  readonly moderatorId: number;
  readonly at: string;
}

interface AgreedRecord { exercise_id: number; plan_sha256: string; criterion_id: string; level: Level; reason: string | null; moderator_id: number; at: string }
const fromRecord = (r: AgreedRecord): AgreedLevel => ({ exerciseId: r.exercise_id, planSha256: r.plan_sha256, criterion: r.criterion_id, level: r.level, reason: r.reason, moderatorId: r.moderator_id, at: r.at });

export function agreedOfExercise(db: ReadDb, exerciseId: number): AgreedLevel[] {
  return (db.prepare('SELECT * FROM exercise_agreed WHERE exercise_id = ? ORDER BY plan_sha256, criterion_id').all(exerciseId) as AgreedRecord[]).map(fromRecord);
}

/** Records the agreed level; the trail keeps the earlier one and the reason. Call inside a transaction. */
export function upsertAgreedLevel(db: WriteDb, agreed: AgreedLevel): void {
  const before = db.prepare('SELECT * FROM exercise_agreed WHERE exercise_id = ? AND plan_sha256 = ? AND criterion_id = ?').get(agreed.exerciseId, agreed.planSha256, agreed.criterion) as AgreedRecord | undefined;
  if (before && before.level === agreed.level && before.reason === agreed.reason) return;
  db.prepare(`INSERT INTO exercise_agreed VALUES (?, ?, ?, ?, ?, ?, ?)
              ON CONFLICT(exercise_id, plan_sha256, criterion_id) DO UPDATE SET level = excluded.level, reason = excluded.reason, moderator_id = excluded.moderator_id, at = excluded.at`)
    .run(agreed.exerciseId, agreed.planSha256, agreed.criterion, agreed.level, agreed.reason, agreed.moderatorId, agreed.at);
  appendTrail(db, {
    at: agreed.at, auditorId: agreed.moderatorId, entity: 'exercise_agreed', entityKey: `${agreed.exerciseId}/${agreed.planSha256}/${agreed.criterion}`,
    field: 'level', oldValue: before?.level ?? null, newValue: agreed.level, reason: agreed.reason,
  });
}

export function signOffsOfExercise(db: ReadDb, exerciseId: number): SignOff[] {
  return (db.prepare('SELECT * FROM exercise_signoffs WHERE exercise_id = ? ORDER BY plan_sha256').all(exerciseId) as { exercise_id: number; plan_sha256: string; moderator_id: number; at: string }[])
    .map((r) => ({ exerciseId: r.exercise_id, planSha256: r.plan_sha256, moderatorId: r.moderator_id, at: r.at }));
}

export function insertSignOff(db: WriteDb, signOff: SignOff): void {
  db.prepare('INSERT INTO exercise_signoffs VALUES (?, ?, ?, ?)').run(signOff.exerciseId, signOff.planSha256, signOff.moderatorId, signOff.at);
  appendTrail(db, { at: signOff.at, auditorId: signOff.moderatorId, entity: 'exercise_signoff', entityKey: `${signOff.exerciseId}/${signOff.planSha256}`, field: 'signed_off', oldValue: null, newValue: signOff.at, reason: null });
}
