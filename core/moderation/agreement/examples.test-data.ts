// Published data sets shared by the tests (data only). Not a test file itself: vitest picks up
// *.test.ts, and this is *.test-data.ts.

/**
 * The widely reproduced Fleiss' kappa worked example (Wikipedia, "Fleiss' kappa", section
 * "Worked example"): 10 subjects, 14 raters each, 5 categories; cell = raters choosing that
 * category. Published: P_i = 1.000, 0.253, 0.308, 0.440, 0.330, 0.462, 0.242, 0.176, 0.286, 0.286;
 * p_j = 0.143, 0.200, 0.279, 0.150, 0.229; P̄ = 0.378, P̄e = 0.213, κ = 0.210.
 */
export const FLEISS_WORKED_EXAMPLE: readonly (readonly number[])[] = [
  [0, 0, 0, 0, 14],
  [0, 2, 6, 4, 2],
  [0, 0, 3, 5, 6],
  [0, 3, 9, 2, 0],
  [2, 2, 8, 1, 1],
  [7, 7, 0, 0, 0],
  [3, 2, 6, 3, 0],
  [2, 5, 3, 2, 2],
  [6, 5, 2, 1, 0],
  [0, 2, 2, 3, 7],
];

/**
 * Fleiss (1971), Psychological Bulletin 76(5) 378-382, the paper's own example: 30 patients, each
 * diagnosed by 6 psychiatrists into 5 categories (1 depression, 2 personality disorder,
 * 3 schizophrenia, 4 neurosis, 5 other); published κ = .430. The paper prints counts per
 * category; this is the items × raters form of R's irr package data set `diagnoses` (whose
 * kappam.fleiss gives 0.4302445). Category totals 26, 26, 30, 55, 43 of 180 ratings.
 */
export const FLEISS_1971_DIAGNOSES: readonly (readonly number[])[] = [
  [4, 4, 4, 4, 4, 4],
  [2, 2, 2, 5, 5, 5],
  [2, 3, 3, 3, 3, 5],
  [5, 5, 5, 5, 5, 5],
  [2, 2, 2, 4, 4, 4],
  [1, 1, 3, 3, 3, 3],
  [3, 3, 3, 3, 5, 5],
  [1, 1, 3, 3, 3, 4],
  [1, 1, 4, 4, 4, 4],
  [5, 5, 5, 5, 5, 5],
  [1, 4, 4, 4, 4, 4],
  [1, 2, 4, 4, 4, 4],
  [2, 2, 2, 3, 3, 3],
  [1, 4, 4, 4, 4, 4],
  [2, 2, 4, 4, 4, 5],
  [3, 3, 3, 3, 3, 5],
  [1, 1, 1, 4, 5, 5],
  [1, 1, 1, 1, 1, 2],
  [2, 2, 4, 4, 4, 4],
  [1, 3, 3, 5, 5, 5],
  [5, 5, 5, 5, 5, 5],
  [2, 4, 4, 4, 4, 4],
  [2, 2, 4, 5, 5, 5],
  [1, 1, 4, 4, 4, 4],
  [1, 4, 4, 4, 4, 5],
  [2, 2, 2, 2, 2, 4],
  [1, 1, 1, 1, 5, 5],
  [2, 2, 4, 4, 4, 4],
  [1, 3, 3, 3, 3, 3],
  [5, 5, 5, 5, 5, 5],
];

const _ = null;

/**
 * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C (any number of
 * observers, missing data): 4 observers A-D, 12 units, values 1-5, "." for missing. Transposed
 * here to units × observers. Published: nominal α = 0.743, ordinal 0.815, interval 0.849,
 * ratio 0.797; unit 12 has one value and is not pairable; n = 40 pairable values.
 *
 *   unit  1  2  3  4  5  6  7  8  9 10 11 12
 *   A     1  2  3  3  2  1  4  1  2  .  .  .
 *   B     1  2  3  3  2  2  4  1  2  5  .  3
 *   C     .  3  3  3  2  3  4  2  2  5  1  .
 *   D     1  2  3  3  2  4  4  1  2  5  1  .
 */
export const KRIPPENDORFF_2011: readonly (readonly (number | null)[])[] = [
  [1, 1, _, 1],
  [2, 2, 3, 2],
  [3, 3, 3, 3],
  [3, 3, 3, 3],
  [2, 2, 2, 2],
  [1, 2, 3, 4],
  [4, 4, 4, 4],
  [1, 1, 2, 1],
  [2, 2, 2, 2],
  [_, 5, 5, 5],
  [_, _, 1, 1],
  [_, _, 3, _],
];

/**
 * Items × raters from a Fleiss-style count row: count[j] raters gave category j (0-based). Which
 * rater gave which category does not matter to Fleiss' kappa or the percentage.
 */
export function expandCounts(counts: readonly (readonly number[])[]): number[][] {
  return counts.map((row) => row.flatMap((count, category) => new Array<number>(count).fill(category)));
}
