import { type z } from 'zod';
import { EhcqaError, fail, ok, type Result } from '../domain';
import { type ApiContext } from './context';
import { auditOperations } from './operations/audits';
import { auditorOperations } from './operations/auditors';
import { exerciseOperations } from './operations/exercises';
import { formOperations } from './operations/forms';
import { exportOperations } from './operations/exports';
import { type Emit, type Operation } from './operations/operation';
import { planOperations } from './operations/plans';

export { type ApiEvents, type Emit } from './operations/operation';

/**
 * The app's operations, one typed map assembled from one file per group. Electron IPC, the
 * browser bridge and the command line are thin transports over it: each calls `invoke`, which
 * validates the arguments with the operation's schema and wraps the outcome in a Result envelope.
 */
export const operations = {
  ...planOperations,
  ...auditOperations,
  ...auditorOperations,
  ...exerciseOperations,
  ...formOperations,
  ...exportOperations,
} as const;

export type Operations = typeof operations;
export type OperationName = keyof Operations;
export type ArgsOf<N extends OperationName> = z.input<Operations[N]['args']>;
export type ValueOf<N extends OperationName> = Awaited<ReturnType<Operations[N]['run']>>;
export const OPERATION_NAMES = Object.keys(operations) as OperationName[];

/**
 * Operations that take paths on this computer. Only the command line calls them directly; the
 * desktop app reaches them through a main-process file dialog, and the browser bridge never.
 */
export const LOCAL_OPERATIONS: ReadonlySet<OperationName> = new Set(['plans.import', 'forms.exportFile', 'forms.importFile']);

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
