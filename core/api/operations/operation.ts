import { z } from 'zod';
import { EhcqaError } from '../../domain';
import { type Rubric } from '../../rubric';
import { type Auditor, findAuditor } from '../../store';
import { type ApiContext } from '../context';
import { type ImportProgress } from '../import-plans';
import { readRubricFile } from '../rubric-files';

/** Typed events long operations report while they run. */
export interface ApiEvents {
  readonly 'plans.import.progress': ImportProgress;
}
export type Emit = <K extends keyof ApiEvents>(event: K, payload: ApiEvents[K]) => void;

export interface Operation<A extends z.ZodType, R> {
  readonly args: A;
  readonly run: (ctx: ApiContext, args: z.infer<A>, emit: Emit) => Promise<R> | R;
}

export const op = <A extends z.ZodType, R>(args: A, run: Operation<A, R>['run']): Operation<A, R> => ({ args, run });

/** Argument schemas shared by several operation groups. */
export const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a plan is named by the SHA-256 of its file (64 hex digits)');
export const auditorId = z.number().int().positive();
export const criterion = z.string().regex(/^[A-Z][0-9]{1,2}$/, 'a criterion id such as "F2"');
export const text = (max: number) => z.string().max(max, `at most ${max} characters`);

export const rubricOf = (ctx: ApiContext, file?: string): Rubric => (file ? readRubricFile(file) : (ctx.rubric ?? readRubricFile()));

export function requireAuditor(ctx: ApiContext, id: number): Auditor {
  const auditor = findAuditor(ctx.db, id);
  if (!auditor) throw new EhcqaError('not_found', `There is no auditor with id ${id}.`);
  return auditor;
}
