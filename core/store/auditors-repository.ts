import { AUDITOR_AGENCIES, type AuditorAgency } from '../domain';
import { type ReadDb, type WriteDb } from './database';

export const AGENCIES = AUDITOR_AGENCIES;
export type Agency = AuditorAgency;

export interface Auditor {
  readonly id: number;
  readonly name: string;
  readonly agency: Agency;
  readonly role: string | null;
  readonly createdAt: string;
}

interface AuditorRecord { id: number; name: string; agency: Agency; role: string | null; created_at: string }
const fromRecord = (r: AuditorRecord): Auditor => ({ id: r.id, name: r.name, agency: r.agency, role: r.role, createdAt: r.created_at });

export function insertAuditor(db: WriteDb, auditor: Omit<Auditor, 'id'>): Auditor {
  const { lastInsertRowid } = db.prepare('INSERT INTO auditors (name, agency, role, created_at) VALUES (?, ?, ?, ?)').run(auditor.name, auditor.agency, auditor.role, auditor.createdAt);
  return { ...auditor, id: Number(lastInsertRowid) };
}

export function listAuditors(db: ReadDb): Auditor[] {
  return (db.prepare('SELECT * FROM auditors ORDER BY id').all() as AuditorRecord[]).map(fromRecord);
}

export function findAuditor(db: ReadDb, id: number): Auditor | null {
  const row = db.prepare('SELECT * FROM auditors WHERE id = ?').get(id) as AuditorRecord | undefined;
  return row ? fromRecord(row) : null;
}
