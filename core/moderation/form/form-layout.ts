import { type Level } from '../../domain';

/**
 * The layout of the Excel scoring form, shared by the builder and the reader so the two cannot
 * drift apart. `Scores` holds one row per plan and criterion; only Level and Reason are unlocked.
 * `Form` (very hidden) identifies the form, its exercise and its auditor.
 */
export const SCORES_SHEET = 'Scores';
export const FORM_SHEET = 'Form';
export const GUIDANCE_SHEET = 'Guidance';

export const SCORE_COLUMNS = ['Plan', 'Criterion', 'Level', 'Reason', 'Section', 'Criterion title', "Tool's suggestion", "Tool's evidence", 'What "met" looks like'] as const;
export type ScoreColumn = (typeof SCORE_COLUMNS)[number];
/** 1-based column numbers, as Excel counts. */
export const COLUMN: Record<ScoreColumn, number> = Object.fromEntries(SCORE_COLUMNS.map((name, i) => [name, i + 1])) as Record<ScoreColumn, number>;
export const columnLetter = (column: number): string => String.fromCharCode(64 + column);

/** The identification cells of the hidden sheet: label in column A, value in column B. */
export const FORM_FIELDS = ['Form id', 'Exercise id', 'Auditor id', 'Rubric', 'Exercise', 'Auditor'] as const;
export type FormField = (typeof FORM_FIELDS)[number];
export const formFieldRow = (field: FormField): number => FORM_FIELDS.indexOf(field) + 1;

export const FORM_LEVEL_LABEL: Record<Level, string> = { met: 'Met', partly: 'Partly met', not_met: 'Not met', na: 'N/A' };
export const FORM_LEVEL_CHOICES = Object.values(FORM_LEVEL_LABEL);

/** The level a cell names; lenient about case and spacing, strict about the words. */
export function levelFromFormText(text: string): Level | undefined {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  switch (t) {
    case 'met':
      return 'met';
    case 'partly met':
    case 'partly':
      return 'partly';
    case 'not met':
      return 'not_met';
    case 'n/a':
    case 'na':
    case 'not applicable':
      return 'na';
    default:
      return undefined;
  }
}
