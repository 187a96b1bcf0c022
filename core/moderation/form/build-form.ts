import ExcelJS from 'exceljs';
import { type Level } from '../../domain';
import { COLUMN, columnLetter, FORM_FIELDS, FORM_LEVEL_CHOICES, FORM_LEVEL_LABEL, FORM_SHEET, formFieldRow, GUIDANCE_SHEET, SCORE_COLUMNS, SCORES_SHEET } from './form-layout';

/** One row of the form: a criterion of a plan the auditor scores, with the tool's view beside it. */
export interface FormRow {
  /** The plan's reference as the app shows it in moderation (not the child's name). */
  readonly plan: string;
  readonly section: string;
  readonly criterion: string;
  readonly title: string;
  readonly met: string;
  readonly toolLevel: Level | null;
  /** Short quotes from the plan; the form is a local file for the auditor, like the plan itself. */
  readonly toolEvidence: string;
  readonly level: Level | null;
  readonly reason: string | null;
}

export interface ScoringFormData {
  readonly formId: string;
  readonly exercise: { readonly id: number; readonly name: string; readonly dueDate: string | null };
  readonly auditor: { readonly id: number; readonly name: string };
  readonly rubric: { readonly id: string; readonly version: string };
  readonly rows: readonly FormRow[];
}

const GUIDANCE = [
  'How to fill in this scoring form',
  '',
  'On the Scores sheet, give each row a Level from the drop-down list (Met, Partly met, Not met or N/A) and, where it helps the panel, a Reason.',
  "The tool's suggestion and its evidence are there for reference: score what you find in the plan.",
  'Only the Level and Reason cells can be changed. Do not add, remove or reorder rows, and do not rename the sheet.',
  'A blank Level means "not scored yet". Return the file to the moderation lead; it is imported as a whole, or refused as a whole with the cells to correct.',
  'Each form can be imported once.',
];

/** The scoring form for one auditor of one exercise, as .xlsx bytes. */
export async function buildScoringForm(data: ScoringFormData): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ehcqa';
  workbook.created = new Date(0);

  const scores = workbook.addWorksheet(SCORES_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  scores.columns = SCORE_COLUMNS.map((header) => ({ header, width: header === 'Reason' || header === "Tool's evidence" || header === 'What "met" looks like' ? 48 : header === 'Criterion title' ? 32 : 14 }));
  scores.getRow(1).font = { bold: true };
  data.rows.forEach((row) => {
    scores.addRow([
      row.plan, row.criterion, row.level ? FORM_LEVEL_LABEL[row.level] : null, row.reason, row.section, row.title,
      row.toolLevel ? FORM_LEVEL_LABEL[row.toolLevel] : 'none', row.toolEvidence, row.met,
    ]);
  });
  const levelColumn = columnLetter(COLUMN.Level);
  for (let r = 2; r <= data.rows.length + 1; r++) {
    const level = scores.getCell(`${levelColumn}${r}`);
    level.dataValidation = {
      type: 'list', allowBlank: true, formulae: [`"${FORM_LEVEL_CHOICES.join(',')}"`],
      showErrorMessage: true, errorStyle: 'stop', errorTitle: 'Not a level', error: `Choose ${FORM_LEVEL_CHOICES.join(', ')}.`,
    };
    level.protection = { locked: false };
    const reason = scores.getCell(r, COLUMN.Reason);
    reason.protection = { locked: false };
    reason.alignment = { wrapText: true, vertical: 'top' };
    scores.getCell(r, COLUMN["Tool's evidence"]).alignment = { wrapText: true, vertical: 'top' };
    scores.getCell(r, COLUMN['What "met" looks like']).alignment = { wrapText: true, vertical: 'top' };
  }
  // Locked structure: no rows or columns added or removed, only the unlocked cells edited.
  await scores.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });

  const guidance = workbook.addWorksheet(GUIDANCE_SHEET);
  guidance.getColumn(1).width = 120;
  [...GUIDANCE, '', `Exercise: ${data.exercise.name}`, `Auditor: ${data.auditor.name}`, ...(data.exercise.dueDate ? [`Due: ${data.exercise.dueDate}`] : [])]
    .forEach((line, i) => { guidance.getCell(i + 1, 1).value = line; });
  guidance.getCell(1, 1).font = { bold: true, size: 14 };
  await guidance.protect('', { selectLockedCells: true, selectUnlockedCells: true });

  const form = workbook.addWorksheet(FORM_SHEET, { state: 'veryHidden' });
  const values: Record<(typeof FORM_FIELDS)[number], string | number> = {
    'Form id': data.formId, 'Exercise id': data.exercise.id, 'Auditor id': data.auditor.id, Rubric: `${data.rubric.id}@${data.rubric.version}`,
    Exercise: data.exercise.name, Auditor: data.auditor.name,
  };
  for (const field of FORM_FIELDS) {
    form.getCell(formFieldRow(field), 1).value = field;
    form.getCell(formFieldRow(field), 2).value = values[field];
  }
  await form.protect('', {});
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
