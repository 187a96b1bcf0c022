/**
 * A minimal PDF writer for hostile test files: objects in order, a correct cross-reference
 * table, a trailer. Correct structure around hostile content, so the reader gets as far as the
 * hostile part (a bomb, a deep nest, thousands of pages) instead of failing on the first byte.
 */
export type PdfObject = string | { readonly dict: string; readonly stream: Uint8Array };

/** Writes objects 1..n (object 1 must be the catalog) into a complete PDF file. */
export function writePdf(objects: readonly PdfObject[]): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xE2\xE3\xCF\xD3\n', 'latin1')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  const push = (b: Buffer) => {
    parts.push(b);
    length += b.length;
  };
  objects.forEach((object, i) => {
    offsets.push(length);
    if (typeof object === 'string') push(Buffer.from(`${i + 1} 0 obj\n${object}\nendobj\n`, 'latin1'));
    else {
      push(Buffer.from(`${i + 1} 0 obj\n<< ${object.dict} /Length ${object.stream.length} >>\nstream\n`, 'latin1'));
      push(Buffer.from(object.stream));
      push(Buffer.from('\nendstream\nendobj\n', 'latin1'));
    }
  });
  const xrefAt = length;
  const rows = offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  push(Buffer.from(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${rows}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

/** A content stream that shows lines of text in Helvetica (font resource /F1). */
export function textContent(lines: readonly string[]): string {
  const escaped = lines.map((l) => l.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[^\x20-\x7e]/g, '?'));
  return `BT /F1 11 Tf 14 TL 56 780 Td ${escaped.map((l) => `(${l}) '`).join(' ')} ET`;
}

export const HELVETICA = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
