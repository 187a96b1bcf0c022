import { describe, expect, it } from 'vitest';
import { buildPlan } from '../testing/plan-builder';
import { childNames, parentNames } from './names';

describe('names the plan gives', () => {
  it('reads the child\'s names, surname first or last, and a known-as name', () => {
    const plan = buildPlan({ metadata: { name: 'JONES, Amelia Rose' }, sections: { A: 'Amelia is known as Millie at home.' } });
    const { first, all } = childNames(plan);
    expect(first).toBe('Amelia');
    expect([...all].sort()).toEqual(['Amelia', 'Jones', 'Millie', 'Rose']);
  });
  it('reads parents\' first names from the cover and from section A', () => {
    const plan = buildPlan({
      metadata: { name: 'Maya Bhatti' },
      front: 'Parents/carers\nMum, Deborah Bhatti',
      sections: { A: 'Her foster carer, Priti Achebe, told us she is settled.\nLiam Baptiste (father) feels she is happier.\nMaya lives with Mum and her brothers.' },
    });
    expect([...parentNames(plan)].sort()).toEqual(['Deborah', 'Liam', 'Priti']);
  });
});
