import { z } from 'zod';
import { AREAS_OF_NEED, type AreaOfNeed, type Evidence, type Plan } from '../domain';
import { countWords } from '../text';
import { defineDetector } from './detector';
import { absentSection } from './support/absent';
import { makeFinding } from './support/finding';
import { findMatches, matchesAny, patternList } from './support/patterns';
import { evidenceOf, section } from './support/plan-text';

const optionsSchema = z.strictObject({
  /** The four broad areas: how their headings read, and the vocabulary of needs in each. */
  areas: z.array(z.strictObject({
    area: z.enum(AREAS_OF_NEED),
    name: z.string().min(1),
    headingPatterns: patternList,
    vocabulary: patternList,
  })).min(1),
  /** A passage of at most this many words that names an area is its heading. */
  headingMaxWords: z.number().int().min(1).default(12),
  /** With an area heading set out, this many areas missing is `not_met` (fewer is `partly`). */
  notMetMissing: z.number().int().min(1).default(3),
});
type Options = z.infer<typeof optionsSchema>;

/** Areas the plan sets out: tagged by the structure stage, or named by a heading or a lead-in ("Cognition and learning:"). */
function setOut(plan: Plan, o: Options): Map<AreaOfNeed, Evidence> {
  const found = new Map<AreaOfNeed, Evidence>();
  for (const p of section(plan, 'B')?.passages ?? []) {
    const quote = () => evidenceOf({ section: 'B', page: p.page, text: p.text });
    if (p.area && !found.has(p.area)) found.set(p.area, quote());
    for (const a of o.areas) {
      if (found.has(a.area)) continue;
      const m = findMatches(p.text, a.headingPatterns)[0];
      const asHeading = p.heading || countWords(p.text) <= o.headingMaxWords;
      const asLeadIn = m !== undefined && m.index <= 3 && /^\s*[:\-–—]/.test(p.text.slice(m.index + m.text.length));
      if (m && (asHeading || asLeadIn)) found.set(a.area, quote());
    }
  }
  return found;
}

/** B1: needs are set out across the four broad areas, each described or stated as not applicable. */
export const areasOfNeed = defineDetector<Options>({
  id: 'areas-of-need',
  optionsSchema,
  detect(plan: Plan, o) {
    const b = section(plan, 'B');
    if (!b) return [absentSection(o.criterion, 'B')];
    const found = setOut(plan, o);
    // An area heading the structure stage missed leaves its text untagged: the area is still
    // described if untagged text of B speaks of it (read with less confidence).
    const untagged = b.passages.filter((p) => !p.heading && p.area === null);
    let rescued = 0;
    if (found.size >= 2) {
      for (const a of o.areas) {
        if (found.has(a.area)) continue;
        const p = untagged.find((x) => matchesAny(x.text, a.vocabulary));
        if (p) {
          found.set(a.area, evidenceOf({ section: 'B', page: p.page, text: p.text }));
          rescued++;
        }
      }
    }
    const missing = o.areas.filter((a) => !found.has(a.area));
    const evidence = [...found.values()];
    if (found.size >= 2) {
      const level = missing.length === 0 ? 'met' : missing.length >= o.notMetMissing ? 'not_met' : 'partly';
      const rationale = missing.length === 0
        ? `Needs are set out under all ${o.areas.length} broad areas.`
        : `Needs are set out under ${found.size} of the ${o.areas.length} broad areas; ${missing.map((a) => a.name).join(' and ')} ${missing.length === 1 ? 'is' : 'are'} neither described nor stated as not applicable.`;
      const confidence = (level === 'met' ? 0.8 : 0.65) - (rescued > 0 ? 0.2 : 0);
      return [makeFinding({ criterion: o.criterion, level, confidence, rationale: rescued > 0 ? `${rationale.replace(/\.$/, '')} (${rescued} without ${rescued === 1 ? 'its own heading' : 'their own headings'}).` : rationale, evidence })];
    }
    // No area headings: the needs may still span the areas, but are not set out by them.
    const text = b.passages.map((p) => p.text).join('\n');
    const spoken = o.areas.filter((a) => matchesAny(text, a.vocabulary));
    return [makeFinding({
      criterion: o.criterion, level: spoken.length >= 3 ? 'partly' : 'not_met', confidence: 0.45,
      rationale: `Needs are not set out under the broad areas of need; the text touches on ${spoken.length} of ${o.areas.length} (${spoken.map((a) => a.name).join(', ') || 'none'}).`,
      evidence,
    })];
  },
});
