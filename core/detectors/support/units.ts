import { type AreaOfNeed, type Evidence, type Plan, type SectionId } from '../../domain';
import { countWords, splitSentences } from '../../text';
import { findMatches, matchesAny, openingOf, patternList } from './patterns';
import { continues, evidenceOf, section } from './plan-text';

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
  /** The sub-heading the unit sits under, when it was read as a block ("Strengths", "Reading"). */
  readonly heading?: string | null;
  /**
   * Where each original item lies in `text` ([start, end)), when broken lines or cells were
   * joined: items listed in another order than the section's text are not contiguous plan
   * text, so evidence is always quoted from within one of them.
   */
  readonly pieces?: readonly (readonly [number, number])[];
}

const piecesOf = (u: Unit): readonly (readonly [number, number])[] => u.pieces ?? [[0, u.text.length]];

/** `last` and `next` as one unit, their texts joined by `glue`, each keeping its place as a piece. */
function joined(last: Unit, next: Unit, glue: string): Unit {
  const head = last.text.trimEnd();
  const start = head.length + glue.length;
  const tail = next.text.trim();
  return { ...last, text: `${head}${glue}${tail}`, steps: [...last.steps, ...next.steps], pieces: [...piecesOf(last).map(([a, b]) => [a, Math.min(b, head.length)] as const), [start, start + tail.length]] };
}

/**
 * The four broad areas of need (SEND Code of Practice 6.28) as printed alone: a heading that lost
 * its heading flag, not a provision line or an outcome.
 */
const AREA_LABEL = /^\s*(?:\d+(?:\.\d+)*\s*)?(?:communication,? (?:and|&) interaction|cognition (?:and|&) learning|social,? emotional,? (?:and|&) mental health|sensory (?:and\/or|and|or|&) physical|physical (?:and\/or|and|or|&) sensory)(?: needs)?\s*$/i;

/** Labels, table headers, lead-ins ("Provision:", "Who"), area headings and bracketed notes ("(links to outcome 1)") are not units to judge. */
export function isSubstantive(text: string, minWords = 4): boolean {
  const t = text.trim();
  return countWords(t) >= minWords && !/:$/.test(t) && !AREA_LABEL.test(t) && !/^\(.*\)\.?$/.test(t);
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
    const sameBox = last !== undefined && u.section === last.section && (u.area === null || u.area === last.area);
    // A line broken mid-sentence carries on the unit before it, whatever its length.
    if (sameBox && continues(last.text, u.text)) out[out.length - 1] = joined(last, u, ' ');
    else if (isSubstantive(u.text, minWords)) out.push(u);
    else if (sameBox && u.text.trim()) out[out.length - 1] = joined(last, { ...u, steps: [] }, '\n');
  }
  return out;
}

export function passageUnits(plan: Plan, ids: readonly SectionId[], minWords = 4): Unit[] {
  const raw = plan.sections
    .filter((s) => ids.includes(s.id))
    .flatMap((s) => {
      let heading: string | null = null;
      return s.passages.flatMap((p) => {
        if (p.heading) heading = p.text;
        return p.heading ? [] : [{ section: s.id, page: p.page, text: p.text, area: p.area, steps: [], heading }];
      });
    });
  return mergeFragments(raw, minWords);
}

/** The sub-heading each passage of a section sits under ("Help with: reading and spelling"), by passage text. */
function headingsByText(plan: Plan, id: SectionId): Map<string, string> {
  const out = new Map<string, string>();
  let heading: string | null = null;
  for (const p of section(plan, id)?.passages ?? []) {
    if (p.heading) heading = p.text;
    else if (heading && !out.has(p.text.trim())) out.set(p.text.trim(), heading);
  }
  return out;
}

/**
 * "No provision is needed in this area.": in F, a statement that an area needs nothing is not a
 * provision line to quantify or trace (G and H judge their "none" statements themselves).
 */
const NOTHING_NEEDED = /^\s*(?:no|none)\b[^.]{0,60}\b(?:needed|required|necessary|identified)\b[^.]{0,60}\.?\s*$/i;

export function provisionUnits(plan: Plan, id: 'F' | 'G' | 'H', minWords = 4): Unit[] {
  const headings = headingsByText(plan, id);
  const items = plan.provision
    // A question set's prompt ("8.2 What provision must be made under section 2 ...?") asks for provision; it is none.
    .filter((p) => p.section === id && !(id === 'F' && NOTHING_NEEDED.test(p.text)) && !QUESTION.test(p.text))
    .map((p) => ({ section: id, page: p.page, text: p.text, area: p.area, steps: [], heading: headings.get(p.text.trim()) ?? null }));
  const merged = withHalvesPaired(mergeFragments(items, minWords));
  return merged.length > 0 ? merged : passageUnits(plan, [id], minWords);
}

