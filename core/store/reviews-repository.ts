import { type ReadDb, type WriteDb } from './database';

/** Where an auditor is in a plan (to resume there) and their overall note. */
export interface PlanReview {
  readonly planSha256: string;
  readonly auditorId: number;
  readonly overallNote: string | null;
  readonly lastCriterion: string | null;
  readonly status: 'in_progress' | 'complete';
  readonly updatedAt: string;
}

export function findReview(db: ReadDb, planSha256: string, auditorId: number): PlanReview | null {
  const r = db.prepare('SELECT * FROM plan_reviews WHERE plan_sha256 = ? AND auditor_id = ?').get(planSha256, auditorId) as
    | { plan_sha256: string; auditor_id: number; overall_note: string | null; last_criterion: string | null; status: 'in_progress' | 'complete'; updated_at: string }
    | undefined;
  return r ? { planSha256: r.plan_sha256, auditorId: r.auditor_id, overallNote: r.overall_note, lastCriterion: r.last_criterion, status: r.status, updatedAt: r.updated_at } : null;
}

export function saveReview(db: WriteDb, review: PlanReview): void {
  db.prepare(`INSERT INTO plan_reviews VALUES (?, ?, ?, ?, ?, ?)
              ON CONFLICT(plan_sha256, auditor_id) DO UPDATE SET overall_note = excluded.overall_note, last_criterion = excluded.last_criterion, status = excluded.status, updated_at = excluded.updated_at`)
    .run(review.planSha256, review.auditorId, review.overallNote, review.lastCriterion, review.status, review.updatedAt);
}
