import { type Plan } from '../../domain';

/** Capitalised words that could be given names: "Amelia", "Jean-Luc", "O'Neill". */
export const NAME_TOKEN = /(?<![A-Za-z'’-])[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)*(?![A-Za-z])/g;

/** The child's names as the plan prints them ("Amelia Jones", "JONES, Amelia"), first name first. */
export function childNames(plan: Plan): { first: string | null; all: ReadonlySet<string> } {
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
