import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { EhcqaError, type FileErrorCode } from '../domain';
import { baseName, type ReportPlan, toFailedPlan, toReportPlan } from '../pipeline';
import { type Rubric } from '../rubric';
import { insertAudit, saveFailedPlan, savePlan } from '../store';
import { AuditPool } from '../workers/pool';
import { type ApiContext } from './context';

export interface ImportProgress {
  readonly done: number;
  readonly total: number;
  readonly file: string;
  readonly status: 'ok' | 'error';
}

/**
 * Audits files and saves each as soon as it is done (one short transaction per plan), so an
 * interrupted import keeps what finished and a re-run redoes only the rest. Results come back
 * in input order, bad files included with their code.
 */
export async function importPlans(ctx: ApiContext, files: readonly string[], rubric: Rubric, onProgress?: (p: ImportProgress) => void): Promise<ReportPlan[]> {
  const pool = new AuditPool({ rubric, ...(ctx.workers ? { size: ctx.workers } : {}) });
  let done = 0;
  try {
    return await Promise.all(files.map(async (file, id) => {
      const plan = await auditOne(ctx, pool, rubric, file, id);
      done++;
      onProgress?.({ done, total: files.length, file, status: plan.status });
      return plan;
    }));
  } finally {
    await pool.close();
  }
}

async function auditOne(ctx: ApiContext, pool: AuditPool, rubric: Rubric, file: string, id: number): Promise<ReportPlan> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return toFailedPlan({ file, sha256: '' }, { code: 'unreadable', message: `${baseName(file)} could not be opened (${code === 'EACCES' ? 'permission denied' : code ?? 'read error'}).` });
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const outcome = await pool.run({ id, file, sha256, bytes });
  const importedAt = ctx.now().toISOString();
  if (!outcome.ok) {
    save(ctx, () => saveFailedPlan(ctx.db, sha256, baseName(file), outcome.code, outcome.message, importedAt));
    return toFailedPlan({ file, sha256 }, { code: outcome.code, message: outcome.message });
  }
  const { audit } = outcome;
  save(ctx, () => {
    savePlan(ctx.db, sha256, baseName(file), audit.plan, importedAt);
    insertAudit(ctx.db, {
      planSha256: sha256, rubricId: rubric.id, rubricVersion: rubric.version, toolVersion: ctx.toolVersion,
      createdAt: importedAt, grade: audit.grade, suggestions: audit.suggestions,
    });
  });
  return toReportPlan({ file, sha256 }, audit);
}

function save(ctx: ApiContext, write: () => void): void {
  try {
    ctx.db.transaction(write)();
  } catch (error) {
    const code = (error as { code?: string }).code;
    const full = code === 'SQLITE_FULL';
    throw new EhcqaError('io', full ? 'The disk is full: the audit could not be saved. Free some space and import again; nothing saved earlier was lost.' : 'The audit could not be saved to the database.', { cause: error });
  }
}

export type { FileErrorCode };
