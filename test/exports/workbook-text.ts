import ExcelJS from 'exceljs';

/** A workbook read back with exceljs. */
export async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

/**
 * Every string a reader of the workbook can see: sheet names, document properties, every cell
 * (values, rich text, hyperlinks, formula results) and every note.
 */
export function everyText(workbook: ExcelJS.Workbook): string[] {
  const out: string[] = [workbook.title, workbook.subject, workbook.description, workbook.keywords, workbook.creator].filter((t): t is string => !!t);
  workbook.eachSheet((sheet) => {
    out.push(sheet.name);
    sheet.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (cell) => {
      const v = cell.value;
      if (typeof v === 'string') out.push(v);
      else if (typeof v === 'number') out.push(String(v));
      else if (v && typeof v === 'object' && !(v instanceof Date)) {
        if ('richText' in v) out.push(v.richText.map((r) => r.text).join(''));
        if ('hyperlink' in v) out.push(String(v.text), v.hyperlink);
        if ('result' in v && v.result !== undefined) out.push(String(v.result));
      }
      const note = cell.note;
      if (typeof note === 'string') out.push(note);
      else if (note?.texts) out.push(note.texts.map((t) => t.text).join(''));
    }));
  });
  return out;
}

/**
 * Where an identifier occurs: a single word (a first name) as a whole word, so "Ava" is not
 * found in "available"; anything longer (full names, numbers, e-mails) anywhere.
 */
export function occurrences(texts: readonly string[], identifier: string): string[] {
  const single = /^\p{L}+$/u.test(identifier);
  const re = single ? new RegExp(`(?<![\\p{L}])${identifier}(?![\\p{L}])`, 'u') : null;
  return texts.filter((t) => (re ? re.test(t) : t.includes(identifier)));
}
