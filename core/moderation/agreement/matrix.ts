import { EhcqaError } from '../../domain';

/**
 * The shape every agreement statistic here takes: one row per item (a criterion on a plan), one
 * column per rater, a number for a rating and `null` for no rating (not applicable, or the rater
 * did not score it). Numbers rather than level names keep the statistics generic: the ordinal
 * ones need an order and the interval one needs distances, which names do not carry.
 */
export type RatingValue = number | null;
export type RatingMatrix = readonly (readonly RatingValue[])[];

/**
 * Checks the matrix once, at the boundary, and returns its number of raters (columns). A ragged
 * row or a non-finite number is a bug in whoever built the matrix: silently padding or skipping
 * it would change the statistics without anyone noticing, so it throws instead.
 */
export function checkMatrix(matrix: RatingMatrix): number {
  const raters = matrix[0]?.length ?? 0;
  matrix.forEach((row, i) => {
    if (row.length !== raters) {
      throw new EhcqaError('invalid_argument', `Rating matrix row ${i} has ${row.length} ratings; row 0 has ${raters}.`);
    }
    row.forEach((value, j) => {
      if (value !== null && !Number.isFinite(value)) {
        throw new EhcqaError('invalid_argument', `Rating matrix cell [${i}][${j}] is ${String(value)}, not a finite number or null.`);
      }
    });
  });
  return raters;
}

/** The ratings of one item that are present (missing ones are skipped, never imputed). */
export function present(row: readonly RatingValue[]): number[] {
  return row.filter((value): value is number => value !== null);
}

/** How many times each value occurs. */
export function tally(values: readonly number[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/** Distinct values in ascending order: the ordinal scale as far as the data show it. */
export function distinctSorted(values: Iterable<number>): number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}
