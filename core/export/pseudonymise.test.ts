import { describe, expect, it } from 'vitest';
import { isValidNhsNumber, replaceShapedIdentifiers } from './identifier-patterns';
import { planCodes } from './plan-codes';
import { identifyPlan } from './plan-identifiers';
import { Pseudonymiser } from './pseudonymise';

const front = [
  'Mum, Helen Begum; Dad, Darren Begum',
  '113 Holly Close, Stanmoor, WX2 4EL',
  '07700 900025',
  'helen.begum@example.org',
  '618 627 3598',
  'N035383717290',
  '14 July 2018',
];
const prose = [
  'Dylan lives with his mum, Helen, and dad, Darren, in Stanmoor.',
  'Dylan’s mum told us that Dylan Begum was born on 14/07/2018.',
  'Ms Begum would like Dylan to make friends.',
];

const dylan = identifyPlan({ planKey: 'a'.repeat(64), code: '111111', childName: 'Dylan Begum', dateOfBirth: '2018-07-14', texts: [...front, ...prose] });
const other = identifyPlan({ planKey: 'b'.repeat(64), code: '222222', childName: 'Ava Thompson', dateOfBirth: '2009-08-25', texts: ['Mum, Shabana Hussain'] });
const scrub = new Pseudonymiser('pseudonymised', [dylan, other]);

describe('pseudonymisation', () => {
  it('replaces the child and family by stable pseudonyms, in names, possessives and surnames alone', () => {
    expect(scrub.text(dylan.planKey, prose[0]!)).toBe('Child 111111 lives with his mum, Parent 111111-1, and dad, Parent 111111-2, in Stanmoor.');
    expect(scrub.text(dylan.planKey, prose[1]!)).toBe('Child 111111’s mum told us that Child 111111 was born on [date of birth].');
    expect(scrub.text(dylan.planKey, prose[2]!)).toBe('Ms Family 111111 would like Child 111111 to make friends.');
    expect(scrub.text(dylan.planKey, front[0]!)).toBe('Mum, Parent 111111-1; Dad, Parent 111111-2');
  });

  it('replaces shaped identifiers: address, postcode, phone, e-mail, NHS number, UPN, date of birth in any format', () => {
    const out = front.map((t) => scrub.text(dylan.planKey, t));
    expect(out).toEqual(['Mum, Parent 111111-1; Dad, Parent 111111-2', '[address], Stanmoor, [postcode]', '[phone]', '[email]', '[NHS number]', '[UPN]', '[date of birth]']);
    for (const printed of ['14.07.2018', '2018-07-14', '14th July 2018', 'July 14, 2018', '14/7/2018']) expect(scrub.any(`born ${printed}.`)).toBe('born [date of birth].');
    expect(scrub.any('Review on 14/07/2026 at 0113 496 0968 or +44 20 7946 0243.')).toBe('Review on 14/07/2026 at [phone] or [phone].');
  });

  it('catches another plan\'s child by full or first name anywhere, but leaves ordinary words and dates alone', () => {
    expect(scrub.text(dylan.planKey, 'Ava Thompson and Ava were mentioned; Shabana Hussain too.')).toBe('Child 222222 and Child 222222 were mentioned; Parent 222222-1 too.');
    expect(scrub.any('Provision is available weekly for 30 minutes from 2 September 2025; Key Stage 2 (KS2).')).toBe('Provision is available weekly for 30 minutes from 2 September 2025; Key Stage 2 (KS2).');
  });

  it('is idempotent and leaves text untouched when identifiers are asked for', () => {
    const once = scrub.text(dylan.planKey, prose.join(' ') + front.join(' '));
    expect(scrub.any(once)).toBe(once);
    const open = new Pseudonymiser('identifiers', [dylan]);
    expect(open.text(dylan.planKey, prose[1]!)).toBe(prose[1]);
  });

  it('checks NHS numbers with mod 11 when they are not spaced', () => {
    expect(isValidNhsNumber('6490411091')).toBe(true);
    expect(isValidNhsNumber('6490411092')).toBe(false);
    expect(replaceShapedIdentifiers('ref 6490411091 and 6490411092')).toBe('ref [NHS number] and 6490411092');
  });

  it('gives each plan a stable code from its hash, longer only on a collision, that scrubbing leaves alone', () => {
    const keys = ['ab12cd34'.padEnd(64, '0'), 'f'.repeat(64)];
    expect(planCodes(keys)).toEqual(planCodes([...keys].reverse()));
    expect([...planCodes(keys).values()]).toEqual(['AB12CD34', 'FFFFFFFF']);
    expect([...planCodes(['ab12cd34'.padEnd(64, '1'), 'ab12cd34'.padEnd(64, '2')]).values()]).toEqual(['AB12CD3411', 'AB12CD3422']);
    const coded = identifyPlan({ planKey: keys[0]!, code: 'AB12CD34', childName: 'Dylan Begum', dateOfBirth: null, texts: ['Mum, Helen Begum'] });
    const text = new Pseudonymiser('pseudonymised', [coded]).text(keys[0]!, 'Dylan and Helen Begum');
    expect(text).toBe('Child AB12CD34 and Parent AB12CD34-1');
    expect(scrub.any(text)).toBe(text);
  });
});
