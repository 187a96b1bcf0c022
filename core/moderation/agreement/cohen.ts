import { EhcqaError } from '../../domain';
import { distinctSorted, type RatingValue } from './matrix';

/**
 * Cohen's kappa for two raters (Cohen 1960), and weighted kappa (Cohen 1968) with the two usual
 * weightings for ordinal scales: linear and quadratic (Fleiss & Cohen 1973).
 *
 * Written in the disagreement form  κ_w = 1 − Σ v_ij o_ij / Σ v_ij e_ij,  where o_ij are the
 * observed counts, e_ij = r_i c_j / n the counts expected from the two raters' own marginals, and
 * v_ij the disagreement weight of categories i and j (by position on the ordered scale):
 *   none       v = 0 if i = j, else 1     (plain kappa: (p_o − p_e) / (1 − p_e))
 *   linear     v = |i − j|                 (agreement weight 1 − |i − j| / (k − 1))
 *   quadratic  v = (i − j)²                (agreement weight 1 − (i − j)² / (k − 1)²)
 * Dividing v by (k − 1) or (k − 1)² to get the textbook agreement weights cancels in the ratio,
 * so the two forms give the same number; this one has no 1 − p_e near zero to lose digits in, and
 * it is undefined exactly when no disagreement could be expected (Σ v e = 0).
 */
export type KappaWeights = 'none' | 'linear' | 'quadratic';

function disagreement(weights: KappaWeights, i: number, j: number): number {
  switch (weights) {
    case 'none':
      return i === j ? 0 : 1;
    case 'linear':
      return Math.abs(i - j);
    case 'quadratic':
      return (i - j) ** 2;
  }
}

/**
 * Kappa from a k × k table of counts: rows are rater A's category, columns rater B's, categories
 * in scale order. Published examples come as such tables.
 *
 * `null` (not NaN) when kappa is undefined: fewer than two items (one item has no spread to
 * estimate chance from), or both raters' ratings confined so that no disagreement is expected by
 * chance — typically everyone used one and the same category, where agreement is total but says
 * nothing about the raters.
 */
export function kappaFromTable(table: readonly (readonly number[])[], weights: KappaWeights = 'none'): number | null {
  const k = table.length;
  const rows = new Array<number>(k).fill(0);
  const cols = new Array<number>(k).fill(0);
  let n = 0;
  table.forEach((row, i) => {
    if (row.length !== k) throw new EhcqaError('invalid_argument', `Kappa table row ${i} has ${row.length} cells; the table must be ${k} × ${k}.`);
    row.forEach((count, j) => {
      if (!Number.isFinite(count) || count < 0) throw new EhcqaError('invalid_argument', `Kappa table cell [${i}][${j}] is ${count}, not a count.`);
      rows[i] = (rows[i] ?? 0) + count;
      cols[j] = (cols[j] ?? 0) + count;
      n += count;
    });
  });
  if (n < 2) return null;
  let observed = 0;
  let expected = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const v = disagreement(weights, i, j);
      observed += v * (table[i]?.[j] ?? 0);
      expected += (v * (rows[i] ?? 0) * (cols[j] ?? 0)) / n;
    }
  }
  if (expected === 0) return null;
  return 1 - observed / expected;
}

/** The items both raters rated, as [a, b] pairs; an item missing either rating is skipped. */
export function pairRatings(a: readonly RatingValue[], b: readonly RatingValue[]): [number, number][] {
  if (a.length !== b.length) throw new EhcqaError('invalid_argument', `The two raters' rating lists differ in length (${a.length} and ${b.length}).`);
  const pairs: [number, number][] = [];
  a.forEach((x, i) => {
    const y = b[i] ?? null;
    for (const value of [x, y]) {
      if (value !== null && !Number.isFinite(value)) throw new EhcqaError('invalid_argument', `Rating ${i} is ${String(value)}, not a finite number or null.`);
    }
    if (x !== null && y !== null) pairs.push([x, y]);
  });
  return pairs;
}

export interface CohenOptions {
  readonly weights?: KappaWeights;
  /**
   * The ordered scale, ascending (for the rubric: 0, 1, 2). Weighted kappa weighs by position on
   * it, so a scale value nobody used still counts where it lies between used ones. Default: the
   * values the two raters actually used, as most statistics packages do.
   */
  readonly categories?: readonly number[];
}

/**
 * Cohen's kappa of rater A's and rater B's ratings of the same items (index i is the same item
 * in both lists). Items missing either rating are skipped; see `kappaFromTable` for when the
 * result is `null`.
 */
export function cohenKappa(a: readonly RatingValue[], b: readonly RatingValue[], options: CohenOptions = {}): number | null {
  const pairs = pairRatings(a, b);
  const categories = options.categories ?? distinctSorted(pairs.flat());
  const position = new Map<number, number>();
  categories.forEach((value, i) => {
    const previous = categories[i - 1];
    if (previous !== undefined && !(previous < value)) throw new EhcqaError('invalid_argument', 'Kappa categories must be distinct and in ascending order.');
    position.set(value, i);
  });
  const table = categories.map(() => new Array<number>(categories.length).fill(0));
  for (const [x, y] of pairs) {
    const i = position.get(x);
    const j = position.get(y);
    if (i === undefined || j === undefined) throw new EhcqaError('invalid_argument', `Rating ${i === undefined ? x : y} is not one of the kappa categories (${categories.join(', ')}).`);
    const row = table[i];
    if (row) row[j] = (row[j] ?? 0) + 1;
  }
  return kappaFromTable(table, options.weights ?? 'none');
}
