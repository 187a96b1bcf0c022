import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { defaultDatabasePath, openDatabase, type WriteDb } from '../store';

/** `--db FILE`, or the app's database in the user's data folder. */
export function openCliDatabase(file: string | undefined): WriteDb {
  const path = file ?? defaultDatabasePath();
  mkdirSync(dirname(path), { recursive: true });
  return openDatabase(path);
}
