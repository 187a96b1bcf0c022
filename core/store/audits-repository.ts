import { type Level, type PlanGrade, type Suggestion } from '../domain';
import { type ReadDb, type WriteDb } from './database';

export interface AuditRecordInput {
  readonly planSha256: string;
  readonly rubricId: string;
  readonly rubricVersion: string;
  readonly toolVersion: string;
  readonly createdAt: string;
  readonly grade: PlanGrade;
  readonly suggestions: readonly Suggestion[];
}

export interface StoredAudit extends AuditRecordInput {
  readonly id: number;
}

/** Appends the tool's audit of a plan; earlier audits stay (a rubric change re-audits). */
export function insertAudit(db: WriteDb, audit: AuditRecordInput): number {
  const { lastInsertRowid } = db
    .prepare('INSERT INTO audits (plan_sha256, rubric_id, rubric_version, tool_version, created_at, grade, score, grade_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(audit.planSha256, audit.rubricId, audit.rubricVersion, audit.toolVersion, audit.createdAt, audit.grade.grade, audit.grade.score, JSON.stringify(audit.grade));
  const id = Number(lastInsertRowid);
  const insert = db.prepare('INSERT INTO suggestions VALUES (?, ?, ?, ?, ?, ?)');
  for (const s of audit.suggestions) insert.run(id, s.criterion, s.level, s.confidence, s.rationale, JSON.stringify(s.evidence));
  return id;
}

export function latestAudit(db: ReadDb, planSha256: string, rubricId?: string): StoredAudit | null {
  const row = (rubricId
    ? db.prepare('SELECT * FROM audits WHERE plan_sha256 = ? AND rubric_id = ? ORDER BY id DESC LIMIT 1').get(planSha256, rubricId)
    : db.prepare('SELECT * FROM audits WHERE plan_sha256 = ? ORDER BY id DESC LIMIT 1').get(planSha256)) as
    | { id: number; plan_sha256: string; rubric_id: string; rubric_version: string; tool_version: string; created_at: string; grade_json: string }
    | undefined;
  if (!row) return null;
  const suggestions = (db.prepare('SELECT * FROM suggestions WHERE audit_id = ?').all(row.id) as {
    criterion_id: string; level: Level; confidence: number; rationale: string; evidence_json: string;
  }[]).map((s) => ({ criterion: s.criterion_id, level: s.level, confidence: s.confidence, rationale: s.rationale, evidence: JSON.parse(s.evidence_json) }));
  return {
    id: row.id,
    planSha256: row.plan_sha256,
    rubricId: row.rubric_id,
    rubricVersion: row.rubric_version,
    toolVersion: row.tool_version,
    createdAt: row.created_at,
    grade: JSON.parse(row.grade_json) as PlanGrade,
    suggestions,
  };
}
