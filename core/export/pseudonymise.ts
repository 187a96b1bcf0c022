import { findDates } from '../text';
import { replaceShapedIdentifiers } from './identifier-patterns';
import { foldName, type PlanIdentity } from './plan-identifiers';

/** Whether an export shows identifiers: pseudonymised unless someone asked for them. */
export type IdentifierMode = 'pseudonymised' | 'identifiers';

export const DATE_OF_BIRTH = '[date of birth]';

/** Word tokens as names are written: letters, with inner apostrophes and hyphens (O'Brien, Anne-Marie). */
const TOKEN = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;
const POSSESSIVE = /^(.+)(['’]s)$/u;
const MAX_NAME_WORDS = 3;

type NameLookup = (folded: string) => string | undefined;

function replaceNames(text: string, lookup: NameLookup): string {
  const tokens = [...text.matchAll(TOKEN)].map((m) => ({ start: m.index, end: m.index + m[0].length, word: m[0] }));
  if (tokens.length === 0) return text;
  let out = '';
  let at = 0;
  for (let i = 0; i < tokens.length; i++) {
    let replaced = false;
    for (let k = Math.min(MAX_NAME_WORDS, tokens.length - i); k >= 1 && !replaced; k--) {
      const span = tokens.slice(i, i + k);
      if (span.some((t, j) => j > 0 && !/^\s+$/u.test(text.slice(span[j - 1]!.end, t.start)))) continue;
      const last = span[k - 1]!;
      const phrase = span.map((t) => t.word).join(' ');
      let label = lookup(foldName(phrase));
      let suffix = '';
      const possessive = label === undefined ? POSSESSIVE.exec(last.word) : null;
      if (possessive) {
        label = lookup(foldName(`${span.slice(0, -1).map((t) => t.word).concat(possessive[1]!).join(' ')}`));
        suffix = possessive[2]!;
      }
      if (label === undefined) continue;
      out += text.slice(at, span[0]!.start) + label + suffix;
      at = last.end;
      i += k - 1;
      replaced = true;
    }
  }
  return out + text.slice(at);
}

function replaceDates(text: string, isDateOfBirth: (iso: string) => boolean): string {
  const found = findDates(text).filter((d) => !d.monthOnly && isDateOfBirth(d.iso)).sort((a, b) => b.index - a.index);
  let out = text;
  for (const d of found) out = out.slice(0, d.index) + DATE_OF_BIRTH + out.slice(d.index + d.text.length);
  return out;
}

/**
 * Replaces identifiers in every string an export writes. Text from a plan gets that plan's
 * names first; every text then gets every plan's full names, children's first names and dates
 * of birth, and the shaped identifiers (NHS number, UPN, postcode, address, phone, e-mail), so
 * a name quoted in another plan's row or an auditor's comment is caught too. Applied twice it
 * changes nothing more (pseudonyms are built so no pattern matches them).
 */
export class Pseudonymiser {
  private readonly byPlan: ReadonlyMap<string, PlanIdentity>;
  private readonly shared = new Map<string, string>();
  private readonly datesOfBirth = new Set<string>();
  private readonly memo = new Map<string, string>();

  constructor(readonly mode: IdentifierMode, identities: readonly PlanIdentity[]) {
    this.byPlan = new Map(identities.map((p) => [p.planKey, p]));
    for (const identity of identities) {
      for (const [name, label] of identity.sharedNames) if (!this.shared.has(name)) this.shared.set(name, label);
      for (const date of identity.datesOfBirth) this.datesOfBirth.add(date);
    }
  }

  /** The stable code of a plan (its pseudonymous reference), or undefined for an unknown plan. */
  codeOf(planKey: string): string | undefined {
    return this.byPlan.get(planKey)?.code;
  }

  /** Text from or about one plan (null: of no known plan). */
  text(planKey: string | null, text: string): string;
  text(planKey: string | null, text: string | null): string | null;
  text(planKey: string | null, text: string | null): string | null {
    if (text === null || this.mode === 'identifiers' || text === '') return text;
    const own = planKey === null ? undefined : this.byPlan.get(planKey);
    let out = replaceShapedIdentifiers(text);
    out = replaceDates(out, (iso) => this.datesOfBirth.has(iso));
    out = replaceNames(out, (folded) => own?.names.get(folded) ?? this.shared.get(folded));
    return out;
  }

  /**
   * Text of no particular plan (sheet names, workbook properties, the final pass over every
   * cell). Remembered: most cells of a big workbook repeat a few strings (level words, references).
   */
  any(text: string): string {
    let out = this.memo.get(text);
    if (out === undefined) {
      out = this.text(null, text);
      if (this.memo.size > 100_000) this.memo.clear();
      this.memo.set(text, out);
    }
    return out;
  }
}
