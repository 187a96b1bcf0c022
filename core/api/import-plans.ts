import { createHash } from 'node:crypto';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { EhcqaError } from '../domain';
import { DEFAULT_LIMITS } from '../ingest';
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
  const own = ctx.pool ? null : new AuditPool({ rubric, size: ctx.workers, timeoutMs: ctx.timeoutMs, memoryMb: ctx.memoryMb });
  const pool = ctx.pool ?? own!;
  const plans: ReportPlan[] = new Array<ReportPlan>(sources.length);
  let next = 0;
  let done = 0;
  // Files are read only a little ahead of the workers: a folder of thousands of PDFs is never in
  // memory at once (the memory budget of core/workers/pool.ts keeps 512 MB for this process).
  const lane = async () => {
    while (next < sources.length) {
      const id = next++;
      const source = sources[id]!;
      plans[id] = await auditOne(ctx, pool, rubric, source, id);
      done++;
      onProgress?.({ done, total: sources.length, file: labelOf(source), status: plans[id].status });
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(sources.length, pool.size + 1) }, lane));
    return plans;
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
      // A 300 MB board pack is refused from its size, hashed from disk, never read into memory.
      const size = statSync(source.path).size;
      if (size > DEFAULT_LIMITS.maxBytes) return await refuseTooLarge(ctx, source.path, size);
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
    // Refused either way; on a full disk the refusal is only in the report.
    save(ctx, () => saveFailedPlan(ctx.db, sha256, baseName(file), outcome.code, outcome.message, importedAt));
    return toFailedPlan({ file, sha256 }, { code: outcome.code, message: outcome.message });
  }
  const { audit } = outcome;
  const saved = save(ctx, () => {
    savePlan(ctx.db, sha256, baseName(file), audit.plan, importedAt);
    savePlanFile(ctx.db, sha256, bytes);
    insertAudit(ctx.db, {
      planSha256: sha256, rubricId: rubric.id, rubricVersion: rubric.version, toolVersion: ctx.toolVersion,
      createdAt: importedAt, grade: audit.grade, suggestions: audit.suggestions,
    });
  });
  if (saved === 'disk_full') {
    return toFailedPlan({ file, sha256 }, { code: 'disk_full', message: `${baseName(file)} was read, but its audit could not be saved because the disk is full. Free some space and import again; nothing saved earlier was lost.` });
  }
  return toReportPlan({ file, sha256 }, audit);
}

async function refuseTooLarge(ctx: ApiContext, path: string, size: number): Promise<ReportPlan> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  const sha256 = hash.digest('hex');
  const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
  const message = `${baseName(path)} is ${mb(size)}, over the ${mb(DEFAULT_LIMITS.maxBytes)} limit for one file.`;
  save(ctx, () => saveFailedPlan(ctx.db, sha256, baseName(path), 'too_large', message, ctx.now().toISOString()));
  return toFailedPlan({ file: path, sha256 }, { code: 'too_large', message });
}

function alreadyAudited(ctx: ApiContext, rubric: Rubric, sha256: string): PlanAudit | null {
  const audit = latestAudit(ctx.db, sha256, rubric.id);
  if (!audit || audit.rubricVersion !== rubric.version || audit.toolVersion !== ctx.toolVersion) return null;
  const plan = loadPlan(ctx.db, sha256);
  return plan ? { plan, suggestions: audit.suggestions, grade: audit.grade } : null;
}

/**
 * One transaction: all of it is saved or none. A full disk ends only this file (disk_full, in
 * the report) so the batch still reports every file; any other storage failure stops the import.
 */
function save(ctx: ApiContext, write: () => void): 'saved' | 'disk_full' {
  try {
    ctx.db.transaction(write)();
    return 'saved';
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_FULL') return 'disk_full';
    throw new EhcqaError('io', 'The audit could not be saved to the database.', { cause: error });
  }
}
