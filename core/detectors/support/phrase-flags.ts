import { findMatches, maskMatches, maskQuoted } from './patterns';
import { type Unit } from './units';

/** A unit (outcome, provision line) flagged for a phrase, with where the phrase starts. */
export interface PhraseFlag {
  readonly unit: Unit;
  readonly phrase: string;
  readonly index: number;
}

/**
 * The first of `patterns` in a unit, after blanking the contexts that only look like it
 * (`ignore`) and, when asked, quoted speech (a child's "I should..." is their voice). The
 * phrase is cut from the unit's own text, so it can be quoted.
 */
export function firstPhrase(unit: Unit, patterns: readonly string[], ignore: readonly string[], ignoreQuoted: boolean): PhraseFlag | null {
  let text = maskMatches(unit.text, ignore);
  if (ignoreQuoted) text = maskQuoted(text);
  const m = findMatches(text, patterns)[0];
  return m ? { unit, phrase: unit.text.slice(m.index, m.index + m.text.length), index: m.index } : null;
}
