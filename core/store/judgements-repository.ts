import { type Level } from '../domain';
import { type ReadDb, type WriteDb } from './database';
import { appendTrail } from './trail-repository';

export interface Judgement {
  readonly planSha256: string;
  readonly auditorId: number;
  readonly criterion: string;
  readonly level: Level | null;
  readonly reason: string | null;
  readonly note: string | null;
  readonly updatedAt: string;
}

interface JudgementRecord { plan_sha256: string; auditor_id: number; criterion_id: string; level: Level | null; reason: string | null; note: string | null; updated_at: string }
const fromRecord = (r: JudgementRecord): Judgement => ({
  planSha256: r.plan_sha256, auditorId: r.auditor_id, criterion: r.criterion_id, level: r.level, reason: r.reason, note: r.note, updatedAt: r.updated_at,
});

export function judgementsFor(db: ReadDb, planSha256: string, auditorId: number): Judgement[] {
  return (db.prepare('SELECT * FROM judgements WHERE plan_sha256 = ? AND auditor_id = ? ORDER BY criterion_id').all(planSha256, auditorId) as JudgementRecord[]).map(fromRecord);
}

export function judgementsOfPlan(db: ReadDb, planSha256: string): Judgement[] {
  return (db.prepare('SELECT * FROM judgements WHERE plan_sha256 = ? ORDER BY auditor_id, criterion_id').all(planSha256) as JudgementRecord[]).map(fromRecord);
}

/**
 * Sets an auditor's level (and reason) or note for one criterion, and appends what changed to
 * the trail. Call inside a transaction: the row and its trail entry land together.
 */
export function upsertJudgement(db: WriteDb, change: { planSha256: string; auditorId: number; criterion: string; at: string; level?: Level | null; reason?: string | null; note?: string | null }): Judgement {
  const before = db.prepare('SELECT * FROM judgements WHERE plan_sha256 = ? AND auditor_id = ? AND criterion_id = ?').get(change.planSha256, change.auditorId, change.criterion) as JudgementRecord | undefined;
  const next = {
    level: change.level !== undefined ? change.level : (before?.level ?? null),
    reason: change.reason !== undefined ? change.reason : (before?.reason ?? null),
    note: change.note !== undefined ? change.note : (before?.note ?? null),
  };
  db.prepare(`INSERT INTO judgements (plan_sha256, auditor_id, criterion_id, level, reason, note, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
              ON CONFLICT(plan_sha256, auditor_id, criterion_id) DO UPDATE SET level = excluded.level, reason = excluded.reason, note = excluded.note, updated_at = excluded.updated_at`)
    .run(change.planSha256, change.auditorId, change.criterion, next.level, next.reason, next.note, change.at);
  const key = `${change.planSha256}/${change.auditorId}/${change.criterion}`;
  for (const field of ['level', 'note'] as const) {
    const old = before?.[field] ?? null;
    if (old !== next[field]) appendTrail(db, { at: change.at, auditorId: change.auditorId, entity: 'judgement', entityKey: key, field, oldValue: old, newValue: next[field], reason: field === 'level' ? next.reason : null });
  }
  return { planSha256: change.planSha256, auditorId: change.auditorId, criterion: change.criterion, ...next, updatedAt: change.at };
}
