/**
 * The one error class of ehcqa. Every failure a user can meet carries a `code` (stable, for
 * reports and tests) and a message a QA lead can act on (names the file and the problem, never
 * quotes plan text).
 */

/** Why a file could not be audited: the codes of the JSON report (report-format.md). */
export const FILE_ERROR_CODES = [
  'not_pdf',
  'encrypted',
  'corrupt',
  'empty',
  'no_text_layer',
  'not_ehc_plan',
  'too_large',
  'unreadable',
  // Read, but its audit could not be saved: the disk (or the database's size limit) is full.
  'disk_full',
] as const;
export type FileErrorCode = (typeof FILE_ERROR_CODES)[number];

/** Everything else that can go wrong at a boundary (API, rubric, storage, CLI). */
export const OTHER_ERROR_CODES = [
  'invalid_argument',
  'invalid_rubric',
  'not_found',
  'conflict',
  'invalid_form',
  'database_newer',
  'io',
  'internal',
] as const;
export type OtherErrorCode = (typeof OTHER_ERROR_CODES)[number];

export type ErrorCode = FileErrorCode | OtherErrorCode;

export class EhcqaError extends Error {
  override readonly name = 'EhcqaError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isFileErrorCode(code: string): code is FileErrorCode {
  return (FILE_ERROR_CODES as readonly string[]).includes(code);
}

/** The wire shape of an error: what crosses IPC, HTTP and the JSON report. */
export interface ErrorInfo {
  readonly code: ErrorCode;
  readonly message: string;
}

export function toErrorInfo(error: unknown): ErrorInfo {
  if (error instanceof EhcqaError) return { code: error.code, message: error.message };
  // Unknown failures are reported without their message: it may hold plan text.
  return { code: 'internal', message: 'An unexpected internal error occurred.' };
}
