import { z } from 'zod';
import { EhcqaError, fail, LEVELS, ok, type Result } from '../domain';
import { type Report } from '../pipeline';
import { type Rubric } from '../rubric';
import {
  AGENCIES, type Auditor, findAuditor, findReview, insertAuditor, latestAudit, libraryRows, type LibraryRow, listAuditors,
  loadPlanFile, saveReview, type StoredAudit, upsertJudgement,
} from '../store';
import { type ApiContext } from './context';
import { importPlans, type ImportProgress } from './import-plans';
import { collectPdfFiles } from './pdf-files';
import { buildReview, type PlanReviewView } from './review';
import { readRubricFile } from './rubric-files';

/** Typed events long operations report while they run. */
export interface ApiEvents {
  readonly 'plans.import.progress': ImportProgress;
}
export type Emit = <K extends keyof ApiEvents>(event: K, payload: ApiEvents[K]) => void;

interface Operation<A extends z.ZodType, R> {
  readonly args: A;
  readonly run: (ctx: ApiContext, args: z.infer<A>, emit: Emit) => Promise<R> | R;
}

const op = <A extends z.ZodType, R>(args: A, run: Operation<A, R>['run']): Operation<A, R> => ({ args, run });

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a plan is named by the SHA-256 of its file (64 hex digits)');
const auditorId = z.number().int().positive();
const criterion = z.string().regex(/^[A-Z][0-9]{1,2}$/, 'a criterion id such as "F2"');
const text = (max: number) => z.string().max(max, `at most ${max} characters`);
/** Uploads from the browser: base64 so the bridge carries JSON only. 100 MB is the ingest limit. */
const upload = z.strictObject({ name: z.string().min(1).max(255), dataBase64: z.string().max(140_000_000) });

const rubricOf = (ctx: ApiContext, file?: string): Rubric => (file ? readRubricFile(file) : (ctx.rubric ?? readRubricFile()));

function requireAuditor(ctx: ApiContext, id: number): Auditor {
  const auditor = findAuditor(ctx.db, id);
  if (!auditor) throw new EhcqaError('not_found', `There is no auditor with id ${id}.`);
  return auditor;
}

const report = (ctx: ApiContext, rubric: Rubric, plans: Report['plans']): Report => ({
  tool: { name: 'ehcqa', version: ctx.toolVersion }, rubric: { id: rubric.id, version: rubric.version }, generatedAt: ctx.now().toISOString(), plans,
});

/**
 * The app's operations, one typed map. Electron IPC, the browser bridge and the command line
 * are thin transports over it: each calls `invoke`, which validates the arguments with the
 * operation's schema and wraps the outcome in a Result envelope.
 */
