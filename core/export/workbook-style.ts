import type ExcelJS from 'exceljs';
import { type Level } from '../domain';
import { LEVEL_FILL, LEVEL_WORD } from './levels';

export interface Column {
  readonly header: string;
  readonly width: number;
  /** Excel number format, e.g. '0%' or 'yyyy-mm-dd'. */
  readonly format?: string;
  readonly wrap?: boolean;
}

export type CellValue = string | number | Date | null;

const HEADER_FILL = 'FF1F4E79';

/**
 * A sheet laid out as a table: a bold header row frozen at the top, an auto-filter over the
 * columns, set widths and number formats. Every data sheet of the workbooks is one of these.
 */
export function addTableSheet(workbook: ExcelJS.Workbook, name: string, columns: readonly Column[], rows: readonly (readonly CellValue[])[], options: { readonly startRow?: number } = {}): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: options.startRow ?? 1, xSplit: 0 }] });
  writeTable(sheet, columns, rows, options.startRow ?? 1);
  return sheet;
}

/** Writes a table into a sheet from `headerRow` down; returns the last row written. */
export function writeTable(sheet: ExcelJS.Worksheet, columns: readonly Column[], rows: readonly (readonly CellValue[])[], headerRow: number, options: { readonly filter?: boolean } = {}): number {
  columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = Math.max(column.width ?? 0, c.width);
    if (c.format) column.numFmt = c.format;
    if (c.wrap) column.alignment = { wrapText: true, vertical: 'top' };
  });
  const header = sheet.getRow(headerRow);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.alignment = { vertical: 'middle', wrapText: true };
  });
  rows.forEach((values, r) => {
    const row = sheet.getRow(headerRow + 1 + r);
    values.forEach((v, i) => { if (v !== null) row.getCell(i + 1).value = v; });
  });
  if (columns.length > 0 && options.filter !== false) {
    sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow + Math.max(rows.length, 1), column: columns.length } };
  }
  return headerRow + rows.length;
}

/** Colours a level cell by its word (the fill repeats what the word says). */
export function styleLevelCell(cell: ExcelJS.Cell, level: Level | null): void {
  if (!level) return;
  cell.value = LEVEL_WORD[level];
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: LEVEL_FILL[level] } };
}

/** Conditional formatting on a range of level words, so a level typed over later recolours itself. */
export function levelConditionalFormatting(sheet: ExcelJS.Worksheet, ref: string): void {
  const rules = (Object.keys(LEVEL_WORD) as Level[]).map((level, i) => ({
    type: 'containsText' as const,
    operator: 'containsText' as const,
    text: LEVEL_WORD[level],
    priority: i + 1,
    style: { fill: { type: 'pattern' as const, pattern: 'solid' as const, bgColor: { argb: LEVEL_FILL[level] } } },
  }));
  // "Met" is contained in "Not met" and "Partly met": test the longer words first.
  sheet.addConditionalFormatting({ ref, rules: [rules[2]!, rules[1]!, rules[3]!, rules[0]!].map((r, i) => ({ ...r, priority: i + 1 })) });
}

/** A red-to-green scale over shares (0..1) where high is bad: weak shares. */
export function weakShareScale(sheet: ExcelJS.Worksheet, ref: string): void {
  sheet.addConditionalFormatting({
    ref,
    rules: [{ type: 'colorScale', priority: 1, cfvo: [{ type: 'num', value: 0 }, { type: 'num', value: 1 }], color: [{ argb: 'FFF8F8F8' }, { argb: 'FFF8696B' }] }],
  });
}

/** A1-style column letters. */
export function columnLetter(index: number): string {
  let n = index;
  let out = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    out = String.fromCharCode(65 + m) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export const LEVEL_LIST_VALIDATION: ExcelJS.DataValidation = {
  type: 'list',
  allowBlank: true,
  formulae: [`"${Object.values(LEVEL_WORD).join(',')}"`],
  showErrorMessage: true,
  errorTitle: 'Level',
  error: `One of ${Object.values(LEVEL_WORD).join(', ')}.`,
};

/**
 * One validation over a whole range. exceljs types only the per-cell form, which for 33,000
 * cells costs seconds (it merges them back into ranges on write); its worksheet keeps a range
 * form too, written as one <dataValidation sqref="A2:A33001">.
 */
export function validateRange(sheet: ExcelJS.Worksheet, ref: string, validation: ExcelJS.DataValidation): void {
  (sheet as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(ref, validation);
}
