import { describe, expect, it } from 'vitest';
import { cohenKappa, kappaFromTable, pairRatings } from './cohen';
import { RUBRIC_CATEGORIES } from './levels';

const _ = null;

/** Rater lists from a 2-rater table of counts (rows rater A, columns rater B, categories 0..k-1). */
function listsFromTable(table: readonly (readonly number[])[]): [number[], number[]] {
  const a: number[] = [];
  const b: number[] = [];
  table.forEach((row, i) => row.forEach((count, j) => {
    for (let t = 0; t < count; t++) { a.push(i); b.push(j); }
  }));
  return [a, b];
}

/**
 * SAS PROC FREQ (AGREE option) printout, as used by statsmodels' inter-rater tests: a 3 × 3
 * table of 19 items. Published: simple kappa 0.4842, weighted kappa 0.4701 (SAS's default
 * Cicchetti-Allison weights, i.e. linear).
 */
const SAS_TABLE = [
  [0, 4, 1],
  [0, 8, 0],
  [0, 1, 5],
];

/**
 * R package irr, data set `anxiety` (20 subjects rated 1-6 by 3 raters), raters 2 and 3. irr's
 * kappa2 output (reproduced in statsmodels' tests): unweighted −0.006289308, "equal" (linear)
 * weights 0.1459075, "squared" (quadratic) 0.2520325. Nobody among these two used 5, and kappa2
 * weighs by position among the values used (1, 2, 3, 4, 6) — our default as well.
 */
const ANXIETY_RATER_2 = [3, 6, 4, 6, 2, 4, 2, 4, 3, 3, 2, 3, 3, 3, 2, 2, 1, 3, 3, 4];
const ANXIETY_RATER_3 = [2, 1, 4, 4, 3, 2, 1, 6, 1, 1, 1, 2, 3, 3, 1, 1, 3, 3, 2, 2];

describe("Cohen's kappa, unweighted", () => {
  it('reproduces the textbook 2 × 2 example (Wikipedia "Cohen\'s kappa"): κ = 0.400', () => {
    // 50 grant proposals, Yes/No. Both yes 20, A yes B no 5, A no B yes 10, both no 15.
    // p_o = 35/50 = 0.70. A says yes 25/50 = 0.5, B 30/50 = 0.6:
    // p_e = 0.5·0.6 + 0.5·0.4 = 0.50. κ = (0.70 − 0.50) / (1 − 0.50) = 0.40.
    const [a, b] = listsFromTable([[20, 5], [10, 15]]);
    expect(cohenKappa(a, b)).toBeCloseTo(0.4, 3);
  });

  it('reproduces the SAS 3 × 3 example: κ = 0.484', () => {
    // By hand: n = 19, diagonal 0 + 8 + 5 = 13, p_o = 13/19 = 0.68421.
    // Row totals 5, 8, 6; column totals 0, 13, 6: p_e = (5·0 + 8·13 + 6·6)/19² = 140/361 = 0.38781.
    // κ = (0.68421 − 0.38781) / (1 − 0.38781) = 0.48416.
    expect(kappaFromTable(SAS_TABLE)).toBeCloseTo(0.4842, 4);
    const [a, b] = listsFromTable(SAS_TABLE);
    expect(cohenKappa(a, b, { categories: [0, 1, 2] })).toBeCloseTo(0.4842, 4);
  });

  it("reproduces irr's kappa2 on the anxiety data: κ = −0.006", () => {
    expect(cohenKappa(ANXIETY_RATER_2, ANXIETY_RATER_3)).toBeCloseTo(-0.006289308, 6);
  });
});

