import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { invoke } from '../api';
import { EhcqaError } from '../domain';
import { formatAuditTable } from './audit-table';
import { openCliDatabase } from './database-option';
import { progressBar } from './progress';
import { UsageError } from './usage-error';
import { loggerFromEnv } from '../log/logger';
import { TOOL_VERSION } from './version';

export const AUDIT_USAGE = 'usage: ehcqa audit PATH... [--rubric FILE] [--json OUT.json|-] [--db FILE] [--workers N] [--timeout SECONDS] [--memory MB]';

/**
 * `ehcqa audit`: audits PDF files or folders, saves each audit, prints a table, optionally
 * writes the JSON report. Exit 0 when at least one plan was audited, 1 when none could be.
 */
export async function auditCommand(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { rubric: { type: 'string' }, json: { type: 'string' }, db: { type: 'string' }, workers: { type: 'string' }, timeout: { type: 'string' }, memory: { type: 'string' } },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) throw new UsageError('name at least one PDF file or folder');
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && (!Number.isInteger(workers) || workers < 1)) throw new UsageError('--workers takes a whole number of at least 1');
  const timeout = values.timeout === undefined ? undefined : Number(values.timeout);
  if (timeout !== undefined && (!Number.isFinite(timeout) || timeout <= 0)) throw new UsageError('--timeout takes a number of seconds greater than 0');
  const memory = values.memory === undefined ? undefined : Number(values.memory);
  if (memory !== undefined && (!Number.isInteger(memory) || memory < 128)) throw new UsageError('--memory takes a whole number of MB, at least 128');

  const db = await openCliDatabase(values.db);
  try {
    const bar = progressBar(process.stderr);
    const ctx = { db, toolVersion: TOOL_VERSION, now: () => new Date(), logger: loggerFromEnv(), workers, timeoutMs: timeout === undefined ? undefined : Math.round(timeout * 1000), memoryMb: memory };
    const result = await invoke(ctx, 'plans.import', { paths: positionals, ...(values.rubric ? { rubricFile: values.rubric } : {}) }, (_event, p) => bar(p.done, p.total));
    if (!result.ok) throw new EhcqaError(result.error.code, result.error.message);
    const report = result.value;
    const json = values.json;
    if (json === '-') process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else {
      process.stdout.write(`${formatAuditTable(report.plans)}\n`);
      if (json) {
        writeFileSync(json, `${JSON.stringify(report, null, 2)}\n`);
        process.stdout.write(`Report written to ${json}\n`);
      }
    }
    return report.plans.some((p) => p.status === 'ok') ? 0 : 1;
  } finally {
    db.close();
  }
}
