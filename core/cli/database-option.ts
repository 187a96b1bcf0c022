import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { backupDaily, defaultDatabasePath, openDatabase, type WriteDb } from '../store';

export const backupFolderOf = (databaseFile: string) => join(dirname(databaseFile), 'backups');

/** `--db FILE`, or the app's database in the user's data folder; today's backup made on opening. */
export async function openCliDatabase(file: string | undefined): Promise<WriteDb> {
  const path = file ?? defaultDatabasePath();
  mkdirSync(dirname(path), { recursive: true });
  const db = openDatabase(path);
  await backupDaily(db, backupFolderOf(path), new Date());
  return db;
}
