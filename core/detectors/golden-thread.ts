import { z } from 'zod';
import { type Plan, type SectionId } from '../domain';
import { type DetectorContext, defineDetector } from './detector';
import { absentSection, sectionLabel } from './support/absent';
import { blocksOf } from './support/blocks';
import { makeFinding } from './support/finding';
import { countOf, levelFromShare, shareThresholds } from './support/levels';
import { childNames } from './support/names';
import { needsOf } from './support/needs';
import { matchesAny, openingOf, patternList } from './support/patterns';
import { cosine, sharedStems, tfidfVectors, type Vector } from './support/similarity';
import { evidenceOfUnit, judgedOutcomes, outcomeFilterOptions, passageUnits, provisionUnits, type Unit } from './support/units';

const threadSection = z.enum(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']);
type ThreadSection = z.infer<typeof threadSection>;

const optionsSchema = z.strictObject({
  ...shareThresholds.shape,
  /** The units judged (each need of B, each outcome of E, each provision line of F)... */
  from: threadSection,
  /** ...and the sections each must be tied to. */
  to: z.array(threadSection).min(1),
  /** Tied to any of the `to` sections, or to every one of them. */
  require: z.enum(['any', 'all']).default('any'),
  /** TF-IDF cosine of stemmed content words at or above which two units are tied. */
  minSimilarity: z.number().min(0).max(1),
  /** Where both sides carry an area of need, compare with everything in the same area together. */
  sameArea: z.boolean().default(true),
  /** Words too common in plans to tie anything ("support", "weekly"), lower case. */
  ignoreWords: z.array(z.string()).default([]),
  /** Words that mean the same thing for this purpose ("handwriting", "typing"): one term per family. */
  wordFamilies: z.array(z.array(z.string().min(1)).min(2)).default([]),
  /** An explicit cross-reference ("(Outcome 3)", "see need 2") ties a unit by itself (case-insensitive, whole words). */
  referencePatterns: patternList.default([]),
  /**
   * Where the structure stage tagged areas of need, a unit with something in the same area of a
   * target section is tied at this lower similarity (the table sets them side by side).
   */
  sameAreaSimilarity: z.number().min(0).max(1).optional(),
  /** Units not to judge, by their opening words or sub-heading: strengths, "not applicable", lead-ins ("^" is the start). */
  skipPatterns: patternList.default([]),
  minWords: z.number().int().min(1).default(6),
  /** When set, units of B, C or D are needs as support/needs reads them (a block with need wording and its evidence). */
  needPatterns: patternList.default([]),
  continuePatterns: patternList.default([]),
  ...outcomeFilterOptions,
  /** Outcomes of E that open with step wording ("By the end of this term") are steps of the one before. */
  stepPatterns: patternList.default([]),
  /** What the units are called in rationales: "need", "outcome", "provision line". */
  fromNoun: z.string().min(1),
  fromNounPlural: z.string().min(1),
});
type Options = z.infer<typeof optionsSchema>;

/** The units of a section: as judged (`asFrom`, the units to follow through) or as targets. */
function unitsOf(plan: Plan, id: ThreadSection, o: Options, asFrom: boolean): Unit[] {
  const minWords = asFrom ? o.minWords : 3;
  switch (id) {
    case 'E':
      return judgedOutcomes(plan, o, minWords, o.stepPatterns);
    case 'F':
    case 'G':
    case 'H':
      return provisionUnits(plan, id, minWords);
    case 'A':
      return passageUnits(plan, [id], minWords);
    case 'B':
    case 'C':
    case 'D':
      // A need runs over several passages (its evidence, what it means in class): judge it whole.
      if (asFrom && o.needPatterns.length > 0) {
        return needsOf(plan, id, { ...o, minWords }).map((n) => ({ section: id, page: n.block.passages[0]!.page, text: n.text, area: n.block.area, steps: [], heading: n.block.heading }));
      }
      return blocksOf(plan, id, minWords).map((b) => ({ section: id, page: b.passages[0]!.page, text: b.text, area: b.area, steps: [], heading: b.heading }));
  }
}

/** A unit is skipped by its opening words ("Strengths: ...", "These outcomes build on..."). */
const skipped = (u: Unit, o: Options) => matchesAny(openingOf(u.text, 60), o.skipPatterns);

/** The text compared: a line with its sub-heading ("Help with: reading"), an outcome with its steps. */
const comparable = (u: Unit) => [u.heading ?? '', u.text, ...u.steps].join('\n');

function pooled(vectors: readonly Vector[]): Vector {
  const sum = new Map<string, number>();
  for (const v of vectors) for (const [k, x] of v) sum.set(k, (sum.get(k) ?? 0) + x);
  return sum;
}

interface Tie {
  readonly unit: Unit;
  readonly tied: boolean;
  readonly shared: readonly string[];
}

function tiesOf(plan: Plan, o: Options): { ties: Tie[]; missing: SectionId[] } {
  const from = unitsOf(plan, o.from, o, true).filter((u) => !skipped(u, o));
  const targets = o.to.map((id) => ({ id, units: unitsOf(plan, id, o, false) }));
  const missing = targets.filter((t) => t.units.length === 0).map((t) => t.id);
  const ignore = new Set([...o.ignoreWords.map((w) => w.toLowerCase()), ...[...childNames(plan).all].map((n) => n.toLowerCase())]);
  const all = [...from, ...targets.flatMap((t) => t.units)];
  const vectors = tfidfVectors(all.map(comparable), ignore, o.wordFamilies);
  const vectorOf = new Map(all.map((u, i) => [u, vectors[i]!]));
  // Each target's vectors, and per area of need the area's own vectors and their pool: computed
  // once, not once per unit followed through.
  const byTarget = targets.map((t) => {
    const areas = new Map<string, { vectors: Vector[]; pool: Vector }>();
    if (o.sameArea) {
      for (const area of new Set(t.units.map((u) => u.area).filter((a) => a !== null))) {
        const inArea = t.units.filter((u) => u.area === area).map((u) => vectorOf.get(u)!);
        areas.set(area, { vectors: inArea, pool: pooled(inArea) });
      }
    }
    return { vectors: t.units.map((u) => vectorOf.get(u)!), areas };
  });
  const ties = from.map((unit) => {
    const v = vectorOf.get(unit)!;
    // The stems a unit shares with its best match only go into rationales: found once, at the end.
    let sharedWith: Vector | null = null;
    const referenced = matchesAny(unit.text, o.referencePatterns);
    const tiedTo = byTarget.map((t) => {
      const area = unit.area ? t.areas.get(unit.area) : undefined;
      let best = 0;
      let bestVector: Vector | null = null;
      for (const c of area ? [...t.vectors, area.pool] : t.vectors) {
        const s = cosine(v, c);
        if (s > best) [best, bestVector] = [s, c];
      }
      if (bestVector) sharedWith = bestVector;
      if (best >= o.minSimilarity) return true;
      // Beside each other in a table by area, a weaker tie is enough: the best of the area's
      // units (already among the candidates when the area holds the best) or the area pooled.
      if (o.sameAreaSimilarity === undefined || !area) return false;
      const areaBest = Math.max(cosine(v, area.pool), ...area.vectors.map((c) => cosine(v, c)));
      return areaBest >= o.sameAreaSimilarity;
    });
    const tied = referenced || (o.require === 'all' ? tiedTo.every(Boolean) : tiedTo.some(Boolean));
    return { unit, tied, get shared() { return sharedWith ? sharedStems(v, sharedWith) : []; } };
  });
  return { ties, missing };
}

const targetsLabel = (ids: readonly SectionId[], join: 'or' | 'and') => ids.map((id) => `section ${id}`).join(` ${join} `);

/**
 * The golden thread (B4, F3, E3): each unit of one section shares enough specific vocabulary
 * with another section (needs met by provision, provision tied to needs and outcomes, outcomes
 * traced to needs and aspirations).
 */
export const goldenThread = defineDetector<Options>({
  id: 'golden-thread',
  optionsSchema,
  detect(plan: Plan, o: Options & DetectorContext) {
    if (!plan.sections.some((s) => s.id === o.from) && !(o.from === 'E' && plan.outcomes.length > 0)) return [absentSection(o.criterion, o.from)];
    const { ties, missing } = tiesOf(plan, o);
    if (missing.length === o.to.length || (o.require === 'all' && missing.length > 0)) {
      return [makeFinding({ criterion: o.criterion, level: 'not_met', confidence: 0.4, rationale: `Nothing to tie the ${o.fromNounPlural} to: ${targetsLabel(missing, 'and')} ${missing.length === 1 ? 'holds' : 'hold'} nothing.` })];
    }
    if (ties.length === 0) return [makeFinding({ criterion: o.criterion, level: 'not_met', confidence: 0.4, rationale: `${sectionLabel(o.from)} holds no ${o.fromNounPlural} to follow through.` })];
    const loose = ties.filter((t) => !t.tied);
    const level = levelFromShare(loose.length, ties.length, o);
    const to = targetsLabel(o.to, o.require === 'all' ? 'and' : 'or');
    switch (level) {
      case 'met': {
        const words = [...new Set(ties.flatMap((t) => t.shared))].slice(0, 4);
        return [makeFinding({
          criterion: o.criterion, level, confidence: 0.6,
          rationale: `Each of the ${ties.length} ${o.fromNounPlural} in section ${o.from} is tied to ${to}${words.length > 0 ? ` (shared words such as ${words.map((w) => `"${w}"`).join(', ')})` : ''}.`,
          evidence: ties.slice(0, 2).map((t) => evidenceOfUnit(t.unit)),
        })];
      }
      case 'partly':
      case 'not_met': {
        const n = countOf(loose.length, ties.length, o.fromNoun, o.fromNounPlural);
        return [makeFinding({
          criterion: o.criterion, level, confidence: 0.5,
          rationale: `${n} in section ${o.from} ${loose.length === 1 ? 'has' : 'have'} nothing matching in ${to}.`,
          evidence: loose.slice(0, 4).map((t) => evidenceOfUnit(t.unit)),
        })];
      }
    }
  },
});
