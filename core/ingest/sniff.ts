import { EhcqaError } from '../domain';
import { type IngestLimits } from './limits';

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
/** Readers accept a PDF header anywhere in the first kilobyte (ISO 32000-1, annex H). */
const HEADER_WINDOW = 1024;

/** Cheap checks on the raw bytes before any parser sees them. */
export function sniffPdfBytes(bytes: Uint8Array, fileLabel: string, limits: IngestLimits): void {
  if (bytes.length === 0) {
    throw new EhcqaError('empty', `${fileLabel} is empty (0 bytes); it may not have finished copying.`);
  }
  if (bytes.length > limits.maxBytes) {
    const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
    throw new EhcqaError('too_large', `${fileLabel} is ${mb(bytes.length)}, over the ${mb(limits.maxBytes)} limit for one file.`);
  }
  if (!hasPdfHeader(bytes)) {
    throw new EhcqaError('not_pdf', `${fileLabel} is not a PDF file (it does not start with a PDF header), even if its name ends in .pdf.`);
  }
}

function hasPdfHeader(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length - PDF_MAGIC.length, HEADER_WINDOW);
  outer: for (let i = 0; i <= end; i++) {
    for (let j = 0; j < PDF_MAGIC.length; j++) if (bytes[i + j] !== PDF_MAGIC[j]) continue outer;
    return true;
  }
  return false;
}