export const operations = {
  'plans.import': op(
    z.strictObject({ paths: z.array(z.string().min(1)).min(1), rubricFile: z.string().min(1).optional() }),
    async (ctx, args, emit): Promise<Report> => {
      const rubric = rubricOf(ctx, args.rubricFile);
      const sources = collectPdfFiles(args.paths).map((path) => ({ path }));
      return report(ctx, rubric, await importPlans(ctx, sources, rubric, (p) => emit('plans.import.progress', p)));
    },
  ),
  'plans.upload': op(z.strictObject({ files: z.array(upload).min(1).max(50) }), async (ctx, args, emit): Promise<Report> => {
    const rubric = rubricOf(ctx);
    const sources = args.files.map((f) => ({ name: f.name, bytes: new Uint8Array(Buffer.from(f.dataBase64, 'base64')) }));
    return report(ctx, rubric, await importPlans(ctx, sources, rubric, (p) => emit('plans.import.progress', p)));
  }),
  'plans.list': op(z.strictObject({ auditorId: auditorId.optional() }), (ctx, args): LibraryRow[] => libraryRows(ctx.db, args.auditorId ?? null)),
  'plans.pdf': op(z.strictObject({ sha256 }), (ctx, args): { dataBase64: string } => {
    const bytes = loadPlanFile(ctx.db, args.sha256);
    if (!bytes) throw new EhcqaError('not_found', 'The PDF of that plan is not stored.');
    return { dataBase64: Buffer.from(bytes).toString('base64') };
  }),
  'audits.get': op(z.strictObject({ sha256 }), (ctx, args): StoredAudit => {
    const audit = latestAudit(ctx.db, args.sha256);
    if (!audit) throw new EhcqaError('not_found', 'No audit of that plan is stored.');
    return audit;
  }),
  'audits.review': op(z.strictObject({ sha256, auditorId }), (ctx, args): PlanReviewView => {
    requireAuditor(ctx, args.auditorId);
    return buildReview(ctx, rubricOf(ctx), args.sha256, args.auditorId);
  }),
  'audits.setLevel': op(
    z.strictObject({ sha256, auditorId, criterion, level: z.enum(LEVELS).nullable(), reason: text(2000).optional() }),
    (ctx, args): PlanReviewView => {
      requireAuditor(ctx, args.auditorId);
      const rubric = rubricOf(ctx);
      const view = buildReview(ctx, rubric, args.sha256, args.auditorId);
      const suggestion = view.suggestions.find((s) => s.criterion === args.criterion);
      if (!suggestion) throw new EhcqaError('invalid_argument', `${args.criterion} is not a criterion of the rubric.`);
      const overrides = args.level !== null && args.level !== suggestion.level;
      if (overrides && !args.reason?.trim()) throw new EhcqaError('invalid_argument', `A reason is needed to set ${args.criterion} to a level other than the tool's suggestion.`);
      ctx.db.transaction(() => {
        upsertJudgement(ctx.db, { planSha256: args.sha256, auditorId: args.auditorId, criterion: args.criterion, at: ctx.now().toISOString(), level: args.level, reason: overrides ? args.reason!.trim() : null });
        touchReview(ctx, args.sha256, args.auditorId, { lastCriterion: args.criterion });
      })();
      return buildReview(ctx, rubric, args.sha256, args.auditorId);
    },
  ),
  'audits.setNote': op(z.strictObject({ sha256, auditorId, criterion, note: text(4000) }), (ctx, args): PlanReviewView => {
    requireAuditor(ctx, args.auditorId);
    ctx.db.transaction(() => {
      upsertJudgement(ctx.db, { planSha256: args.sha256, auditorId: args.auditorId, criterion: args.criterion, at: ctx.now().toISOString(), note: args.note.trim() || null });
      touchReview(ctx, args.sha256, args.auditorId, { lastCriterion: args.criterion });
    })();
    return buildReview(ctx, rubricOf(ctx), args.sha256, args.auditorId);
  }),
  'audits.setOverall': op(
    z.strictObject({ sha256, auditorId, note: text(8000).optional(), status: z.enum(['in_progress', 'complete']).optional(), lastCriterion: criterion.optional() }),
    (ctx, args): PlanReviewView => {
      requireAuditor(ctx, args.auditorId);
      ctx.db.transaction(() => touchReview(ctx, args.sha256, args.auditorId, {
        ...(args.note !== undefined ? { overallNote: args.note.trim() || null } : {}),
        ...(args.status ? { status: args.status } : {}),
        ...(args.lastCriterion ? { lastCriterion: args.lastCriterion } : {}),
      }))();
      return buildReview(ctx, rubricOf(ctx), args.sha256, args.auditorId);
    },
  ),
  'auditors.create': op(
    z.strictObject({ name: z.string().trim().min(1, 'a name is needed').max(120), agency: z.enum(AGENCIES), role: z.string().trim().max(120).optional() }),
    (ctx, args): Auditor => insertAuditor(ctx.db, { name: args.name, agency: args.agency, role: args.role || null, createdAt: ctx.now().toISOString() }),
  ),
  'auditors.list': op(z.strictObject({}), (ctx): Auditor[] => listAuditors(ctx.db)),
  'rubric.get': op(z.strictObject({}), (ctx): Rubric => rubricOf(ctx)),
} as const;

function touchReview(ctx: ApiContext, planSha256: string, auditor: number, change: { overallNote?: string | null; status?: 'in_progress' | 'complete'; lastCriterion?: string }) {
  const before = findReview(ctx.db, planSha256, auditor);
  saveReview(ctx.db, {
    planSha256,
    auditorId: auditor,
    overallNote: change.overallNote !== undefined ? change.overallNote : (before?.overallNote ?? null),
    lastCriterion: change.lastCriterion ?? before?.lastCriterion ?? null,
    status: change.status ?? before?.status ?? 'in_progress',
    updatedAt: ctx.now().toISOString(),
  });
}

export type Operations = typeof operations;
export type OperationName = keyof Operations;
export type ArgsOf<N extends OperationName> = z.input<Operations[N]['args']>;
export type ValueOf<N extends OperationName> = Awaited<ReturnType<Operations[N]['run']>>;
export const OPERATION_NAMES = Object.keys(operations) as OperationName[];

/**
 * Operations that take paths on this computer. Only the command line calls them directly; the
 * desktop app reaches them through a main-process file dialog, and the browser bridge never.
 */
export const LOCAL_OPERATIONS: ReadonlySet<OperationName> = new Set(['plans.import']);

/** What a renderer (Electron preload, browser bridge) may call. */
export const RENDERER_OPERATIONS = OPERATION_NAMES.filter((name) => !LOCAL_OPERATIONS.has(name));

const noEvents: Emit = () => undefined;

export function isOperationName(name: string): name is OperationName {
  return Object.prototype.hasOwnProperty.call(operations, name);
}

export async function invoke<N extends OperationName>(ctx: ApiContext, name: N, args: unknown, emit: Emit = noEvents): Promise<Result<ValueOf<N>>> {
  if (!isOperationName(name)) return fail(new EhcqaError('invalid_argument', `Unknown operation "${String(name)}".`));
  const operation = operations[name] as unknown as Operation<z.ZodType, ValueOf<N>>;
  const parsed = operation.args.safeParse(args ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length > 0 ? issue.path.join('.') : 'arguments';
    return fail(new EhcqaError('invalid_argument', `${String(name)}: ${where}: ${issue.message}`));
  }
  try {
    return ok(await operation.run(ctx, parsed.data, emit));
  } catch (error) {
    return fail(error);
  }
}
