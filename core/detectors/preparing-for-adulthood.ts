import { z } from 'zod';
import { type Evidence, type Plan } from '../domain';
import { splitSentences } from '../text';
import { type DetectorContext, defineDetector } from './detector';
import { absentSection } from './support/absent';
import { makeFinding } from './support/finding';
import { findMatches, matchesAny, patternList } from './support/patterns';
import { evidenceOf, section, sentencesOf } from './support/plan-text';
import { judgedOutcomes, outcomeFilterOptions } from './support/units';
import { schoolYearOf, yearLabel } from './support/year-group';

const optionsSchema = z.strictObject({
  /** The first National Curriculum Year the criterion applies to (Year 9). */
  fromYear: z.number().int().default(9),
  /** The preparing-for-adulthood areas, each with the wording that shows an outcome addresses it. */
  domains: z.array(z.strictObject({ name: z.string().min(1), patterns: patternList })).min(1),
  /** `met` when outcomes cover at least this many areas (all of them when left out). */
  metDomains: z.number().int().min(1).optional(),
  /** When the plan gives no year group: wording that shows a young person of Year 9 or above. */
  olderSignals: patternList,
  ...outcomeFilterOptions,
});
type Options = z.infer<typeof optionsSchema>;

interface Line {
  readonly page: number;
  readonly text: string;
}

/**
 * Outcomes with their steps. Sub-headings and lead-ins are left out: "Health" heads health
 * outcomes as often as preparing-for-adulthood ones, and a lead-in restating the young person's
 * hopes is not an outcome.
 */
function outcomeLines(plan: Plan, o: Options): Line[] {
  const lines: Line[] = [];
  for (const u of judgedOutcomes(plan, o, 3)) {
    for (const s of splitSentences(u.text)) lines.push({ page: u.page, text: s.text });
    for (const step of u.steps) for (const s of splitSentences(step)) lines.push({ page: u.page, text: s.text });
  }
  return lines;
}

function judgeOutcomes(plan: Plan, o: Options & DetectorContext, confidenceScale: number, who: string) {
  const lines = outcomeLines(plan, o);
  const covered: { name: string; evidence: Evidence }[] = [];
  for (const d of o.domains) {
    const hit = lines.find((l) => matchesAny(l.text, d.patterns));
    if (hit) covered.push({ name: d.name, evidence: evidenceOf({ section: 'E', page: hit.page, text: hit.text }) });
  }
  const missing = o.domains.filter((d) => !covered.some((c) => c.name === d.name)).map((d) => d.name);
  const needed = Math.min(o.metDomains ?? o.domains.length, o.domains.length);
  const level = covered.length >= needed ? 'met' : covered.length > 0 ? 'partly' : 'not_met';
  const rationale = level === 'met'
    ? `${who}: outcomes cover preparing for adulthood (${covered.map((c) => c.name).join(', ')}).`
    : covered.length > 0
      ? `${who}: outcomes cover ${covered.length} of ${o.domains.length} preparing-for-adulthood areas; none address ${missing.join(' or ')}.`
      : `${who}: no outcome looks towards adult life (${o.domains.map((d) => d.name).join(', ')}).`;
  const base = level === 'partly' ? 0.65 : 0.75;
  return [makeFinding({ criterion: o.criterion, level, confidence: base * confidenceScale, rationale, evidence: covered.map((c) => c.evidence) })];
}

/** E5: from Year 9, outcomes look towards adult life; not applicable to younger children. */
export const preparingForAdulthood = defineDetector<Options>({
  id: 'preparing-for-adulthood',
  optionsSchema,
  detect(plan: Plan, o) {
    const year = schoolYearOf(plan);
    if (year.ncy !== null && year.ncy < o.fromYear) {
      return [makeFinding({
        criterion: o.criterion, level: 'na', confidence: year.source === 'printed' ? 0.9 : 0.8,
        rationale: `Not applicable: the child is in ${yearLabel(year.ncy)} (${year.source === 'printed' ? 'as the plan states' : `from the ${year.source}`}), before Year ${o.fromYear}.`,
      })];
    }
    let scale = 1;
    let who = year.ncy !== null ? `In ${yearLabel(year.ncy)}` : '';
    if (year.ncy === null) {
      const signal = [...plan.front.map((p) => ({ section: null, page: p.page, text: p.text })), ...sentencesOf(plan)]
        .map((s) => ({ s, m: findMatches(s.text, o.olderSignals)[0] }))
        .find((x) => x.m);
      if (!signal) {
        return [makeFinding({
          criterion: o.criterion, level: 'na', confidence: 0.3,
          rationale: `Probably not applicable: the plan gives no year group or age, and nothing suggests Year ${o.fromYear} or above.`,
        })];
      }
      scale = 0.6;
      who = `The plan gives no year group, but mentions "${signal.m!.text}"`;
    }
    if (!section(plan, 'E') && plan.outcomes.length === 0) return [absentSection(o.criterion, 'E')];
    return judgeOutcomes(plan, o, scale, who);
  },
});
