import { checkMatrix, present, type RatingMatrix, type RatingValue, tally } from './matrix';

/**
 * Exact agreement on one item: of all pairs of distinct raters who both rated it, the share who
 * gave the same value. With m ratings of which n_c are value c:
 *
 *   A = Σ_c n_c (n_c − 1) / (m (m − 1))
 *
 * Pairs rather than "did everyone agree": with three or more raters unanimity throws away partial
 * agreement and falls as the panel grows; the pairwise share does neither. It is also exactly the
 * observed-agreement term P_i of Fleiss' kappa, so the percentage and the kappa shown side by side
 * rest on the same notion of agreement. `null` when fewer than two ratings are present: there is
 * no pair to agree or disagree.
 */
export function itemAgreement(row: readonly RatingValue[]): number | null {
  const values = present(row);
  const m = values.length;
  if (m < 2) return null;
  let agreeingPairs = 0;
  for (const n of tally(values).values()) agreeingPairs += n * (n - 1);
  return agreeingPairs / (m * (m - 1));
}

/**
 * Percentage exact agreement over a set of items, as a fraction in [0, 1]: the unweighted mean of
 * `itemAgreement` over the items with at least two ratings present. Missing ratings are skipped;
 * items left with fewer than two ratings are dropped.
 *
 * Unweighted: every item counts once whatever the size of its panel, so one plan scored by six
 * auditors does not outweigh five plans scored by two. With the same number of raters on every
 * item this equals Fleiss' P̄.
 *
 * `null` when no item has two ratings. Unlike the chance-corrected coefficients, one item is
 * enough: a raw share of agreeing pairs needs no estimate of chance from the spread of the data.
 */
export function percentAgreement(matrix: RatingMatrix): number | null {
  checkMatrix(matrix);
  let sum = 0;
  let items = 0;
  for (const row of matrix) {
    const agreement = itemAgreement(row);
    if (agreement === null) continue;
    sum += agreement;
    items += 1;
  }
  return items === 0 ? null : sum / items;
}
