import type { Level } from '../../../core/domain';

export const LEVEL_LABEL: Record<Level, string> = { met: 'Met', partly: 'Partly met', not_met: 'Not met', na: 'N/A' };
export const LEVEL_KEYS: Record<string, Level> = { '1': 'met', '2': 'partly', '3': 'not_met', '4': 'na' };

export const AGENCY_LABEL = {
  education: 'Education',
  health: 'Health',
  'social-care': 'Social care',
  'parent-carer-forum': 'Parent carer forum',
  'send-qa': 'SEND QA',
} as const;

export const gradeClass = (grade: string | null | undefined): string =>
  grade ? `grade grade-${grade.toLowerCase().replace(/\s+/g, '-')}` : 'grade';
