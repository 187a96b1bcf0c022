import ExcelJS from 'exceljs';
import { type Level } from '../../domain';
import { COLUMN, columnLetter, FORM_LEVEL_CHOICES, FORM_SHEET, formFieldRow, SCORE_COLUMNS, SCORES_SHEET, type ScoreColumn, levelFromFormText } from './form-layout';

export interface ReturnedRow {
  /** The worksheet row number (1 is the header). */
  readonly row: number;
  readonly plan: string;
  readonly criterion: string;
  readonly level: Level | null;
  readonly reason: string | null;
}

export interface ReturnedForm {
  readonly formId: string;
  readonly exerciseId: number;
  readonly auditorId: number;
  readonly rows: readonly ReturnedRow[];
}

/** A problem with a returned form, named by sheet and cell ("Scores!C7: ..."). */
export type FormProblems = readonly string[];

const REQUIRED: readonly ScoreColumn[] = ['Plan', 'Criterion', 'Level', 'Reason'];

/**
 * Reads a returned scoring form. Everything is checked before anything is returned: either the
 * whole form, or every problem found (not only the first), each naming the sheet and cell.
 */
export async function readScoringForm(bytes: Uint8Array): Promise<{ ok: true; form: ReturnedForm } | { ok: false; problems: FormProblems }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch {
    return { ok: false, problems: ['The file is not an Excel workbook (.xlsx): it could not be opened.'] };
  }
  const problems: string[] = [];
  const form = workbook.getWorksheet(FORM_SHEET);
  const scores = workbook.getWorksheet(SCORES_SHEET);
  if (!form) problems.push(`${FORM_SHEET}: the hidden sheet that identifies the form is missing; this is not an ehcqa scoring form.`);
  if (!scores) problems.push(`${SCORES_SHEET}: the sheet is missing.`);
  if (!form || !scores) return { ok: false, problems };

  const field = (name: 'Form id' | 'Exercise id' | 'Auditor id') => cellText(form.getCell(formFieldRow(name), 2));
  const formId = field('Form id');
  const exerciseId = Number(field('Exercise id'));
  const auditorId = Number(field('Auditor id'));
  if (!/^[0-9a-f-]{36}$/.test(formId)) problems.push(`${FORM_SHEET}!B${formFieldRow('Form id')}: the form id is missing or changed.`);
  if (!Number.isInteger(exerciseId) || exerciseId < 1) problems.push(`${FORM_SHEET}!B${formFieldRow('Exercise id')}: the exercise id is missing or changed.`);
  if (!Number.isInteger(auditorId) || auditorId < 1) problems.push(`${FORM_SHEET}!B${formFieldRow('Auditor id')}: the auditor id is missing or changed.`);

  SCORE_COLUMNS.forEach((header, i) => {
    const found = cellText(scores.getCell(1, i + 1));
    if (REQUIRED.includes(header) && found !== header) problems.push(`${SCORES_SHEET}!${columnLetter(i + 1)}1: the header should be "${header}"${found ? `, not "${found}"` : ''}.`);
  });
  if (problems.length > 0) return { ok: false, problems };

  const rows: ReturnedRow[] = [];
  for (let r = 2; r <= scores.rowCount; r++) {
    const plan = cellText(scores.getCell(r, COLUMN.Plan));
    const criterion = cellText(scores.getCell(r, COLUMN.Criterion));
    const levelText = cellText(scores.getCell(r, COLUMN.Level));
    const reason = cellText(scores.getCell(r, COLUMN.Reason));
    if (!plan && !criterion && !levelText && !reason) continue;
    let level: Level | null = null;
    if (levelText) {
      const parsed = levelFromFormText(levelText);
      if (parsed) level = parsed;
      else problems.push(`${SCORES_SHEET}!${columnLetter(COLUMN.Level)}${r}: "${levelText.slice(0, 40)}" is not a level; use ${FORM_LEVEL_CHOICES.slice(0, -1).join(', ')} or ${FORM_LEVEL_CHOICES.at(-1)}.`);
    }
    if (reason.length > 2000) problems.push(`${SCORES_SHEET}!${columnLetter(COLUMN.Reason)}${r}: the reason is longer than 2000 characters.`);
    rows.push({ row: r, plan, criterion, level, reason: reason || null });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, form: { formId, exerciseId, auditorId, rows } };
}

/** What the form must hold: its identity and its rows, in order, as issued. */
export interface IssuedForm {
  readonly formId: string;
  readonly exerciseId: number;
  readonly auditorId: number;
  readonly rows: readonly { readonly plan: string; readonly criterion: string }[];
}

/**
 * Compares a returned form with the form as issued: the same exercise, auditor and rows (no
 * plan or criterion changed, added or removed). Every difference is named by its cell.
 */
export function checkAgainstIssued(form: ReturnedForm, issued: IssuedForm, expected: { exerciseId?: number; auditorId?: number } = {}): FormProblems {
  const problems: string[] = [];
  if (expected.exerciseId !== undefined && form.exerciseId !== expected.exerciseId) {
    problems.push(`${FORM_SHEET}!B${formFieldRow('Exercise id')}: this form belongs to exercise ${form.exerciseId}, not exercise ${expected.exerciseId}.`);
  }
  if (expected.auditorId !== undefined && form.auditorId !== expected.auditorId) {
    problems.push(`${FORM_SHEET}!B${formFieldRow('Auditor id')}: this form belongs to auditor ${form.auditorId}, not auditor ${expected.auditorId}.`);
  }
  if (form.exerciseId !== issued.exerciseId) problems.push(`${FORM_SHEET}!B${formFieldRow('Exercise id')}: the form was issued for exercise ${issued.exerciseId}; the exercise id was changed to ${form.exerciseId}.`);
  if (form.auditorId !== issued.auditorId) problems.push(`${FORM_SHEET}!B${formFieldRow('Auditor id')}: the form was issued to auditor ${issued.auditorId}; the auditor id was changed to ${form.auditorId}.`);
  const plan = columnLetter(COLUMN.Plan);
  const criterion = columnLetter(COLUMN.Criterion);
  const count = Math.max(form.rows.length, issued.rows.length);
  for (let i = 0; i < count; i++) {
    const got = form.rows[i];
    const want = issued.rows[i];
    if (got && !want) {
      problems.push(`${SCORES_SHEET}!${plan}${got.row}: this row was added; a form holds only the rows it was issued with.`);
      continue;
    }
    if (!got && want) {
      problems.push(`${SCORES_SHEET}!${plan}${i + 2}: the row for plan ${want.plan}, criterion ${want.criterion} was removed.`);
      continue;
    }
    if (!got || !want) continue;
    if (got.plan !== want.plan) problems.push(`${SCORES_SHEET}!${plan}${got.row}: the plan was changed from ${want.plan} to "${got.plan.slice(0, 40)}".`);
    if (got.criterion !== want.criterion) problems.push(`${SCORES_SHEET}!${criterion}${got.row}: the criterion was changed from ${want.criterion} to "${got.criterion.slice(0, 20)}".`);
  }
  return problems;
}

/** The text a cell shows, whatever exceljs made of it (rich text, formula result, number, date). */
function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('').trim();
    if ('result' in value) return value.result === undefined || value.result === null ? '' : String(value.result as unknown).trim();
    if ('text' in value) return String(value.text).trim();
  }
  return '';
}
