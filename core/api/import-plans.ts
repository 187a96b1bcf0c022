import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { EhcqaError } from '../domain';
import { baseName, type PlanAudit, type ReportPlan, toFailedPlan, toReportPlan } from '../pipeline';
import { type Rubric } from '../rubric';
import { insertAudit, latestAudit, loadPlan, saveFailedPlan, savePlan, savePlanFile } from '../store';
import { AuditPool } from '../workers/pool';
import { type ApiContext } from './context';

export interface ImportProgress {
  readonly done: number;
  readonly total: number;
  readonly file: string;
  readonly status: 'ok' | 'error';
}

/** A file to import: a path on this machine, or bytes a browser uploaded with their name. */
export type ImportSource = { readonly path: string } | { readonly name: string; readonly bytes: Uint8Array };

const labelOf = (source: ImportSource) => ('path' in source ? source.path : source.name);

/**
 * Audits files and saves each as soon as it is done (one short transaction per plan), so an
 * interrupted import keeps what finished and a re-run redoes only the rest. Results come back
 * in input order, bad files included with their code.
 */
export async function importPlans(ctx: ApiContext, sources: readonly ImportSource[], rubric: Rubric, onProgress?: (p: ImportProgress) => void): Promise<ReportPlan[]> {
  const own = ctx.pool ? null : new AuditPool({ rubric, ...(ctx.workers ? { size: ctx.workers } : {}) });
  const pool = ctx.pool ?? own!;
  let done = 0;
  try {
    return await Promise.all(sources.map(async (source, id) => {
      const plan = await auditOne(ctx, pool, rubric, source, id);
      done++;
      onProgress?.({ done, total: sources.length, file: labelOf(source), status: plan.status });
      return plan;
    }));
  } finally {
    await own?.close();
  }
}

async function auditOne(ctx: ApiContext, pool: AuditPool, rubric: Rubric, source: ImportSource, id: number): Promise<ReportPlan> {
  const file = labelOf(source);
  let bytes: Uint8Array;
  if ('bytes' in source) bytes = source.bytes;
  else {
    try {
      bytes = new Uint8Array(readFileSync(source.path));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return toFailedPlan({ file, sha256: '' }, { code: 'unreadable', message: `${baseName(file)} could not be opened (${code === 'EACCES' ? 'permission denied' : code ?? 'read error'}).` });
    }
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  // A plan already audited with this rubric and this version of ehcqa is recognised, not redone:
  // a re-import of a folder after an interruption finishes the rest.
  const known = alreadyAudited(ctx, rubric, sha256);
  if (known) return toReportPlan({ file, sha256 }, known);
  const started = performance.now();
  const outcome = await pool.run({ id, file, sha256, bytes });
  ctx.logger?.log(outcome.ok ? 'info' : 'warn', outcome.ok ? 'plan.audited' : 'plan.refused', {
    sha256, bytes: bytes.length, ms: Math.round(performance.now() - started),
    ...(outcome.ok ? { pages: outcome.audit.plan.pageCount, grade: outcome.audit.grade.grade.replace(/ /g, '_'), sections: outcome.audit.plan.sections.length } : { code: outcome.code }),
  });
  const importedAt = ctx.now().toISOString();
  if (!outcome.ok) {
    save(ctx, () => saveFailedPlan(ctx.db, sha256, baseName(file), outcome.code, outcome.message, importedAt));
    return toFailedPlan({ file, sha256 }, { code: outcome.code, message: outcome.message });
  }
  const { audit } = outcome;
  save(ctx, () => {
    savePlan(ctx.db, sha256, baseName(file), audit.plan, importedAt);
    savePlanFile(ctx.db, sha256, bytes);
    insertAudit(ctx.db, {
      planSha256: sha256, rubricId: rubric.id, rubricVersion: rubric.version, toolVersion: ctx.toolVersion,
      createdAt: importedAt, grade: audit.grade, suggestions: audit.suggestions,
    });
  });
  return toReportPlan({ file, sha256 }, audit);
}

function alreadyAudited(ctx: ApiContext, rubric: Rubric, sha256: string): PlanAudit | null {
  const audit = latestAudit(ctx.db, sha256, rubric.id);
  if (!audit || audit.rubricVersion !== rubric.version || audit.toolVersion !== ctx.toolVersion) return null;
  const plan = loadPlan(ctx.db, sha256);
  return plan ? { plan, suggestions: audit.suggestions, grade: audit.grade } : null;
}

function save(ctx: ApiContext, write: () => void): void {
  try {
    ctx.db.transaction(write)();
  } catch (error) {
    const full = (error as { code?: string }).code === 'SQLITE_FULL';
    throw new EhcqaError('io', full ? 'The disk is full: the audit could not be saved. Free some space and import again; nothing saved earlier was lost.' : 'The audit could not be saved to the database.', { cause: error });
  }
}
