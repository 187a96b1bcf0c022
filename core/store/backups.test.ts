import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EhcqaError } from '../domain';
import { BACKUPS_KEPT, backupDaily, listBackups, restoreBackup } from './backups';
import { openDatabase } from './database';
import { insertAuditor, listAuditors } from './auditors-repository';

const temp = () => mkdtempSync(join(tmpdir(), 'ehcqa-backup-'));

describe('backups', () => {
  it('makes one copy a day with the backup API and keeps the last seven', async () => {
    const dir = temp();
    const db = openDatabase(join(dir, 'a.db'));
    insertAuditor(db, { name: 'A', agency: 'health', role: null, createdAt: 't' });
    const folder = join(dir, 'backups');
    for (let d = 1; d <= 9; d++) await backupDaily(db, folder, new Date(`2026-03-0${d}T10:00:00Z`));
    const again = await backupDaily(db, folder, new Date('2026-03-09T18:00:00Z'));
    expect(again.made).toBeNull();
    const kept = listBackups(folder);
    expect(kept).toHaveLength(BACKUPS_KEPT);
    expect(kept[0]).toMatch(/ehcqa-2026-03-03\.db$/);
    expect(kept[6]).toMatch(/ehcqa-2026-03-09\.db$/);
    db.close();
  });

  it('restores a backup, keeping the replaced database, and the data is back', async () => {
    const dir = temp();
    const file = join(dir, 'a.db');
    const db = openDatabase(file);
    insertAuditor(db, { name: 'Before', agency: 'health', role: null, createdAt: 't' });
    const { made } = await backupDaily(db, join(dir, 'b'), new Date('2026-03-01T00:00:00Z'));
    insertAuditor(db, { name: 'After', agency: 'education', role: null, createdAt: 't' });
    db.close();
    const { replacedCopy } = restoreBackup(made!, file, new Date('2026-03-02T00:00:00Z'));
    expect(existsSync(replacedCopy!)).toBe(true);
    const restored = openDatabase(file);
    expect(listAuditors(restored).map((a) => a.name)).toEqual(['Before']);
    expect(restored.pragma('integrity_check', { simple: true })).toBe('ok');
    restored.close();
  });

  it('refuses a damaged or foreign file as a backup', () => {
    const dir = temp();
    const junk = join(dir, 'junk.db');
    writeFileSync(junk, 'not a database at all, just text');
    expect(() => restoreBackup(junk, join(dir, 'a.db'), new Date())).toThrowError(EhcqaError);
  });
});
