import { describe, expect, it } from 'vitest';
import { expandCounts, FLEISS_WORKED_EXAMPLE } from './examples.test-data';
import { itemAgreement, percentAgreement } from './percent';

const _ = null;

describe('percentage exact agreement (pairwise share of agreeing raters)', () => {
  it('scores one item by its share of agreeing pairs', () => {
    // 3 raters: 2, 2, 1 → pairs {2,2} agree, {2,1} ×2 disagree → 1 of 3.
    expect(itemAgreement([2, 2, 1])).toBeCloseTo(1 / 3, 12);
    // 4 raters 2, 2, 1, 1 → 2 agreeing pairs of 6.
    expect(itemAgreement([2, 2, 1, 1])).toBeCloseTo(1 / 3, 12);
    expect(itemAgreement([0, 0, 0])).toBe(1);
    expect(itemAgreement([0, 1])).toBe(0);
  });

  it('averages over items, each item counting once', () => {
    // Items: 1, 1/3, 0 → mean 4/9.
    expect(percentAgreement([[2, 2, 2], [2, 2, 1], [0, 1, 2]])).toBeCloseTo(4 / 9, 12);
  });

  it('skips missing ratings and drops items left with fewer than two', () => {
    // [2, 2, _] → 1; [1, _, 0] → 0; [_, 1, _] dropped; mean 1/2.
    expect(percentAgreement([[2, 2, _], [1, _, 0], [_, 1, _]])).toBeCloseTo(0.5, 12);
    expect(itemAgreement([_, 1, _])).toBeNull();
  });

  it('is null when no item has two ratings (nothing to agree on)', () => {
    expect(percentAgreement([[_, _, _], [1, _, _]])).toBeNull();
    expect(percentAgreement([])).toBeNull();
  });

  it("equals Fleiss' P̄ = 0.378 on the Fleiss worked example (14 raters per item)", () => {
    const matrix = expandCounts(FLEISS_WORKED_EXAMPLE);
    expect(percentAgreement(matrix)).toBeCloseTo(0.378, 3);
    // The published per-subject P_i, to three decimals.
    const published = [1.0, 0.253, 0.308, 0.44, 0.33, 0.462, 0.242, 0.176, 0.286, 0.286];
    matrix.forEach((row, i) => expect(itemAgreement(row)).toBeCloseTo(published[i] ?? NaN, 3));
  });

  it('rejects a ragged matrix or a non-number', () => {
    expect(() => percentAgreement([[1, 2], [1]])).toThrow(/row 1/);
    expect(() => percentAgreement([[1, Number.NaN]])).toThrow(/finite/);
  });
});
