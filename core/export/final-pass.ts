import type ExcelJS from 'exceljs';
import { type Pseudonymiser } from './pseudonymise';

/**
 * The safety net: every string in the finished workbook (cell values, rich text, hyperlink
 * text, formula results, notes, sheet names, document properties) goes through the
 * pseudonymiser once more, whatever built it. Builders already scrub what they write, with each
 * plan's own names; this pass catches anything a builder forgot.
 */
export function scrubWorkbook(workbook: ExcelJS.Workbook, scrub: Pseudonymiser): void {
  if (scrub.mode === 'identifiers') return;
  const s = (text: string) => scrub.any(text);
  workbook.title = s(workbook.title ?? '');
  workbook.subject = s(workbook.subject ?? '');
  workbook.description = s(workbook.description ?? '');
  workbook.keywords = s(workbook.keywords ?? '');
  workbook.eachSheet((sheet) => {
    const name = s(sheet.name).replace(/[\\/?*[\]:]/g, ' ').slice(0, 31);
    if (name !== sheet.name) sheet.name = name;
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => scrubCell(cell, s));
    });
  });
}

function scrubCell(cell: ExcelJS.Cell, s: (text: string) => string): void {
  const value = cell.value;
  if (typeof value === 'string') cell.value = s(value);
  else if (value && typeof value === 'object' && !(value instanceof Date)) {
    if ('richText' in value) cell.value = { richText: value.richText.map((r) => ({ ...r, text: s(r.text) })) };
    else if ('hyperlink' in value) cell.value = { ...value, text: s(String(value.text)) };
    else if ('formula' in value && typeof value.result === 'string') cell.value = { ...value, result: s(value.result) } as ExcelJS.CellValue;
  }
  const note = cell.note;
  if (typeof note === 'string') cell.note = s(note);
  else if (note && 'texts' in note && Array.isArray(note.texts)) cell.note = { ...note, texts: note.texts.map((t) => ({ ...t, text: s(t.text) })) };
}
