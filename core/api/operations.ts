import { z } from 'zod';
import { EhcqaError, fail, ok, type Result } from '../domain';
import { type Report } from '../pipeline';
import { latestAudit, listPlans, type StoredAudit, type StoredPlanRow } from '../store';
import { type ApiContext } from './context';
import { importPlans, type ImportProgress } from './import-plans';
import { collectPdfFiles } from './pdf-files';
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

/**
 * The app's operations, one typed map. Electron IPC, the browser bridge and the command line
 * are thin transports over it: each calls `invoke`, which validates the arguments with the
 * operation's schema and wraps the outcome in a Result envelope.
 */
export const operations = {
  'plans.import': op(
    z.strictObject({ paths: z.array(z.string().min(1)).min(1), rubricFile: z.string().min(1).optional() }),
    async (ctx, args, emit): Promise<Report> => {
      const rubric = readRubricFile(args.rubricFile);
      const files = collectPdfFiles(args.paths);
      const plans = await importPlans(ctx, files, rubric, (p) => emit('plans.import.progress', p));
      return { tool: { name: 'ehcqa', version: ctx.toolVersion }, rubric: { id: rubric.id, version: rubric.version }, generatedAt: ctx.now().toISOString(), plans };
    },
  ),
  'plans.list': op(z.strictObject({}), (ctx): StoredPlanRow[] => listPlans(ctx.db)),
  'audits.get': op(z.strictObject({ sha256: z.string().regex(/^[0-9a-f]{64}$/, 'a plan is named by the SHA-256 of its file (64 hex digits)') }), (ctx, args): StoredAudit => {
    const audit = latestAudit(ctx.db, args.sha256);
    if (!audit) throw new EhcqaError('not_found', 'No audit of that plan is stored.');
    return audit;
  }),
} as const;

export type Operations = typeof operations;
export type OperationName = keyof Operations;
export type ArgsOf<N extends OperationName> = z.input<Operations[N]['args']>;
export type ValueOf<N extends OperationName> = Awaited<ReturnType<Operations[N]['run']>>;

const noEvents: Emit = () => undefined;

export async function invoke<N extends OperationName>(ctx: ApiContext, name: N, args: unknown, emit: Emit = noEvents): Promise<Result<ValueOf<N>>> {
  const operation = operations[name] as unknown as Operation<z.ZodType, ValueOf<N>> | undefined;
  if (!operation) return fail(new EhcqaError('invalid_argument', `Unknown operation "${String(name)}".`));
  const parsed = operation.args.safeParse(args);
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
