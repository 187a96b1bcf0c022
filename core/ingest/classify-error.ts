import { EhcqaError } from '../domain';

/**
 * Turns whatever pdfjs throws into an EhcqaError with a report code. pdfjs's own messages may
 * quote document bytes, so they never reach the user or a log; the code and our sentence do.
 */
export function classifyPdfError(error: unknown, fileLabel: string): EhcqaError {
  if (error instanceof EhcqaError) return error;
  const name = error instanceof Error ? error.name : '';
  switch (name) {
    case 'PasswordException':
      return new EhcqaError('encrypted', `${fileLabel} is protected by a password, so its text cannot be read. Save an unprotected copy and import that.`, { cause: error });
    case 'InvalidPDFException':
    case 'FormatError':
      return new EhcqaError('corrupt', `${fileLabel} is damaged (its PDF structure cannot be read); it may be a partial copy. Copy it again or re-export it.`, { cause: error });
    case 'MissingPDFException':
      return new EhcqaError('empty', `${fileLabel} holds no PDF content.`, { cause: error });
    default:
      return new EhcqaError('corrupt', `${fileLabel} could not be read as a PDF: its content is damaged or uses features the reader cannot handle.`, { cause: error });
  }
}
