import { parseArgs, type ParseArgsConfig } from 'node:util';
import { type ApiContext, invoke, type OperationName, type ValueOf } from '../api';
import { EhcqaError } from '../domain';
import { loggerFromEnv } from '../log/logger';
import { openCliDatabase } from './database-option';
import { UsageError } from './usage-error';
import { TOOL_VERSION } from './version';

/** Parses flags, turning node's parse errors into usage errors (exit 2). */
export function parseFlags<O extends NonNullable<ParseArgsConfig['options']>>(argv: readonly string[], options: O, allowPositionals = false) {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** Runs `body` with an API context over the `--db` database, closing it afterwards. */
export async function withApi<T>(dbFile: string | undefined, body: (ctx: ApiContext) => Promise<T>): Promise<T> {
  const db = await openCliDatabase(dbFile);
  try {
    return await body({ db, toolVersion: TOOL_VERSION, now: () => new Date(), logger: loggerFromEnv() });
  } finally {
    db.close();
  }
}

/** One operation of the API, its error turned into the CLI's (message, exit 1). */
export async function callApi<N extends OperationName>(ctx: ApiContext, name: N, args: unknown): Promise<ValueOf<N>> {
  const result = await invoke(ctx, name, args);
  if (!result.ok) throw new EhcqaError(result.error.code, result.error.message);
  return result.value;
}

/** A positive whole number from a flag, or a usage error naming the flag. */
export function wholeNumber(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--${flag} takes a whole number of at least 1`);
  return n;
}

export function idList(flag: string, value: string | undefined): number[] {
  if (!value) return [];
  return value.split(',').map((part) => wholeNumber(flag, part.trim())!);
}
