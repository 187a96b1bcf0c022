import { describe, expect, it } from 'vitest';
import { levelFromShare } from './levels';

const base = { notMetShare: 0.5, notMetMinCount: 2, partlyMinCount: 1 };

describe('levelFromShare', () => {
  it('is met with no flawed units, partly with a few, not_met when most are flawed', () => {
    expect(levelFromShare(0, 10, base)).toBe('met');
    expect(levelFromShare(2, 10, base)).toBe('partly');
    expect(levelFromShare(5, 10, base)).toBe('not_met');
    expect(levelFromShare(1, 1, base)).toBe('partly');
  });

  it('notMetAtCount: repeated failures are not_met however long the plan', () => {
    expect(levelFromShare(3, 20, { ...base, notMetAtCount: 3 })).toBe('not_met');
    expect(levelFromShare(2, 20, { ...base, notMetAtCount: 3 })).toBe('partly');
  });

  it('partlyMinCount with partlyShare: one flaw among many is met, one in a short list is partly', () => {
    const t = { ...base, partlyMinCount: 2, partlyShare: 0.2 };
    expect(levelFromShare(1, 12, t)).toBe('met');
    expect(levelFromShare(1, 5, t)).toBe('partly');
    expect(levelFromShare(2, 14, t)).toBe('partly');
  });

  it('metBelowShare: a tenth of a long list unmatched is met, whatever the count', () => {
    const t = { ...base, partlyMinCount: 2, partlyShare: 0.2, metBelowShare: 0.12 };
    expect(levelFromShare(4, 40, t)).toBe('met');
    expect(levelFromShare(2, 14, t)).toBe('partly');
  });
});
