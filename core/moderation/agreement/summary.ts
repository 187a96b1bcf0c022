import { cohenKappa, pairRatings } from './cohen';
import { fleissKappa } from './fleiss';
import { krippendorffAlpha } from './krippendorff';
import { checkMatrix, present, type RatingMatrix } from './matrix';
import { percentAgreement } from './percent';

export interface PairwiseAgreement {
  /** Column indexes of the two raters in the matrix (raterA < raterB). */
  readonly raterA: number;
  readonly raterB: number;
  /** Items both rated: the ones their kappas are computed on. */
  readonly n: number;
  readonly cohenKappa: number | null;
  readonly weightedKappaQuadratic: number | null;
  readonly weightedKappaLinear: number | null;
}

export interface AgreementStatistics {
  /** Rows of the matrix. */
  readonly items: number;
  /** Columns of the matrix. */
  readonly raters: number;
  /** Items with at least two ratings present: those the panel-wide figures rest on. */
  readonly pairableItems: number;
  readonly percentAgreement: number | null;
  readonly fleissKappa: number | null;
  readonly krippendorffAlphaOrdinal: number | null;
  /** Every pair of raters, in column order. */
  readonly pairwise: readonly PairwiseAgreement[];
}

export interface AgreementOptions {
  /** The ordered scale for weighted kappa; pass RUBRIC_CATEGORIES for rubric levels. */
  readonly categories?: readonly number[];
}

/**
 * Every agreement figure for one items × raters matrix (one criterion, one section, or a whole
 * moderation round: the caller decides what the rows are). Each figure is `null` where it is
 * undefined — see the function behind it — so a display can say "not enough data" instead of
 * printing NaN.
 */
export function agreementStatistics(matrix: RatingMatrix, options: AgreementOptions = {}): AgreementStatistics {
  const raters = checkMatrix(matrix);
  const columns = Array.from({ length: raters }, (_, j) => matrix.map((row) => row[j] ?? null));
  const pairwise: PairwiseAgreement[] = [];
  for (let a = 0; a < raters; a++) {
    for (let b = a + 1; b < raters; b++) {
      const ratingsA = columns[a] ?? [];
      const ratingsB = columns[b] ?? [];
      const kappa = (weights: 'none' | 'linear' | 'quadratic') => cohenKappa(ratingsA, ratingsB, { weights, categories: options.categories });
      pairwise.push({
        raterA: a,
        raterB: b,
        n: pairRatings(ratingsA, ratingsB).length,
        cohenKappa: kappa('none'),
        weightedKappaQuadratic: kappa('quadratic'),
        weightedKappaLinear: kappa('linear'),
      });
    }
  }
  return {
    items: matrix.length,
    raters,
    pairableItems: matrix.filter((row) => present(row).length >= 2).length,
    percentAgreement: percentAgreement(matrix),
    fleissKappa: fleissKappa(matrix),
    krippendorffAlphaOrdinal: krippendorffAlpha(matrix, 'ordinal'),
    pairwise,
  };
}
