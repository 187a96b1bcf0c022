/**
 * The names and date of birth of one plan's child and family, and the stable pseudonyms that
 * stand for them. Names have no shape a pattern could find: the child's comes from the plan's
 * metadata, the family's from where plans print them ("Mum, Helen Begum; Dad, Darren Begum",
 * "his mum, Michelle, and dad, Liam").
 */

export interface PlanIdentity {
  readonly planKey: string;
  /** From the plan's hash (plan-codes.ts): no identifier pattern matches it. */
  readonly code: string;
  /** Folded name (one to three words) → its pseudonym, for this plan's own text. */
  readonly names: ReadonlyMap<string, string>;
  /** The full names and the child's first name: applied to every plan's text as a safety net. */
  readonly sharedNames: ReadonlyMap<string, string>;
  /** ISO dates: printed in any format, each is replaced. */
  readonly datesOfBirth: ReadonlySet<string>;
}

export interface IdentityInput {
  readonly planKey: string;
  readonly code: string;
  readonly childName: string | null;
  readonly dateOfBirth: string | null;
  /** Every text of the plan that may name the family (front page, sections). */
  readonly texts: readonly string[];
}

const RELATIONS = [
  'mum', 'mummy', 'mother', 'dad', 'daddy', 'father', 'stepmum', 'step-mum', 'stepmother', 'step-mother', 'stepdad', 'step-dad',
  'stepfather', 'step-father', 'parent', 'parents', 'carer', 'carers', 'foster carer', 'foster carers', 'grandmother', 'grandfather',
  'grandma', 'grandad', 'granddad', 'nan', 'nana', 'aunt', 'auntie', 'uncle', 'guardian', 'brother', 'sister',
];
const relationPattern = RELATIONS.sort((a, b) => b.length - a.length).map((r) => `[${r[0]!.toUpperCase()}${r[0]}]${r.slice(1)}`).join('|');
const NAME_WORD = String.raw`\p{Lu}[\p{Ll}'’-]+`;
const NAMES = String.raw`(?:(?:Mrs|Mr|Ms|Miss|Mx)\.?\s+)?${NAME_WORD}(?:[ \t]+${NAME_WORD}){0,2}`;
/** "Mum, Helen Begum", "dad Liam", "parents, Michelle and Liam", "stepdad: Chris Iqbal". */
const AFTER_RELATION = new RegExp(String.raw`\b(?:${relationPattern})\b[,:]?[ \t]+(${NAMES})(?:[ \t]*(?:,|and|&)[ \t]*(${NAMES}))?`, 'gu');
/** "Helen Begum (mum)". */
const BEFORE_RELATION = new RegExp(String.raw`(${NAMES})[ \t]*\((?:${relationPattern})\)`, 'gu');
/** Cheap tests first: most texts name no relation at all, and the name patterns are costly to try at every word. */
const ANY_RELATION = new RegExp(String.raw`\b(?:${relationPattern})\b`, 'u');
const RELATION_IN_BRACKETS = new RegExp(String.raw`\((?:${relationPattern})\)`, 'u');

/** Capitalised words that follow "parent" or "carer" without being anyone's name. */
const NOT_NAMES = new Set([
  'and', 'the', 'a', 'an', 'carer', 'carers', 'parent', 'parents', 'forum', 'partnership', 'support', 'service', 'services', 'council',
  'team', 'group', 'voice', 'views', 'network', 'meeting', 'information', 'advice', 'officer', 'worker', 'liaison', 'contribution',
  'centre', 'school', 'said', 'told', 'he', 'she', 'they', 'it', 'his', 'her', 'their', 'we', 'i', 'in', 'on', 'at', 'for', 'to', 'of',
  'with', 'was', 'is', 'has', 'have', 'will', 'would', 'also', 'both', 'mrs', 'mr', 'ms', 'miss', 'mx', 'mum', 'dad', 'name', 'names',
  'details', 'contact', 'telephone', 'email', 'address', 'not', 'no', 'none', 'agreement', 'consent', 'signature', 'date', 'child',
  'young', 'person', 'family', 'hub', 'panel', 'champion', 'link', 'education', 'health', 'social', 'care', 'agency', 'hope', 'hopes',
]);

