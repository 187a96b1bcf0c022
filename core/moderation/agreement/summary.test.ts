import { describe, expect, it } from 'vitest';
import { type Level } from '../../domain';
import { agreementStatistics, cohenKappa, fleissKappa, krippendorffAlpha, levelMatrix, levelValue, percentAgreement, RUBRIC_CATEGORIES } from '.';
import { KRIPPENDORFF_2011 } from './examples.test-data';

const _ = null;

describe('rubric levels as ratings', () => {
  it('maps not_met < partly < met to 0, 1, 2 and na (or unscored) to missing', () => {
    expect((['not_met', 'partly', 'met', 'na'] as const).map(levelValue)).toEqual([0, 1, 2, null]);
    expect(levelValue(undefined)).toBeNull();
    const levels: (Level | undefined)[][] = [['met', 'partly', 'na'], ['not_met', undefined, 'met']];
    expect(levelMatrix(levels)).toEqual([[2, 1, null], [0, null, 2]]);
  });
});

describe('agreementStatistics: every figure for one matrix', () => {
  // A panel of three auditors on six criteria, one "na" and one unscored.
  const panel = levelMatrix([
    ['met', 'met', 'met'],
    ['partly', 'met', 'partly'],
    ['not_met', 'not_met', 'partly'],
    ['met', 'na', 'met'],
    ['partly', 'partly', undefined],
    ['not_met', 'partly', 'not_met'],
  ]);

  it('reports the panel-wide figures of the individual functions', () => {
    const stats = agreementStatistics(panel, { categories: RUBRIC_CATEGORIES });
    expect(stats.items).toBe(6);
    expect(stats.raters).toBe(3);
    expect(stats.pairableItems).toBe(6);
    // Items: 1, 1/3, 1/3, 1 (two raters), 1 (two raters), 1/3 → mean 4/6.
    expect(stats.percentAgreement).toBeCloseTo(4 / 6, 12);
    expect(stats.percentAgreement).toBe(percentAgreement(panel));
    expect(stats.fleissKappa).toBe(fleissKappa(panel));
    expect(stats.krippendorffAlphaOrdinal).toBe(krippendorffAlpha(panel, 'ordinal'));
  });

  it('reports every pair of raters with the items both rated', () => {
    const stats = agreementStatistics(panel, { categories: RUBRIC_CATEGORIES });
    expect(stats.pairwise.map((p) => [p.raterA, p.raterB, p.n])).toEqual([[0, 1, 5], [0, 2, 5], [1, 2, 4]]);
    const column = (j: number) => panel.map((row) => row[j] ?? null);
    for (const pair of stats.pairwise) {
      const [a, b] = [column(pair.raterA), column(pair.raterB)];
      expect(pair.cohenKappa).toBe(cohenKappa(a, b, { categories: RUBRIC_CATEGORIES }));
      expect(pair.weightedKappaLinear).toBe(cohenKappa(a, b, { weights: 'linear', categories: RUBRIC_CATEGORIES }));
      expect(pair.weightedKappaQuadratic).toBe(cohenKappa(a, b, { weights: 'quadratic', categories: RUBRIC_CATEGORIES }));
    }
    // Raters 0 and 2 by hand: items 1, 2, 3, 4, 6 → (2,2) (1,1) (0,1) (2,2) (0,0).
    // p_o = 4/5; rater 0 totals (0,1,2) = 2, 1, 2; rater 2: 1, 2, 2;
    // p_e = (2·1 + 1·2 + 2·2)/25 = 8/25; κ = (4/5 − 8/25)/(1 − 8/25) = 12/17.
    expect(stats.pairwise[1]?.cohenKappa).toBeCloseTo(12 / 17, 12);
  });

  it('reproduces the published Krippendorff ordinal alpha through the same entry point', () => {
    expect(agreementStatistics(KRIPPENDORFF_2011).krippendorffAlphaOrdinal).toBeCloseTo(0.815, 3);
  });

  it('gives 1 everywhere for perfect agreement', () => {
    const stats = agreementStatistics([[0, 0], [1, 1], [2, 2], [2, 2]], { categories: RUBRIC_CATEGORIES });
    expect([stats.percentAgreement, stats.fleissKappa, stats.krippendorffAlphaOrdinal]).toEqual([1, 1, 1]);
    expect(stats.pairwise).toEqual([{ raterA: 0, raterB: 1, n: 4, cohenKappa: 1, weightedKappaQuadratic: 1, weightedKappaLinear: 1 }]);
  });

  it('gives null, not NaN, for the chance-corrected figures when one level was used', () => {
    const stats = agreementStatistics([[2, 2, 2], [2, 2, _], [2, 2, 2]], { categories: RUBRIC_CATEGORIES });
    expect(stats.percentAgreement).toBe(1);
    expect([stats.fleissKappa, stats.krippendorffAlphaOrdinal]).toEqual([null, null]);
    for (const pair of stats.pairwise) expect([pair.cohenKappa, pair.weightedKappaQuadratic, pair.weightedKappaLinear]).toEqual([null, null, null]);
  });

  it('gives null everywhere when all ratings are missing', () => {
    const stats = agreementStatistics(levelMatrix([['na', 'na'], ['na', undefined]]));
    expect(stats).toEqual({
      items: 2,
      raters: 2,
      pairableItems: 0,
      percentAgreement: null,
      fleissKappa: null,
      krippendorffAlphaOrdinal: null,
      pairwise: [{ raterA: 0, raterB: 1, n: 0, cohenKappa: null, weightedKappaQuadratic: null, weightedKappaLinear: null }],
    });
  });

  it('handles an empty matrix and rejects a ragged one', () => {
    expect(agreementStatistics([])).toMatchObject({ items: 0, raters: 0, pairableItems: 0, percentAgreement: null, pairwise: [] });
    expect(() => agreementStatistics([[1, 2], [1, 2, 0]])).toThrow(/row 1/);
  });
});
