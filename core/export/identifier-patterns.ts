/**
 * Identifiers that have a shape of their own (numbers, codes, addresses), found by pattern in
 * any text. Names have no shape: they come from the plan itself (see plan-identifiers.ts).
 */
import { POSTCODE_SOURCE } from '../text';

export type PatternKind = 'nhs_number' | 'upn' | 'postcode' | 'phone' | 'email' | 'address';

/** What each kind is replaced by: a placeholder that says what was there, never the value. */
export const PLACEHOLDER: Readonly<Record<PatternKind, string>> = {
  nhs_number: '[NHS number]',
  upn: '[UPN]',
  postcode: '[postcode]',
  phone: '[phone]',
  email: '[email]',
  address: '[address]',
};

/** NHS numbers end in a mod-11 check digit (NHS Data Dictionary). */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

const STREET_WORDS = [
  'Road', 'Rd', 'Street', 'St', 'Lane', 'Ln', 'Close', 'Drive', 'Way', 'Avenue', 'Ave', 'Walk', 'View', 'Side', 'Terrace',
  'Rise', 'Grove', 'Crescent', 'Bank', 'Place', 'Court', 'Gardens', 'Green', 'Hill', 'Mews', 'Row', 'Square', 'Park', 'Parade',
  'Gate', 'Vale', 'Croft', 'Fold', 'Meadows', 'Heights', 'Boulevard',
].join('|');

interface ShapedPattern {
  readonly kind: PatternKind;
  readonly re: RegExp;
  /** A second look at a match the regex alone cannot settle (the NHS check digit). */
  readonly accept?: (match: string) => boolean;
}

/**
 * In the order they are applied: e-mails first (they contain dots and digits other patterns
 * would bite into), phone numbers before NHS numbers (a phone number starts with 0 and is
 * grouped differently), a bare run of ten digits only when its check digit holds.
 */
export const SHAPED_PATTERNS: readonly ShapedPattern[] = [
  { kind: 'email', re: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu },
  { kind: 'phone', re: /(?<![\d+])(?:\+44\s?(?:\(0\)\s?)?|\(?0)\d{2,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}(?!\d)/g, accept: (m) => { const n = m.replace(/\D/g, '').replace(/^44/, '0'); return n.length >= 10 && n.length <= 11; } },
  { kind: 'nhs_number', re: /(?<!\d)\d{3}[ -]\d{3}[ -]\d{4}(?!\d)/g },
  { kind: 'nhs_number', re: /(?<!\d)\d{10}(?!\d)/g, accept: isValidNhsNumber },
  { kind: 'upn', re: /\b[A-HJ-NP-TV-Z]\d{11}[0-9A-HJ-NP-TV-Z]\b/g },
  { kind: 'address', re: new RegExp(`\\b\\d{1,4}[A-Za-z]?,?\\s+(?:[A-Z][\\p{Ll}'’]+\\s+){1,3}(?:${STREET_WORDS})\\b\\.?`, 'gu') },
  // Lenient on purpose (any letters): a missed postcode is a leak, an extra placeholder is not.
  { kind: 'postcode', re: new RegExp(POSTCODE_SOURCE, 'g') },
];

/** Replaces every shaped identifier in the text by its placeholder. */
export function replaceShapedIdentifiers(text: string): string {
  let out = text;
  for (const { kind, re, accept } of SHAPED_PATTERNS) {
    out = out.replace(re, (match) => (!accept || accept(match) ? PLACEHOLDER[kind] : match));
  }
  return out;
}
