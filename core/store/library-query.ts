import { type FileErrorCode, type Grade, type PlanMetadata } from '../domain';
import { keyStageOf } from '../text';
import { type ReadDb } from './database';

/** One row of the library screen. */
export interface LibraryRow {
  readonly sha256: string;
  readonly fileName: string;
  readonly status: 'ok' | 'error';
  readonly error: { readonly code: FileErrorCode; readonly message: string } | null;
  readonly pages: number | null;
  readonly metadata: PlanMetadata | null;
  readonly keyStage: string | null;
  readonly toolGrade: Grade | null;
  readonly toolScore: number | null;
  /** For the auditor asked about: not started, in progress (some levels set) or complete. */
  readonly auditStatus: 'not_started' | 'in_progress' | 'complete';
  readonly importedAt: string;
}

export function libraryRows(db: ReadDb, auditorId: number | null): LibraryRow[] {
  const rows = db.prepare(`
    SELECT p.*, a.grade AS tool_grade, a.score AS tool_score,
           (SELECT count(*) FROM judgements j WHERE j.plan_sha256 = p.sha256 AND j.auditor_id = @auditor AND j.level IS NOT NULL) AS judged,
           (SELECT r.status FROM plan_reviews r WHERE r.plan_sha256 = p.sha256 AND r.auditor_id = @auditor) AS review_status
    FROM plans p
    LEFT JOIN audits a ON a.id = (SELECT max(id) FROM audits WHERE plan_sha256 = p.sha256)
    ORDER BY p.imported_at DESC, p.file_name`).all({ auditor: auditorId ?? -1 }) as {
    sha256: string; file_name: string; status: 'ok' | 'error'; error_code: FileErrorCode | null; error_message: string | null; pages: number | null;
    metadata_json: string | null; imported_at: string; tool_grade: Grade | null; tool_score: number | null; judged: number; review_status: string | null;
  }[];
  return rows.map((r) => {
    const metadata = r.metadata_json ? (JSON.parse(r.metadata_json) as PlanMetadata) : null;
    return {
      sha256: r.sha256,
      fileName: r.file_name,
      status: r.status,
      error: r.error_code ? { code: r.error_code, message: r.error_message ?? '' } : null,
      pages: r.pages,
      metadata,
      keyStage: keyStageOf(metadata?.yearGroup ?? null),
      toolGrade: r.tool_grade,
      toolScore: r.tool_score,
      auditStatus: r.review_status === 'complete' ? 'complete' : r.judged > 0 ? 'in_progress' : 'not_started',
      importedAt: r.imported_at,
    };
  });
}
