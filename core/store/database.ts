import Database from 'better-sqlite3';
import { EhcqaError } from '../domain';
import { MIGRATIONS } from './migrations';

/**
 * Handles are branded by what they may do, so a repository's signature says whether it
 * writes. Both are the same better-sqlite3 connection underneath; there is no module-global db.
 */
export type ReadDb = Database.Database & { readonly __read: unique symbol };
export type WriteDb = ReadDb & { readonly __write: unique symbol };

/** Opens (creating if needed) the database, in WAL mode, migrated to the latest version. */
export function openDatabase(file: string): WriteDb {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // NORMAL is durable in WAL mode except for the last transaction on power loss.
    db.pragma('synchronous = NORMAL');
    migrate(db as WriteDb);
    return db as WriteDb;
  } catch (error) {
    db.close();
    throw error;
  }
}

export function schemaVersion(db: ReadDb): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Applies the numbered migrations after the database's `user_version`, each in its own
 * transaction with the version bump, so a crash leaves the database at a whole version.
 * A database written by a newer ehcqa is refused, never migrated down.
 */
export function migrate(db: WriteDb): void {
  const current = schemaVersion(db);
  if (current > MIGRATIONS.length) {
    throw new EhcqaError('database_newer', `The database was written by a newer version of ehcqa (schema ${current}; this version knows ${MIGRATIONS.length}). Update ehcqa to open it.`);
  }
  for (let version = current + 1; version <= MIGRATIONS.length; version++) {
    const step = MIGRATIONS[version - 1]!;
    db.transaction(() => {
      step.up(db);
      db.pragma(`user_version = ${version}`);
    })();
  }
}