describe("Cohen's weighted kappa (linear and quadratic)", () => {
  it('reproduces the SAS linear weighted kappa: κ_w = 0.470', () => {
    // By hand, agreement weights 1, 0.5, 0 for distance 0, 1, 2:
    // p_o(w) = (13 + 0.5·(4 + 1)) / 19 = 15.5/19 = 0.81579;
    // p_e(w) = Σ w r_i c_j / 361 = (0.5·5·13 + 8·13 + 0.5·8·6 + 0.5·6·13 + 6·6) / 361 = 235.5/361 = 0.65235;
    // κ_w = (0.81579 − 0.65235) / (1 − 0.65235) = 0.47012.
    expect(kappaFromTable(SAS_TABLE, 'linear')).toBeCloseTo(0.4701, 4);
  });

  it('quadratic weighted kappa of the SAS table, by hand: κ_w = 140/311 = 0.450', () => {
    // Disagreement weights (i − j)²: 1 for adjacent cells, 4 for the corners.
    // Observed: 4·1 (cell 0,1) + 1·4 (cell 0,2) + 1·1 (cell 2,1) = 9.
    // Expected: Σ v r_i c_j / n = (1·5·13 + 4·5·6 + 1·8·6 + 1·6·13) / 19 = 311/19 (column 0 is empty).
    // κ_w = 1 − 9 / (311/19) = 1 − 171/311 = 140/311 = 0.45016.
    expect(kappaFromTable(SAS_TABLE, 'quadratic')).toBeCloseTo(140 / 311, 12);
    expect(kappaFromTable(SAS_TABLE, 'quadratic')).toBeCloseTo(0.45, 3);
  });

  it("reproduces irr's kappa2 on the anxiety data: linear 0.146, quadratic 0.252", () => {
    expect(cohenKappa(ANXIETY_RATER_2, ANXIETY_RATER_3, { weights: 'linear' })).toBeCloseTo(0.1459075, 6);
    expect(cohenKappa(ANXIETY_RATER_2, ANXIETY_RATER_3, { weights: 'quadratic' })).toBeCloseTo(0.2520325, 6);
  });

  it('quadratic kappa equals the independent moment formula 2·s_ab / (s_a² + s_b² + (ā − b̄)²)', () => {
    // Fleiss & Cohen (1973): with population (1/n) moments of the category positions, quadratic
    // weighted kappa is this concordance ratio; computed here without any contingency table.
    const position = new Map([1, 2, 3, 4, 6].map((value, i) => [value, i]));
    const a = ANXIETY_RATER_2.map((v) => position.get(v) ?? NaN);
    const b = ANXIETY_RATER_3.map((v) => position.get(v) ?? NaN);
    const mean = (x: number[]) => x.reduce((s, v) => s + v, 0) / x.length;
    const ma = mean(a);
    const mb = mean(b);
    const cov = mean(a.map((v, i) => (v - ma) * ((b[i] ?? NaN) - mb)));
    const va = mean(a.map((v) => (v - ma) ** 2));
    const vb = mean(b.map((v) => (v - mb) ** 2));
    const moments = (2 * cov) / (va + vb + (ma - mb) ** 2);
    expect(cohenKappa(ANXIETY_RATER_2, ANXIETY_RATER_3, { weights: 'quadratic' })).toBeCloseTo(moments, 12);
  });

  it('does not change when an unused category lies at the end of the scale', () => {
    // Disagreement weights depend only on distances, so an empty 0 below 1 and 2 changes nothing.
    const a = [1, 2, 2, 1, 2, 2];
    const b = [1, 2, 1, 1, 2, 1];
    for (const weights of ['none', 'linear', 'quadratic'] as const) {
      expect(cohenKappa(a, b, { weights, categories: RUBRIC_CATEGORIES })).toBeCloseTo(cohenKappa(a, b, { weights }) ?? NaN, 12);
    }
  });
});

describe("Cohen's kappa: missing ratings and undefined cases", () => {
  it('skips items missing either rating', () => {
    const a = [...ANXIETY_RATER_2, 5, _, _];
    const b = [...ANXIETY_RATER_3, _, 1, _];
    expect(pairRatings(a, b)).toHaveLength(20);
    expect(cohenKappa(a, b)).toBeCloseTo(-0.006289308, 6);
    expect(cohenKappa(a, b, { weights: 'quadratic' })).toBeCloseTo(0.2520325, 6);
  });

  it('is 1 for perfect agreement, weighted or not', () => {
    const a = [0, 1, 2, 2, 1, 0];
    for (const weights of ['none', 'linear', 'quadratic'] as const) expect(cohenKappa(a, a, { weights })).toBe(1);
  });

  it('is null when both raters used one and the same category (no variation)', () => {
    for (const weights of ['none', 'linear', 'quadratic'] as const) {
      expect(cohenKappa([2, 2, 2], [2, 2, 2], { weights, categories: RUBRIC_CATEGORIES })).toBeNull();
    }
  });

  it('is null with fewer than two items rated by both, or none at all', () => {
    expect(cohenKappa([0], [2], { weights: 'quadratic' })).toBeNull();
    expect(cohenKappa([0, _, 1], [2, 1, _], { weights: 'linear' })).toBeNull();
    expect(cohenKappa([_, _], [_, _])).toBeNull();
    expect(cohenKappa([], [])).toBeNull();
  });

  it('rejects lists of different lengths, unknown categories and an unordered scale', () => {
    expect(() => cohenKappa([1, 2], [1])).toThrow(/length/);
    expect(() => cohenKappa([1, 3], [1, 2], { categories: RUBRIC_CATEGORIES })).toThrow(/not one of/);
    expect(() => cohenKappa([1, 2], [1, 2], { categories: [2, 1, 0] })).toThrow(/ascending/);
    expect(() => kappaFromTable([[1, 2], [3]])).toThrow(/2 × 2/);
  });
});
