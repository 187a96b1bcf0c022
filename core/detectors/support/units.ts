import { type AreaOfNeed, type Evidence, type Plan, type SectionId } from '../../domain';
import { countWords, splitSentences } from '../../text';
import { evidenceOf, section } from './plan-text';

/**
 * A unit a detector judges one by one: a provision line, an outcome, a passage. Built from the
 * structured items when the structure stage found them, else from the section's passages, so a
 * detector still works when a template's tables did not split into items.
 */
export interface Unit {
  readonly section: SectionId;
  readonly page: number;
  readonly text: string;
  readonly area: AreaOfNeed | null;
  /** Steps or targets printed with an outcome; empty elsewhere. */
  readonly steps: readonly string[];
}

/** Labels, table headers and lead-ins ("Provision:", "Who") are not units to judge. */
export function isSubstantive(text: string, minWords = 4): boolean {
  const t = text.trim();
  return countWords(t) >= minWords && !/:$/.test(t);
}

/**
 * Table cells and label rows ("Teaching assistant", "3 x weekly", "By July 2027") that come
 * out as items of their own belong to the unit before them: they are joined to it on a new line
 * (so every sentence of a unit is still exact plan text). Fragments before any unit are dropped.
 */
function mergeFragments(units: readonly Unit[], minWords: number): Unit[] {
  const out: Unit[] = [];
  for (const u of units) {
    const last = out[out.length - 1];
    if (isSubstantive(u.text, minWords)) out.push(u);
    else if (last && u.text.trim() && u.section === last.section && (u.area === null || u.area === last.area)) out[out.length - 1] = { ...last, text: `${last.text}\n${u.text.trim()}` };
  }
  return out;
}

export function passageUnits(plan: Plan, ids: readonly SectionId[], minWords = 4): Unit[] {
  const raw = plan.sections
    .filter((s) => ids.includes(s.id))
    .flatMap((s) => s.passages.filter((p) => !p.heading).map((p) => ({ section: s.id, page: p.page, text: p.text, area: p.area, steps: [] })));
  return mergeFragments(raw, minWords);
}

export function provisionUnits(plan: Plan, id: 'F' | 'G' | 'H', minWords = 4): Unit[] {
  const items = plan.provision
    .filter((p) => p.section === id)
    .map((p) => ({ section: id, page: p.page, text: p.text, area: p.area, steps: [] }));
  const merged = mergeFragments(items, minWords);
  return merged.length > 0 ? merged : passageUnits(plan, [id], minWords);
}

export function outcomeUnits(plan: Plan, minWords = 4): Unit[] {
  const items = plan.outcomes.map((o) => ({ section: 'E' as const, page: o.page, text: o.text, area: o.area, steps: o.steps }));
  const merged = mergeFragments(items, minWords);
  return merged.length > 0 ? merged : passageUnits(plan, ['E'], minWords);
}

/** The unit's sentence that holds position `index`, as evidence: the quote a QA lead reads. */
export function evidenceAt(unit: Unit, index: number): Evidence {
  const sentences = splitSentences(unit.text);
  const hit = sentences.find((s) => index >= s.start && index < s.start + s.text.length) ?? sentences[0];
  return evidenceOf({ section: unit.section, page: unit.page, text: hit?.text ?? unit.text.trim() });
}

/** The unit's first sentence, as evidence for a unit that is fine. */
export const evidenceOfUnit = (unit: Unit): Evidence => evidenceAt(unit, 0);

/** Whether the plan has the section at all: when it does not, structure may have failed. */
export const hasSection = (plan: Plan, id: SectionId): boolean => section(plan, id) !== undefined;
