import { type FileErrorCode, type Plan, type PlanMetadata } from '../domain';
import { type ReadDb, type WriteDb } from './database';

export interface StoredPlanRow {
  readonly sha256: string;
  readonly fileName: string;
  readonly pages: number | null;
  readonly status: 'ok' | 'error';
  readonly errorCode: FileErrorCode | null;
  readonly errorMessage: string | null;
  readonly metadata: PlanMetadata | null;
  readonly importedAt: string;
}

interface PlanRecord {
  sha256: string;
  file_name: string;
  pages: number | null;
  status: 'ok' | 'error';
  error_code: FileErrorCode | null;
  error_message: string | null;
  metadata_json: string | null;
  imported_at: string;
}

const fromRecord = (r: PlanRecord): StoredPlanRow => ({
  sha256: r.sha256,
  fileName: r.file_name,
  pages: r.pages,
  status: r.status,
  errorCode: r.error_code,
  errorMessage: r.error_message,
  metadata: r.metadata_json ? (JSON.parse(r.metadata_json) as PlanMetadata) : null,
  importedAt: r.imported_at,
});

export function findPlan(db: ReadDb, sha256: string): StoredPlanRow | null {
  const row = db.prepare('SELECT * FROM plans WHERE sha256 = ?').get(sha256) as PlanRecord | undefined;
  return row ? fromRecord(row) : null;
}

export function listPlans(db: ReadDb): StoredPlanRow[] {
  return (db.prepare('SELECT * FROM plans ORDER BY imported_at, file_name').all() as PlanRecord[]).map(fromRecord);
}

/** Saves a plan's structure (replacing an earlier extraction of the same bytes). */
export function savePlan(db: WriteDb, sha256: string, fileName: string, plan: Plan, importedAt: string): void {
  db.prepare(`INSERT INTO plans (sha256, file_name, pages, status, error_code, error_message, metadata_json, imported_at)
              VALUES (?, ?, ?, 'ok', NULL, NULL, ?, ?)
              ON CONFLICT(sha256) DO UPDATE SET file_name = excluded.file_name, pages = excluded.pages, status = 'ok',
                error_code = NULL, error_message = NULL, metadata_json = excluded.metadata_json`)
    .run(sha256, fileName, plan.pageCount, JSON.stringify(plan.metadata), importedAt);
  db.prepare('DELETE FROM plan_sections WHERE plan_sha256 = ?').run(sha256);
  const insert = db.prepare('INSERT INTO plan_sections VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  plan.sections.forEach((s, i) => insert.run(sha256, i, s.id, s.title, s.pageStart, s.pageEnd, s.text, JSON.stringify(s.passages)));
  db.prepare('INSERT OR REPLACE INTO plan_items VALUES (?, ?, ?, ?)')
    .run(sha256, JSON.stringify(plan.outcomes), JSON.stringify(plan.provision), JSON.stringify(plan.front));
}

/** Records a file that could not be audited; never overwrites a plan already audited. */
export function saveFailedPlan(db: WriteDb, sha256: string, fileName: string, code: FileErrorCode, message: string, importedAt: string): void {
  db.prepare(`INSERT INTO plans (sha256, file_name, pages, status, error_code, error_message, metadata_json, imported_at)
              VALUES (?, ?, NULL, 'error', ?, ?, NULL, ?)
              ON CONFLICT(sha256) DO UPDATE SET error_code = excluded.error_code, error_message = excluded.error_message
              WHERE plans.status = 'error'`)
    .run(sha256, fileName, code, message, importedAt);
}

export function loadPlan(db: ReadDb, sha256: string): Plan | null {
  const row = findPlan(db, sha256);
  if (!row || row.status !== 'ok' || !row.metadata) return null;
  const sections = (db.prepare('SELECT * FROM plan_sections WHERE plan_sha256 = ? ORDER BY position').all(sha256) as {
    section_id: Plan['sections'][number]['id']; title: string; page_start: number; page_end: number; text: string; passages_json: string;
  }[]).map((s) => ({ id: s.section_id, title: s.title, pageStart: s.page_start, pageEnd: s.page_end, text: s.text, passages: JSON.parse(s.passages_json) as Plan['sections'][number]['passages'] }));
  const items = db.prepare('SELECT * FROM plan_items WHERE plan_sha256 = ?').get(sha256) as { outcomes_json: string; provision_json: string; front_json: string } | undefined;
  return {
    pageCount: row.pages ?? 0,
    sections,
    outcomes: items ? JSON.parse(items.outcomes_json) : [],
    provision: items ? JSON.parse(items.provision_json) : [],
    front: items ? JSON.parse(items.front_json) : [],
    metadata: row.metadata,
  };
}

export function savePlanFile(db: WriteDb, sha256: string, bytes: Uint8Array): void {
  db.prepare('INSERT OR IGNORE INTO plan_files VALUES (?, ?)').run(sha256, Buffer.from(bytes));
}

export function loadPlanFile(db: ReadDb, sha256: string): Uint8Array | null {
  const row = db.prepare('SELECT bytes FROM plan_files WHERE plan_sha256 = ?').get(sha256) as { bytes: Buffer } | undefined;
  return row ? new Uint8Array(row.bytes) : null;
}
