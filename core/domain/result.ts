import { type ErrorInfo, toErrorInfo } from './errors';

/** The envelope every API operation returns, over IPC, HTTP and in-process alike. */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ErrorInfo };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: unknown): Result<never> => ({ ok: false, error: toErrorInfo(error) });
