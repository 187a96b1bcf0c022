import { EhcqaError } from '../../domain';
import { checkMatrix, distinctSorted, present, type RatingMatrix, tally } from './matrix';

/**
 * Fleiss' kappa (Fleiss 1971) for many raters on a nominal scale: the raters of one item need
 * not be the raters of another, and chance agreement comes from the pooled distribution of all
 * ratings (Scott's pi generalised), not from each rater's own habits as in Cohen's kappa.
 *
 * Classic form, n raters per item, N items, n_ij raters putting item i in category j:
 *   P_i = Σ_j n_ij (n_ij − 1) / (n (n − 1))      P̄ = mean of P_i
 *   p_j = Σ_i n_ij / (N n)                        P̄e = Σ_j p_j²
 *   κ = (P̄ − P̄e) / (1 − P̄e)
 *
 * Generalisation used here for a varying number of raters n_i per item (a moderator absent, a
 * criterion marked not applicable by one auditor): items with n_i < 2 are dropped (no pair);
 * P_i uses the item's own n_i; P̄ is the unweighted mean of P_i over the kept items (the same
 * figure as `percentAgreement`); p_j is category j's share of all ratings on the kept items,
 * p_j = Σ_i n_ij / Σ_i n_i. With n_i = n for every item each of these is the classic formula, so
 * the classic results are reproduced exactly. (Another option weights P_i by n_i (n_i − 1), i.e.
 * pools pairs rather than items; we keep items equal, as the percentage does. For missing data
 * with a small-sample correction, Krippendorff's alpha is the better-founded figure, and is also
 * reported.)
 */
export interface FleissResult {
  /** `null` when undefined: fewer than two items kept, or every rating in one category (P̄e = 1). */
  readonly kappa: number | null;
  /** P̄, the mean share of agreeing rater pairs; `null` when no item has two ratings. */
  readonly observedAgreement: number | null;
  /** P̄e, the agreement expected by chance from the pooled category shares. */
  readonly chanceAgreement: number | null;
  /** Items kept (those with at least two ratings). */
  readonly items: number;
}

/**
 * Fleiss' kappa from the published layout: one row per item, one column per category, each cell
 * the number of raters who chose that category for that item. Row sums may differ (see above).
 */
export function fleissFromCounts(counts: readonly (readonly number[])[]): FleissResult {
  const categories = counts[0]?.length ?? 0;
  const totals = new Array<number>(categories).fill(0);
  let ratings = 0;
  let sumP = 0;
  let items = 0;
  counts.forEach((row, i) => {
    if (row.length !== categories) throw new EhcqaError('invalid_argument', `Fleiss count row ${i} has ${row.length} categories; row 0 has ${categories}.`);
    let n = 0;
    let agreeingPairs = 0;
    row.forEach((count, j) => {
      if (!Number.isInteger(count) || count < 0) throw new EhcqaError('invalid_argument', `Fleiss count [${i}][${j}] is ${count}, not a whole number of raters.`);
      n += count;
      agreeingPairs += count * (count - 1);
    });
    if (n < 2) return;
    row.forEach((count, j) => (totals[j] = (totals[j] ?? 0) + count));
    ratings += n;
    sumP += agreeingPairs / (n * (n - 1));
    items += 1;
  });
  if (items === 0) return { kappa: null, observedAgreement: null, chanceAgreement: null, items };
  const observedAgreement = sumP / items;
  const chanceAgreement = totals.reduce((sum, total) => sum + (total / ratings) ** 2, 0);
  // With one item the "chance" shares are that item's own ratings: no basis for chance. With all
  // ratings in one category P̄e = 1 (exactly: the share is total / total) and kappa is 0 / 0.
  const kappa = items < 2 || chanceAgreement >= 1 ? null : (observedAgreement - chanceAgreement) / (1 - chanceAgreement);
  return { kappa, observedAgreement, chanceAgreement, items };
}

/** Fleiss' kappa of an items × raters matrix; missing ratings (`null`) are skipped. */
export function fleissKappa(matrix: RatingMatrix): number | null {
  checkMatrix(matrix);
  const categories = distinctSorted(matrix.flatMap((row) => present(row)));
  const counts = matrix.map((row) => {
    const byValue = tally(present(row));
    return categories.map((value) => byValue.get(value) ?? 0);
  });
  return fleissFromCounts(counts).kappa;
}
