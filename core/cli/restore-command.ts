import { parseArgs } from 'node:util';
import { defaultDatabasePath, listBackups, restoreBackup } from '../store';
import { backupFolderOf } from './database-option';
import { UsageError } from './usage-error';

export const RESTORE_USAGE = 'usage: ehcqa restore [BACKUP.db] [--db FILE]   (no BACKUP: list the backups)';

/** `ehcqa restore`: lists the daily backups, or puts one back in place of the database. */
export async function restoreCommand(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options: { db: { type: 'string' } } });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const database = parsed.values.db ?? defaultDatabasePath();
  const [backup, ...extra] = parsed.positionals;
  if (extra.length > 0) throw new UsageError('name one backup file');
  if (!backup) {
    const backups = listBackups(backupFolderOf(database));
    process.stdout.write(backups.length > 0 ? `${backups.join('\n')}\n` : `No backups yet in ${backupFolderOf(database)}.\n`);
    return 0;
  }
  const { replacedCopy } = restoreBackup(backup, database, new Date());
  process.stdout.write(`Restored ${backup} to ${database}.${replacedCopy ? ` The database it replaced is kept as ${replacedCopy}.` : ''}\n`);
  return 0;
}
