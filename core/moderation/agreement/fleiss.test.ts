import { describe, expect, it } from 'vitest';
import { expandCounts, FLEISS_1971_DIAGNOSES, FLEISS_WORKED_EXAMPLE } from './examples.test-data';
import { fleissFromCounts, fleissKappa } from './fleiss';

const _ = null;

describe("Fleiss' kappa, classic form (same number of raters per item)", () => {
  it('reproduces the worked example: P̄ = 0.378, P̄e = 0.213, κ = 0.210', () => {
    const result = fleissFromCounts(FLEISS_WORKED_EXAMPLE);
    expect(result.items).toBe(10);
    expect(result.observedAgreement).toBeCloseTo(0.378, 3);
    expect(result.chanceAgreement).toBeCloseTo(0.213, 3);
    expect(result.kappa).toBeCloseTo(0.21, 3);
  });

  it('gives the same from the items × raters matrix', () => {
    expect(fleissKappa(expandCounts(FLEISS_WORKED_EXAMPLE))).toBeCloseTo(fleissFromCounts(FLEISS_WORKED_EXAMPLE).kappa ?? NaN, 12);
  });

  it("reproduces Fleiss (1971) own example, 30 patients × 6 psychiatrists: κ = 0.430", () => {
    expect(fleissKappa(FLEISS_1971_DIAGNOSES)).toBeCloseTo(0.43, 3);
    // Hand check of the chance term: category totals 26, 26, 30, 55, 43 of 180 give
    // P̄e = (26² + 26² + 30² + 55² + 43²) / 180² = (676 + 676 + 900 + 3025 + 1849) / 32400
    //    = 7126 / 32400 = 0.21994.
    const categories = [1, 2, 3, 4, 5];
    const counts = FLEISS_1971_DIAGNOSES.map((row) => categories.map((c) => row.filter((v) => v === c).length));
    expect(fleissFromCounts(counts).chanceAgreement).toBeCloseTo(7126 / 32400, 12);
  });

  it("equals Scott's pi with two raters: 0.394 on the Cohen textbook table", () => {
    // 50 items: both yes 20, yes/no 5, no/yes 10, both no 15. p_o = 0.70; pooled yes share
    // (25 + 30)/100 = 0.55: p_e = 0.55² + 0.45² = 0.505; π = (0.70 − 0.505)/(1 − 0.505) = 0.39394.
    const matrix = [
      ...new Array<number[]>(20).fill([1, 1]),
      ...new Array<number[]>(5).fill([1, 0]),
      ...new Array<number[]>(10).fill([0, 1]),
      ...new Array<number[]>(15).fill([0, 0]),
    ];
    expect(fleissKappa(matrix)).toBeCloseTo(0.195 / 0.495, 12);
  });
});

describe("Fleiss' kappa with a varying number of raters per item (missing ratings)", () => {
  it('uses per-item n_i, the unweighted mean of P_i and pooled category shares', () => {
    // Item 1: 0 0 0   n=3, P = 1
    // Item 2: 0 1 _   n=2, P = 0
    // Item 3: 1 1 _   n=2, P = 1
    // Item 4: 1 0 1   n=3, P = (0·(−1) + 2·1)/(3·2) = 1/3
    // Item 5: 0 _ _   n=1, dropped
    // P̄ = (1 + 0 + 1 + 1/3)/4 = 7/12. Pooled: five 0s and five 1s of 10 → P̄e = 0.5.
    // κ = (7/12 − 1/2)/(1 − 1/2) = 1/6.
    const matrix = [[0, 0, 0], [0, 1, _], [1, 1, _], [1, 0, 1], [0, _, _]];
    expect(fleissKappa(matrix)).toBeCloseTo(1 / 6, 12);
    const counts = [[3, 0], [1, 1], [0, 2], [1, 2], [1, 0]];
    expect(fleissFromCounts(counts)).toEqual({ kappa: expect.closeTo(1 / 6, 12), observedAgreement: expect.closeTo(7 / 12, 12), chanceAgreement: 0.5, items: 4 });
  });

  it('is 1 for perfect agreement, even with gaps', () => {
    expect(fleissKappa([[2, 2, _], [0, 0, 0], [1, _, 1]])).toBe(1);
  });

  it('is null when every rating is in one category (no variation)', () => {
    expect(fleissKappa([[2, 2, 2], [2, _, 2]])).toBeNull();
    expect(fleissFromCounts([[0, 3, 0], [0, 2, 0]]).kappa).toBeNull();
  });

  it('is null when all ratings are missing, or fewer than two items have two ratings', () => {
    expect(fleissFromCounts([])).toEqual({ kappa: null, observedAgreement: null, chanceAgreement: null, items: 0 });
    expect(fleissKappa([[_, _, _], [_, _, _]])).toBeNull();
    expect(fleissKappa([[0, 1, 2], [1, _, _]])).toBeNull();
  });

  it('rejects counts that are not whole numbers of raters', () => {
    expect(() => fleissFromCounts([[1, 0.5]])).toThrow(/whole/);
    expect(() => fleissFromCounts([[1, 1], [2]])).toThrow(/row 1/);
  });
});