const QUESTION = /\?["”’)]?\s*$/;

/** A provision line's own number: "1.2.3", "2.1", "P4", "P2.1". */
const ITEM_NUMBER = /^\s*(P\d{1,2}(?:\.\d{1,2})?|\d{1,2}(?:\.\d{1,2}){1,3})\.?\s/;

/**
 * Templates that print what the provision is and who gives it how often in two columns number
 * both halves alike ("1.1.1 A structured language group ..." and "1.1.1 A TA trained by the SLT:
 * three times a week ..."): the two halves are one provision line.
 */
function withHalvesPaired(units: readonly Unit[]): Unit[] {
  const out: Unit[] = [];
  const byNumber = new Map<string, number>();
  for (const u of units) {
    const number = ITEM_NUMBER.exec(u.text)?.[1];
    const at = number === undefined ? undefined : byNumber.get(`${u.area}|${number}`);
    if (at !== undefined) {
      out[at] = joined(out[at]!, u, '\n');
      continue;
    }
    if (number !== undefined) byNumber.set(`${u.area}|${number}`, out.length);
    out.push(u);
  }
  return out;
}

/** A label in an outcome's place ("Outcome 3", "E2:", "4."): its text sits in the next cell. */
const OUTCOME_LABEL = /^\s*(?:outcome|target|goal|aim|E)?\s*\d{1,2}\s*[.:)]?\s*$/i;

export function outcomeUnits(plan: Plan, minWords = 4): Unit[] {
  const items = plan.outcomes.map((o) => {
    const [first, ...rest] = o.steps;
    const labelled = OUTCOME_LABEL.test(o.text) && first !== undefined;
    return { section: 'E' as const, page: o.page, text: labelled ? first : o.text, area: o.area, steps: labelled ? rest : o.steps };
  });
  const merged = mergeFragments(items, minWords);
  return merged.length > 0 ? merged : passageUnits(plan, ['E'], minWords);
}

/** Which units of E are outcomes: the wording every outcome has, and lead-ins that are not outcomes. */
export const outcomeFilterOptions = {
  /** An outcome says what the child will do: "will", "to be able to", "I will" (empty: every unit). */
  outcomeMarkers: patternList.default([]),
  /** Lead-ins and labels that are not outcomes: "These outcomes build on...", "Steps for this year". */
  notOutcomePatterns: patternList.default([]),
};
export interface OutcomeFilter {
  readonly outcomeMarkers: readonly string[];
  readonly notOutcomePatterns: readonly string[];
}

/**
 * The outcomes of E a criterion judges, with lead-ins and labels left out. With `stepPatterns`,
 * steps cut out as outcomes of their own ("Steps for this year", "By the end of this term, ...")
 * are first folded into the outcome before them.
 */
export function judgedOutcomes(plan: Plan, o: OutcomeFilter, minWords = 4, stepPatterns: readonly string[] = []): Unit[] {
  const units = outcomeUnits(plan, minWords);
  return (stepPatterns.length > 0 ? foldSteps(units, stepPatterns) : units).filter((u) =>
    (o.outcomeMarkers.length === 0 || matchesAny(u.text, o.outcomeMarkers)) && !matchesAny(openingOf(u.text, 80), o.notOutcomePatterns));
}

/**
 * Steps cut out as outcomes of their own: a unit that opens with step wording ("By the end of
 * this term, ...") is a step of the outcome before it, not an outcome.
 */
export function foldSteps(units: readonly Unit[], stepPatterns: readonly string[]): Unit[] {
  const out: Unit[] = [];
  for (const u of units) {
    const last = out[out.length - 1];
    const opensAsStep = findMatches(u.text, stepPatterns).some((m) => m.index <= 2);
    if (opensAsStep && last) out[out.length - 1] = { ...last, steps: [...last.steps, u.text, ...u.steps] };
    else out.push(u);
  }
  return out;
}

/** The unit's sentence that holds position `index`, as evidence: the quote a QA lead reads. */
export function evidenceAt(unit: Unit, index: number): Evidence {
  const pieces = piecesOf(unit);
  const [start, end] = pieces.find(([a, b]) => index >= a && index < b) ?? pieces[0]!;
  const text = unit.text.slice(start, end);
  const at = Math.max(0, index - start);
  const sentences = splitSentences(text);
  const hit = sentences.find((s) => at >= s.start && at < s.start + s.text.length) ?? sentences[0];
  return evidenceOf({ section: unit.section, page: unit.page, text: hit?.text ?? text.trim() });
}

/** The unit's first sentence, as evidence for a unit that is fine. */
export const evidenceOfUnit = (unit: Unit): Evidence => evidenceAt(unit, 0);

/** Whether the plan has the section at all: when it does not, structure may have failed. */
export const hasSection = (plan: Plan, id: SectionId): boolean => section(plan, id) !== undefined;