const PSEUDONYM_WORDS = new Set(['child', 'parent', 'family']);

/** How names are compared: case and apostrophe style do not matter. */
export const foldName = (name: string): string => name.normalize('NFC').replace(/’/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();

const words = (name: string) => name.split(/\s+/).filter(Boolean);
const TITLE = /^(?:Mrs|Mr|Ms|Miss|Mx)\.?$/;

function cleanName(raw: string): string[] {
  const kept = words(raw).filter((w) => !TITLE.test(w));
  const out: string[] = [];
  for (const w of kept) {
    if (NOT_NAMES.has(foldName(w))) break;
    out.push(w);
  }
  return out;
}

function familyNames(texts: readonly string[], child: readonly string[]): string[][] {
  const found = new Map<string, string[]>();
  const childFolded = new Set(child.map(foldName));
  const add = (raw: string | undefined) => {
    if (!raw) return;
    const name = cleanName(raw);
    if (name.length === 0 || name.every((w) => childFolded.has(foldName(w)))) return;
    const key = foldName(name.join(' '));
    // "Helen" then "Helen Begum": keep the longer, under one parent.
    for (const other of [...found.keys()]) {
      if (other.startsWith(`${key} `)) return;
      if (key.startsWith(`${other} `)) found.delete(other);
    }
    found.set(key, name);
  };
  for (const text of texts) {
    if (!ANY_RELATION.test(text)) continue;
    for (const m of text.matchAll(AFTER_RELATION)) {
      add(m[1]);
      add(m[2]);
    }
    if (RELATION_IN_BRACKETS.test(text)) for (const m of text.matchAll(BEFORE_RELATION)) add(m[1]);
  }
  // One person printed as "Michelle" in one place and "Michelle Baptiste" in another is one parent.
  const full = [...found.values()];
  return full.filter((name) => name.length > 1 || !full.some((other) => other.length > 1 && foldName(other[0]!) === foldName(name[0]!)));
}

export function identifyPlan(input: IdentityInput): PlanIdentity {
  const names = new Map<string, string>();
  const shared = new Map<string, string>();
  const childLabel = `Child ${input.code}`;
  const familyLabel = `Family ${input.code}`;
  const set = (name: string, label: string, everywhere: boolean) => {
    const key = foldName(name);
    // A pseudonym's own words are never names: replacing them would make scrubbing grow without end.
    if (!key || names.has(key) || PSEUDONYM_WORDS.has(key)) return;
    names.set(key, label);
    if (everywhere) shared.set(key, label);
  };
  const child = input.childName ? words(input.childName) : [];
  if (child.length > 0) {
    set(child.join(' '), childLabel, true);
    if (child.length > 2) set(`${child[0]} ${child[child.length - 1]}`, childLabel, true);
    set(child[0]!, childLabel, true);
  }
  const family = familyNames(input.texts, child);
  family.forEach((name, i) => {
    const label = `Parent ${input.code}-${i + 1}`;
    if (name.length > 1) set(name.join(' '), label, true);
    set(name[0]!, label, false);
  });
  // Surnames alone ("Ms Begum") last, so a first name that is also someone's surname keeps its first meaning.
  for (const surname of child.slice(1)) set(surname, familyLabel, false);
  family.forEach((name, i) => { if (name.length > 1) set(name[name.length - 1]!, `Parent ${input.code}-${i + 1}`, false); });
  return { planKey: input.planKey, code: input.code, names, sharedNames: shared, datesOfBirth: new Set(input.dateOfBirth ? [input.dateOfBirth] : []) };
}
