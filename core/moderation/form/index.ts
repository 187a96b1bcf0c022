export { buildScoringForm, type FormRow, type ScoringFormData } from './build-form';
export { checkAgainstIssued, readScoringForm, type FormProblems, type IssuedForm, type ReturnedForm, type ReturnedRow } from './read-form';
export { FORM_LEVEL_LABEL, FORM_SHEET, SCORES_SHEET, SCORE_COLUMNS, COLUMN as SCORE_COLUMN, columnLetter } from './form-layout';
export { pseudonymise } from './pseudonymise';
