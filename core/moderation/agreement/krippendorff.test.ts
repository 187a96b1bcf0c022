import { describe, expect, it } from 'vitest';
import { KRIPPENDORFF_2011 } from './examples.test-data';
import { coincidences, krippendorffAlpha } from './krippendorff';

const _ = null;

describe("Krippendorff's alpha on Krippendorff's (2011) example with missing data", () => {
  it('builds the coincidence matrix of 40 pairable values from 11 units', () => {
    // Unit 12 has a single value and is dropped. Value counts over units 1-11: 1 → 9, 2 → 13,
    // 3 → 10, 4 → 5, 5 → 3.
    const c = coincidences(KRIPPENDORFF_2011);
    expect(c.units).toBe(11);
    expect(c.values).toEqual([1, 2, 3, 4, 5]);
    expect(c.total).toBeCloseTo(40, 12);
    c.marginals.forEach((n, i) => expect(n).toBeCloseTo([9, 13, 10, 5, 3][i] ?? NaN, 12));
    // Off-diagonal mass: unit 2 (2,2,3,2) gives o_23 = o_32 = 3·1/3 = 1; unit 8 (1,1,2,1) gives
    // o_12 = o_21 = 1; unit 6 (1,2,3,4) gives 1/3 to each of its 12 ordered pairs: 8 in all.
    const offDiagonal = c.matrix.reduce((sum, row, i) => sum + row.reduce((s, x, j) => s + (i === j ? 0 : x), 0), 0);
    expect(offDiagonal).toBeCloseTo(8, 12);
  });

  it('nominal α = 0.743', () => {
    // By hand: α = 1 − (n − 1) Σ_{c≠k} o_ck / Σ_{c≠k} n_c n_k, with Σ_{c≠k} n_c n_k =
    // 40² − (9² + 13² + 10² + 5² + 3²) = 1600 − 384 = 1216: α = 1 − 39·8/1216 = 0.74342.
    expect(krippendorffAlpha(KRIPPENDORFF_2011, 'nominal')).toBeCloseTo(0.743, 3);
    expect(krippendorffAlpha(KRIPPENDORFF_2011, 'nominal')).toBeCloseTo(1 - (39 * 8) / 1216, 12);
  });

  it('ordinal α = 0.815', () => {
    expect(krippendorffAlpha(KRIPPENDORFF_2011, 'ordinal')).toBeCloseTo(0.815, 3);
  });

  it('interval α = 0.849', () => {
    expect(krippendorffAlpha(KRIPPENDORFF_2011, 'interval')).toBeCloseTo(0.849, 3);
  });

  it('ratio α = 0.797', () => {
    expect(krippendorffAlpha(KRIPPENDORFF_2011, 'ratio')).toBeCloseTo(0.797, 3);
  });

  it('defaults to nominal', () => {
    expect(krippendorffAlpha(KRIPPENDORFF_2011)).toBe(krippendorffAlpha(KRIPPENDORFF_2011, 'nominal'));
  });
});

describe("Krippendorff's alpha, other cases", () => {
  it("binary data, two observers, no missing data (Krippendorff 2011, section A): α = 0.095", () => {
    // A: 0 1 0 0 0 0 0 0 1 0; B: 1 1 1 0 0 1 0 0 0 0. Coincidences: o_00 = 10, o_11 = 2,
    // o_01 = o_10 = 4; n_0 = 14, n_1 = 6, n = 20. α = 1 − 19·(4 + 4)/(2·14·6) = 1 − 152/168 = 0.0952.
    const a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0];
    const b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0];
    expect(krippendorffAlpha(a.map((x, i) => [x, b[i] ?? _]), 'nominal')).toBeCloseTo(0.095, 3);
  });

  it('is 1 for perfect agreement with missing ratings, in every metric', () => {
    const matrix = [[0, 0, _], [1, _, 1], [2, 2, 2]];
    for (const metric of ['nominal', 'ordinal', 'interval', 'ratio'] as const) expect(krippendorffAlpha(matrix, metric)).toBe(1);
  });

  it('is null when all pairable values are the same (no variation)', () => {
    expect(krippendorffAlpha([[2, 2, 2], [2, 2, _], [0, _, _]], 'ordinal')).toBeNull();
  });

  it('is null when everything is missing or fewer than two units are pairable', () => {
    expect(krippendorffAlpha([[_, _], [_, _]])).toBeNull();
    expect(krippendorffAlpha([])).toBeNull();
    expect(krippendorffAlpha([[0, 2], [1, _]], 'interval')).toBeNull();
  });

  it('refuses negative values for the ratio metric', () => {
    expect(() => krippendorffAlpha([[-1, 1], [1, 1]], 'ratio')).toThrow(/non-negative/);
  });
});
