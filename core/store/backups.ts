import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { EhcqaError } from '../domain';
import { type WriteDb } from './database';
import { MIGRATIONS } from './migrations';

const NAME = /^ehcqa-(\d{4}-\d{2}-\d{2})\.db$/;
export const BACKUPS_KEPT = 7;

export interface BackupResult {
  readonly made: string | null;
  readonly removed: readonly string[];
}

/**
 * A copy of the database per day (SQLite's online backup API, so a copy taken while the app
 * writes is consistent), the last seven kept. Called when ehcqa opens its database.
 */
export async function backupDaily(db: WriteDb, folder: string, today: Date): Promise<BackupResult> {
  mkdirSync(folder, { recursive: true });
  const day = today.toISOString().slice(0, 10);
  const target = join(folder, `ehcqa-${day}.db`);
  let made: string | null = null;
  if (!existsSync(target)) {
    const partial = `${target}.partial`;
    await db.backup(partial);
    renameSync(partial, target); // a crash mid-copy leaves only a .partial, never a bad backup
    made = target;
  }
  const all = readdirSync(folder).filter((f) => NAME.test(f)).sort();
  const removed = all.slice(0, Math.max(0, all.length - BACKUPS_KEPT)).map((f) => join(folder, f));
  for (const file of removed) rmSync(file, { force: true });
  return { made, removed };
}

export function listBackups(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).filter((f) => NAME.test(f)).sort().map((f) => join(folder, f));
}

/**
 * Replaces the database with a backup after checking it: it must pass an integrity check and
 * come from this version of ehcqa or an older one. The database it replaces is kept beside it.
 */
export function restoreBackup(backupFile: string, databaseFile: string, now: Date): { replacedCopy: string | null } {
  let check: Database.Database;
  try {
    check = new Database(backupFile, { readonly: true, fileMustExist: true });
  } catch {
    throw new EhcqaError('not_found', `${backupFile} could not be opened as an ehcqa backup.`);
  }
  try {
    let integrity: unknown;
    try {
      integrity = check.pragma('integrity_check', { simple: true });
    } catch {
      throw new EhcqaError('corrupt', `${backupFile} is not an ehcqa database, or it is damaged.`);
    }
    if (integrity !== 'ok') throw new EhcqaError('corrupt', `${backupFile} is damaged (integrity check failed); choose another backup.`);
    const version = check.pragma('user_version', { simple: true }) as number;
    if (version > MIGRATIONS.length) throw new EhcqaError('database_newer', `${backupFile} was made by a newer version of ehcqa.`);
    if (version === 0) throw new EhcqaError('invalid_argument', `${backupFile} is not an ehcqa database.`);
  } finally {
    check.close();
  }
  let replacedCopy: string | null = null;
  if (existsSync(databaseFile)) {
    replacedCopy = `${databaseFile}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
    copyFileSync(databaseFile, replacedCopy);
  }
  for (const suffix of ['-wal', '-shm']) rmSync(`${databaseFile}${suffix}`, { force: true });
  copyFileSync(backupFile, databaseFile);
  return { replacedCopy };
}
