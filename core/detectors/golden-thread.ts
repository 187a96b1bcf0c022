import { z } from 'zod';
import { type Plan, type SectionId } from '../domain';
import { type DetectorContext, defineDetector } from './detector';
import { absentSection, sectionLabel } from './support/absent';
import { makeFinding } from './support/finding';
import { countOf, levelFromShare, shareThresholds } from './support/levels';
import { childNames } from './support/names';
import { matchesAny, patternList } from './support/patterns';
import { cosine, sharedStems, tfidfVectors, type Vector } from './support/similarity';
import { evidenceOfUnit, outcomeUnits, passageUnits, provisionUnits, type Unit } from './support/units';

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
  /** Units not to judge: strengths, "not applicable", lead-ins (case-insensitive, whole words). */
  skipPatterns: patternList.default([]),
  minWords: z.number().int().min(1).default(6),
  /** What the units are called in rationales: "need", "outcome", "provision line". */
  fromNoun: z.string().min(1),
  fromNounPlural: z.string().min(1),
});
type Options = z.infer<typeof optionsSchema>;

function unitsOf(plan: Plan, id: ThreadSection, minWords: number): Unit[] {
  switch (id) {
    case 'E':
      return outcomeUnits(plan, minWords);
    case 'F':
    case 'G':
    case 'H':
      return provisionUnits(plan, id, minWords);
    case 'A':
    case 'B':
    case 'C':
    case 'D':
      return passageUnits(plan, [id], minWords);
  }
}

/** The text compared: an outcome with its steps says more about what it is for. */
const comparable = (u: Unit) => [u.text, ...u.steps].join('\n');

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
  const from = unitsOf(plan, o.from, o.minWords).filter((u) => !matchesAny(u.text, o.skipPatterns));
  const targets = o.to.map((id) => ({ id, units: unitsOf(plan, id, 3) }));
  const missing = targets.filter((t) => t.units.length === 0).map((t) => t.id);
  const ignore = new Set([...o.ignoreWords.map((w) => w.toLowerCase()), ...[...childNames(plan).all].map((n) => n.toLowerCase())]);
  const all = [...from, ...targets.flatMap((t) => t.units)];
  const vectors = tfidfVectors(all.map(comparable), ignore);
  const vectorOf = new Map(all.map((u, i) => [u, vectors[i]!]));
  const ties = from.map((unit) => {
    const v = vectorOf.get(unit)!;
    let shared: string[] = [];
    const tiedTo = targets.map((t) => {
      const candidates = t.units.map((u) => vectorOf.get(u)!);
      const sameArea = o.sameArea && unit.area ? t.units.filter((u) => u.area === unit.area).map((u) => vectorOf.get(u)!) : [];
      if (sameArea.length > 0) candidates.push(pooled(sameArea));
      let best = 0;
      for (const c of candidates) {
        const s = cosine(v, c);
        if (s > best) {
          best = s;
          shared = sharedStems(v, c);
        }
      }
      return best >= o.minSimilarity;
    });
    const tied = o.require === 'all' ? tiedTo.every(Boolean) : tiedTo.some(Boolean);
    return { unit, tied, shared };
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
    if (ties.length === 0) return [makeFinding({ criterion: o.criterion, level: 'not_met', confidence: 0.4, rationale: `${sectionLabel(o.from)[0]!.toUpperCase()}${sectionLabel(o.from).slice(1)} holds no ${o.fromNounPlural} to follow through.` })];
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
          rationale: `${n[0]!.toUpperCase()}${n.slice(1)} in section ${o.from} ${loose.length === 1 ? 'has' : 'have'} nothing matching in ${to}.`,
          evidence: loose.slice(0, 4).map((t) => evidenceOfUnit(t.unit)),
        })];
      }
    }
  },
});
