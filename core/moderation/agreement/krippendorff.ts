import { EhcqaError } from '../../domain';
import { checkMatrix, distinctSorted, present, type RatingMatrix, tally } from './matrix';

/**
 * Krippendorff's alpha (Krippendorff, "Computing Krippendorff's Alpha-Reliability", 2011), via the
 * coincidence matrix. It handles any number of raters, missing ratings, and the level of
 * measurement through a difference function δ²; it also corrects for small samples, which is why
 * it is the headline figure for moderation panels that score a handful of plans.
 *
 * Input orientation is the one used everywhere here: rows are units (items), columns are coders
 * (raters) — the transpose of Krippendorff's own coders × units table.
 *
 *   α = 1 − D_o / D_e = 1 − (n − 1) Σ_c Σ_k o_ck δ²_ck / Σ_c Σ_k n_c n_k δ²_ck
 *
 * with o_ck the coincidences of values c and k, n_c = Σ_k o_ck and n = Σ_c n_c, the number of
 * pairable values.
 */
export type AlphaMetric = 'nominal' | 'ordinal' | 'interval' | 'ratio';

export interface Coincidences {
  /** The distinct pairable values, ascending; indexes of `matrix` and `marginals`. */
  readonly values: readonly number[];
  /** o_ck: symmetric, each unit contributing m_u values in total. */
  readonly matrix: readonly (readonly number[])[];
  /** n_c. */
  readonly marginals: readonly number[];
  /** n, the number of pairable values. */
  readonly total: number;
  /** Units kept: those with at least two values. */
  readonly units: number;
}

/**
 * The coincidence matrix. Each unit u with m_u ≥ 2 values contributes, for every ordered pair of
 * values from two different coders, 1 / (m_u − 1) to o_ck — so each unit adds exactly m_u, its
 * number of values, and every pairable value has the same weight whatever its unit's size. A
 * unit with fewer than two values has no pair and is dropped: a lone rating says nothing about
 * agreement.
 */
export function coincidences(matrix: RatingMatrix): Coincidences {
  checkMatrix(matrix);
  const units = matrix.map((row) => present(row)).filter((values) => values.length >= 2);
  const values = distinctSorted(units.flat());
  const index = new Map(values.map((value, i) => [value, i]));
  const o = values.map(() => new Array<number>(values.length).fill(0));
  for (const unit of units) {
    const m = unit.length;
    const counts = [...tally(unit)].map(([value, count]) => [index.get(value) ?? 0, count] as const);
    for (const [c, nc] of counts) {
      for (const [k, nk] of counts) {
        // Pairs (i, j) of different coders: n_c n_k of them for c ≠ k, n_c (n_c − 1) for c = k.
        const pairs = c === k ? nc * (nc - 1) : nc * nk;
        const row = o[c];
        if (row) row[k] = (row[k] ?? 0) + pairs / (m - 1);
      }
    }
  }
  const marginals = o.map((row) => row.reduce((sum, x) => sum + x, 0));
  const total = marginals.reduce((sum, x) => sum + x, 0);
  return { values, matrix: o, marginals, total, units: units.length };
}

/**
 * δ²_ck for the four levels of measurement (Krippendorff 2011):
 *   nominal   0 if c = k, else 1
 *   ordinal   (Σ_{g=c..k} n_g − (n_c + n_k) / 2)²  — distance in ranks of the values as used,
 *             so only order matters and crowded categories sit further apart
 *   interval  (c − k)²
 *   ratio     ((c − k) / (c + k))²                  — values must be non-negative
 * c and k are indexes into the ascending values for the ordinal metric, the values themselves
 * for interval and ratio.
 */
function differences(metric: AlphaMetric, values: readonly number[], marginals: readonly number[]): number[][] {
  const at = (i: number) => values[i] ?? 0;
  const n = (i: number) => marginals[i] ?? 0;
  return values.map((_, c) =>
    values.map((__, k) => {
      if (c === k) return 0;
      switch (metric) {
        case 'nominal':
          return 1;
        case 'ordinal': {
          const [low, high] = c < k ? [c, k] : [k, c];
          let between = 0;
          for (let g = low; g <= high; g++) between += n(g);
          return (between - (n(c) + n(k)) / 2) ** 2;
        }
        case 'interval':
          return (at(c) - at(k)) ** 2;
        case 'ratio':
          return ((at(c) - at(k)) / (at(c) + at(k))) ** 2;
      }
    }),
  );
}

/**
 * Krippendorff's alpha of an items × raters matrix; missing ratings are `null`.
 *
 * `null` (not NaN) when alpha is undefined: no variation among the pairable values (D_e = 0:
 * everyone used one value, so there is no disagreement to expect or avoid), or fewer than two
 * units with pairable values (with one unit D_o = D_e by construction and alpha is 0 whatever the
 * raters did, which would be read as "no reliability" when the truth is "no evidence").
 */
export function krippendorffAlpha(matrix: RatingMatrix, metric: AlphaMetric = 'nominal'): number | null {
  const { values, matrix: o, marginals, total, units } = coincidences(matrix);
  if (metric === 'ratio' && values.some((value) => value < 0)) throw new EhcqaError('invalid_argument', 'The ratio metric needs non-negative values.');
  if (units < 2) return null;
  const delta = differences(metric, values, marginals);
  let observed = 0;
  let expected = 0;
  values.forEach((_, c) => {
    values.forEach((__, k) => {
      const d = delta[c]?.[k] ?? 0;
      observed += (o[c]?.[k] ?? 0) * d;
      expected += (marginals[c] ?? 0) * (marginals[k] ?? 0) * d;
    });
  });
  if (expected === 0) return null;
  return 1 - ((total - 1) * observed) / expected;
}
