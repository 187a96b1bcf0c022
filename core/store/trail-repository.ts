import { type ExportTrailEntry } from '../export/dataset';
import { type ReadDb, type WriteDb } from './database';

/** A trail row: what the exports read of it, and its id. */
export interface TrailEntry extends ExportTrailEntry {
  readonly id: number;
}

/** Appends to the trail; triggers refuse any update or delete of it. */
export function appendTrail(db: WriteDb, entry: Omit<TrailEntry, 'id'>): void {
  db.prepare('INSERT INTO trail (at, auditor_id, entity, entity_key, field, old_value, new_value, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(entry.at, entry.auditorId, entry.entity, entry.entityKey, entry.field, entry.oldValue, entry.newValue, entry.reason);
}

export function trailFor(db: ReadDb, entity: string, entityKeyPrefix: string): TrailEntry[] {
  return (db.prepare("SELECT * FROM trail WHERE entity = ? AND entity_key LIKE ? ESCAPE '\\' ORDER BY id").all(entity, `${entityKeyPrefix.replace(/[%_\\]/g, '\\$&')}%`) as {
    id: number; at: string; auditor_id: number | null; entity: string; entity_key: string; field: string; old_value: string | null; new_value: string | null; reason: string | null;
  }[]).map((r) => ({ id: r.id, at: r.at, auditorId: r.auditor_id, entity: r.entity, entityKey: r.entity_key, field: r.field, oldValue: r.old_value, newValue: r.new_value, reason: r.reason }));
}
