import { type Level } from '../domain';
import { type ReadDb, type WriteDb } from './database';
import { appendTrail } from './trail-repository';

/** One auditor's level for one criterion of one plan, in one exercise. */
export interface ExerciseScore {
  readonly exerciseId: number;
  readonly planSha256: string;
  readonly auditorId: number;
  readonly criterion: string;
  readonly level: Level | null;
  readonly reason: string | null;
  readonly source: 'app' | 'form';
  readonly updatedAt: string;
}

interface ScoreRecord { exercise_id: number; plan_sha256: string; auditor_id: number; criterion_id: string; level: Level | null; reason: string | null; source: 'app' | 'form'; updated_at: string }
const fromRecord = (r: ScoreRecord): ExerciseScore => ({
  exerciseId: r.exercise_id, planSha256: r.plan_sha256, auditorId: r.auditor_id, criterion: r.criterion_id, level: r.level, reason: r.reason, source: r.source, updatedAt: r.updated_at,
});

export function scoresOfExercise(db: ReadDb, exerciseId: number): ExerciseScore[] {
  return (db.prepare('SELECT * FROM exercise_scores WHERE exercise_id = ? ORDER BY plan_sha256, auditor_id, criterion_id').all(exerciseId) as ScoreRecord[]).map(fromRecord);
}

export function scoresOfAssignment(db: ReadDb, exerciseId: number, planSha256: string, auditorId: number): ExerciseScore[] {
  return (db.prepare('SELECT * FROM exercise_scores WHERE exercise_id = ? AND plan_sha256 = ? AND auditor_id = ? ORDER BY criterion_id').all(exerciseId, planSha256, auditorId) as ScoreRecord[]).map(fromRecord);
}

/** Sets a level and reason, appending what changed to the trail. Call inside a transaction. */
export function upsertExerciseScore(db: WriteDb, score: Omit<ExerciseScore, 'updatedAt'> & { readonly at: string }): void {
  const before = db.prepare('SELECT * FROM exercise_scores WHERE exercise_id = ? AND plan_sha256 = ? AND auditor_id = ? AND criterion_id = ?')
    .get(score.exerciseId, score.planSha256, score.auditorId, score.criterion) as ScoreRecord | undefined;
  if (before && before.level === score.level && before.reason === score.reason) return;
  db.prepare(`INSERT INTO exercise_scores VALUES (?, ?, ?, ?, ?, ?, ?, ?)
              ON CONFLICT(exercise_id, plan_sha256, auditor_id, criterion_id) DO UPDATE SET level = excluded.level, reason = excluded.reason, source = excluded.source, updated_at = excluded.updated_at`)
    .run(score.exerciseId, score.planSha256, score.auditorId, score.criterion, score.level, score.reason, score.source, score.at);
  appendTrail(db, {
    at: score.at, auditorId: score.auditorId, entity: 'exercise_score', entityKey: `${score.exerciseId}/${score.planSha256}/${score.auditorId}/${score.criterion}`,
    field: 'level', oldValue: before?.level ?? null, newValue: score.level, reason: score.reason,
  });
}
