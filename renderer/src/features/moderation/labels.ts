import type { Disagreement } from '../../../../core/moderation';
import type { AssignmentStatus } from '../../../../core/store';

export const ASSIGNMENT_STATUS_LABEL: Record<AssignmentStatus, string> = { assigned: 'Not started', in_progress: 'In progress', submitted: 'Submitted' };

/** Words and a class for each degree of disagreement: the colour never carries it alone. */
export const DISAGREEMENT_LABEL: Record<Disagreement, string> = {
  none: 'Agreed',
  mild: 'Mild: one level apart',
  strong: 'Strong: two levels apart',
  single: 'Too few scores',
};

export const percent = (v: number | null | undefined) => (v === null || v === undefined ? '–' : `${Math.round(v * 100)}%`);
export const decimal3 = (v: number | null | undefined) => (v === null || v === undefined ? '–' : v.toFixed(3));
