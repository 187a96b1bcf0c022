import { type Plan } from '../../domain';

/** Capitalised words that could be given names: "Amelia", "Jean-Luc", "O'Neill". */
export const NAME_TOKEN = /(?<![A-Za-z'’-])[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)*(?![A-Za-z])/g;

// Several detectors ask for the same plan's names; a plan is immutable, so once per plan.
const childNamesMemo = new WeakMap<Plan, { first: string | null; all: ReadonlySet<string> }>();
const parentNamesMemo = new WeakMap<Plan, ReadonlySet<string>>();

/** The child's names as the plan prints them ("Amelia Jones", "JONES, Amelia"), first name first. */
export function childNames(plan: Plan): { first: string | null; all: ReadonlySet<string> } {
  let names = childNamesMemo.get(plan);
  if (!names) {
    names = readChildNames(plan);
    childNamesMemo.set(plan, names);
  }
  return names;
}

function readChildNames(plan: Plan): { first: string | null; all: ReadonlySet<string> } {
  const raw = plan.metadata.name?.trim();
  if (!raw) return { first: null, all: new Set() };
  const [before, after] = raw.includes(',') ? raw.split(',', 2) as [string, string] : [raw, ''];
  const ordered = [...(after ? after.split(/\s+/) : []), ...before.split(/\s+/)].map(titleCase).filter((t) => t.length > 1);
  const all = new Set(ordered.flatMap((t) => [t, ...t.split('-')]));
  // "Known as Millie" / "preferred name: Millie" on the cover or in section A.
  const text = [...plan.front, ...(plan.sections.find((s) => s.id === 'A')?.passages ?? [])].map((p) => p.text).join('\n');
  for (const m of text.matchAll(/\b(?:known as|prefers to be called|preferred name:?|likes to be called)\s+["“']?([A-Z][a-z]+)/g)) all.add(m[1]!);
  return { first: ordered[0] ?? null, all };
}

const titleCase = (t: string): string => t.replace(/[^A-Za-z'’-]/g, '').toLowerCase().replace(/(^|[-'’])([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase());

const FAMILY = '(?:mum|mummy|mother|dad|daddy|father|parents?|carers?|foster carers?|step-?(?:mum|dad|mother|father)|grandma|grandmother|nan|nana|granny|grandad|grandpa|grandfather|grandparents?|aunt|auntie|uncle|guardian|special guardian)';

/**
 * First names of the child's parents and carers, as the plan gives them: "Mum, Deborah",
 * "his foster carer, Priti Achebe", "Parents/carers: Mum, Deborah Bhatti", "Deborah Bhatti (mother)".
 */
export function parentNames(plan: Plan): ReadonlySet<string> {
  let names = parentNamesMemo.get(plan);
  if (!names) {
    names = readParentNames(plan);
    parentNamesMemo.set(plan, names);
  }
  return names;
}

function readParentNames(plan: Plan): Set<string> {
  const own = childNames(plan).all;
  const found = new Set<string>();
  const texts = [...plan.front, ...(plan.sections.find((s) => s.id === 'A')?.passages ?? []), ...(plan.sections.find((s) => s.id === 'K')?.passages ?? [])].map((p) => p.text);
  // Names are matched case-sensitively; the family words in either case ("Mum", "mum").
  const family = FAMILY.replace(/(^|[(|?:-])([a-z])/g, (_m, p: string, c: string) => `${p}[${c.toUpperCase()}${c}]`);
  const after = new RegExp(`\\b${family}\\b[,:]?\\s+(?:is\\s+)?([A-Z][a-z]+)`, 'g');
  const before = new RegExp(`\\b([A-Z][a-z]+)(?:\\s+[A-Z][a-z'’-]+)?,?\\s+\\(?(?:[Tt]he\\s+)?${family}\\b`, 'g');
  for (const text of texts) {
    for (const m of text.matchAll(after)) found.add(m[1]!);
    for (const m of text.matchAll(before)) found.add(m[1]!);
  }
  // "Parents/carers" on a cover page is a label: the names sit on the next line.
  plan.front.forEach((p, i) => {
    if (!new RegExp(`^\\s*${FAMILY}(?:\\s*/\\s*${FAMILY})?\\s*:?\\s*$`, 'i').test(p.text)) return;
    for (const m of (plan.front[i + 1]?.text ?? '').matchAll(/\b[A-Z][a-z]+\b/g)) found.add(m[0]);
  });
  for (const n of [...found]) if (own.has(n) || /^(?:Mum|Dad|Mother|Father|The|His|Her|Their|Parent|Parents|Carer|Carers|Yes|No)$/.test(n)) found.delete(n);
  return found;
}
