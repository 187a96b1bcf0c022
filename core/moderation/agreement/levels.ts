import { type Level } from '../../domain';
import { type RatingValue } from './matrix';

/**
 * The rubric's ordinal scale as numbers, for the agreement statistics: not_met 0 < partly 1 <
 * met 2 (the order of the grading rule in core/rubric). These are the kappa categories to pass
 * for rubric data, so that weighted kappa weighs by position on the whole scale.
 */
export const RUBRIC_CATEGORIES: readonly number[] = [0, 1, 2];

/**
 * A level as a rating value. `na` is "not applicable", not a low score: it maps to `null`, a
 * missing rating, so it neither agrees nor disagrees with anyone. `undefined` (the auditor did
 * not score the criterion) is missing too.
 */
export function levelValue(level: Level | undefined): RatingValue {
  switch (level) {
    case 'not_met':
      return 0;
    case 'partly':
      return 1;
    case 'met':
      return 2;
    case 'na':
    case undefined:
      return null;
  }
}

/** An items × raters table of levels as a rating matrix. */
export function levelMatrix(levels: readonly (readonly (Level | undefined)[])[]): RatingValue[][] {
  return levels.map((row) => row.map(levelValue));
}
