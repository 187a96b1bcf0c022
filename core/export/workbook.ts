import ExcelJS from 'exceljs';
import { scrubWorkbook } from './final-pass';
import { type Pseudonymiser } from './pseudonymise';

/** A new workbook with repeatable properties (the export's own clock, not the wall clock). */
export function newWorkbook(title: string, generatedAt: string): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ehcqa';
  workbook.lastModifiedBy = 'ehcqa';
  workbook.title = title;
  workbook.created = new Date(generatedAt);
  workbook.modified = new Date(generatedAt);
  return workbook;
}

/** The final pass over every cell, then the bytes of the .xlsx file. */
export async function finishWorkbook(workbook: ExcelJS.Workbook, scrub: Pseudonymiser): Promise<Uint8Array> {
  scrubWorkbook(workbook, scrub);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Short quotes for a cell: curly-quoted, cut at a word, so a cell stays readable. */
export function quote(text: string, max = 280): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const cut = flat.length <= max ? flat : `${flat.slice(0, flat.lastIndexOf(' ', max) > max / 2 ? flat.lastIndexOf(' ', max) : max)}…`;
  return `“${cut}”`;
}
