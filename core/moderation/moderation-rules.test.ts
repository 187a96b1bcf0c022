import { describe, expect, it } from 'vitest';
import { disagreementOf, planReference, sectionsForAgency, seededSample, sizeForPercent } from '.';

describe('disagreement in the panel grid', () => {
  it('is strong two levels apart, mild one apart or over applicability, none when all agree', () => {
    expect(disagreementOf(['met', 'not_met'])).toBe('strong');
    expect(disagreementOf(['met', 'partly', 'not_met'])).toBe('strong');
    expect(disagreementOf(['met', 'partly'])).toBe('mild');
    expect(disagreementOf(['na', 'met'])).toBe('mild');
    expect(disagreementOf(['partly', 'partly', null])).toBe('none');
    expect(disagreementOf(['met', null, undefined])).toBe('single');
  });
});

describe('sections by agency', () => {
  it('gives health C and G, social care D and H, everyone else the whole plan, and nobody a split without one', () => {
    expect(sectionsForAgency('health', true)).toEqual(['C', 'G']);
    expect(sectionsForAgency('social-care', true)).toEqual(['D', 'H']);
    expect(sectionsForAgency('education', true)).toBeNull();
    expect(sectionsForAgency('send-qa', true)).toBeNull();
    expect(sectionsForAgency('health', false)).toBeNull();
  });
});

describe('seeded samples', () => {
  const plans = Array.from({ length: 50 }, (_, i) => `p${i}`);
  it('are repeatable for a seed, differ across seeds, keep the original order and never repeat a plan', () => {
    const a = seededSample(plans, 10, 42);
    expect(seededSample(plans, 10, 42)).toEqual(a);
    expect(seededSample(plans, 10, 43)).not.toEqual(a);
    expect(new Set(a).size).toBe(10);
    expect([...a].sort((x, y) => plans.indexOf(x) - plans.indexOf(y))).toEqual(a);
    expect(seededSample(plans, 80, 1)).toEqual(plans);
  });
  it('sizes a percentage with at least one plan', () => {
    expect(sizeForPercent(40, 10)).toBe(4);
    expect(sizeForPercent(3, 10)).toBe(1);
    expect(sizeForPercent(0, 10)).toBe(0);
  });
  it('names plans by hash, not by the child', () => {
    expect(planReference('ab12cd34'.padEnd(64, '0'))).toBe('EHC-AB12CD34');
  });
});
