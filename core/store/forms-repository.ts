import { type ReadDb, type WriteDb } from './database';
import { appendTrail } from './trail-repository';

export interface FormExport {
  readonly formId: string;
  readonly exerciseId: number;
  readonly auditorId: number;
  readonly exportedAt: string;
}

export interface FormImport {
  readonly formId: string;
  readonly fileSha256: string;
  readonly exerciseId: number;
  readonly auditorId: number;
  readonly importedAt: string;
  readonly scores: number;
}

export function insertFormExport(db: WriteDb, form: FormExport): void {
  db.prepare('INSERT INTO form_exports VALUES (?, ?, ?, ?)').run(form.formId, form.exerciseId, form.auditorId, form.exportedAt);
}

export function findFormExport(db: ReadDb, formId: string): FormExport | null {
  const r = db.prepare('SELECT * FROM form_exports WHERE form_id = ?').get(formId) as { form_id: string; exercise_id: number; auditor_id: number; exported_at: string } | undefined;
  return r ? { formId: r.form_id, exerciseId: r.exercise_id, auditorId: r.auditor_id, exportedAt: r.exported_at } : null;
}

/** The earlier import of this form, or of a file with these exact bytes. */
export function findFormImport(db: ReadDb, formId: string, fileSha256: string): FormImport | null {
  const r = db.prepare('SELECT * FROM form_imports WHERE form_id = ? OR file_sha256 = ?').get(formId, fileSha256) as
    | { form_id: string; file_sha256: string; exercise_id: number; auditor_id: number; imported_at: string; scores: number }
    | undefined;
  return r ? { formId: r.form_id, fileSha256: r.file_sha256, exerciseId: r.exercise_id, auditorId: r.auditor_id, importedAt: r.imported_at, scores: r.scores } : null;
}

export function insertFormImport(db: WriteDb, form: FormImport): void {
  db.prepare('INSERT INTO form_imports VALUES (?, ?, ?, ?, ?, ?)').run(form.formId, form.fileSha256, form.exerciseId, form.auditorId, form.importedAt, form.scores);
  appendTrail(db, { at: form.importedAt, auditorId: form.auditorId, entity: 'form_import', entityKey: form.formId, field: 'imported', oldValue: null, newValue: `${form.scores} scores`, reason: null });
}
