import { z } from 'zod';
import { type Plan } from '../domain';
import { findDates } from '../text';
import { defineDetector } from './detector';
import { absentSection } from './support/absent';
import { makeFinding } from './support/finding';
import { matchesAny, patternList } from './support/patterns';
import { evidenceOf, sentencesOf } from './support/plan-text';

const optionsSchema = z.strictObject({
  /** Advice older than this many months at the plan date is out of date. */
  maxAgeMonths: z.number().int().min(1).default(12),
  /** Wording that says why older advice still stands ("still describes", "remains current"). */
  justificationPatterns: patternList,
  /** `not_met` when at least this share of dated advice is old (and at least two items). */
  notMetShare: z.number().min(0).max(1).default(0.8),
});
type Options = z.infer<typeof optionsSchema>;

/** The ISO date `months` months before `iso` (the same day of the month, clamped). */
function monthsBefore(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** The plan date as read, else the latest full date on the cover (never today's: no clock). */
function referenceDate(plan: Plan): { iso: string; printed: boolean } | null {
  if (plan.metadata.planDate) return { iso: plan.metadata.planDate, printed: true };
  const cover = plan.front.flatMap((p) => findDates(p.text)).filter((d) => !d.monthOnly).map((d) => d.iso).sort();
  const latest = cover[cover.length - 1];
  return latest ? { iso: latest, printed: false } : null;
}

/** K2: every item of advice is dated and no older than a year at the plan date, unless the plan says why. */
export const adviceCurrent = defineDetector<Options>({
  id: 'advice-current',
  optionsSchema,
  detect(plan: Plan, o) {
    if (!plan.sections.some((s) => s.id === 'K')) return [absentSection(o.criterion, 'K')];
    const ref = referenceDate(plan);
    const sentences = sentencesOf(plan, ['K']);
    // An item's date is the latest it gives ("requested 2 January, received 3 March 2025").
    const dated = sentences.flatMap((s) => {
      const dates = findDates(s.text).map((d) => d.iso).sort();
      return dates.length > 0 ? [{ s, iso: dates[dates.length - 1]! }] : [];
    });
    if (dated.length === 0) {
      return [makeFinding({ criterion: o.criterion, level: 'not_met', confidence: 0.55, rationale: 'No item of advice is dated, so the plan cannot show its advice is current.', evidence: sentences.slice(0, 1).map(evidenceOf) })];
    }
    if (!ref) {
      return [makeFinding({ criterion: o.criterion, level: 'na', confidence: 0.2, rationale: 'The plan date could not be read, so the age of the advice could not be judged.' })];
    }
    const cutoff = monthsBefore(ref.iso, o.maxAgeMonths);
    const old = dated.filter((d) => d.iso < cutoff);
    const justified = sentencesOf(plan).filter((s) => matchesAny(s.text, o.justificationPatterns));
    const confidence = ref.printed ? 0.75 : 0.5;
    if (old.length === 0) {
      return [makeFinding({ criterion: o.criterion, level: 'met', confidence, rationale: `All ${dated.length} dated items of advice are less than ${o.maxAgeMonths} months old at the plan date.`, evidence: dated.slice(0, 2).map((d) => evidenceOf(d.s)) })];
    }
    // One reason per old item: a single "still stands" does not excuse a list of old reports.
    if (justified.length >= old.length) {
      return [makeFinding({
        criterion: o.criterion, level: 'met', confidence: confidence - 0.1,
        rationale: `${old.length} item${old.length === 1 ? ' is' : 's are'} older than ${o.maxAgeMonths} months, and the plan says why ${old.length === 1 ? 'it still stands' : 'they still stand'}.`,
        evidence: [...justified.slice(0, 1), ...old.slice(0, 1).map((d) => d.s)].map(evidenceOf),
      })];
    }
    const level = old.length >= 2 && old.length / dated.length >= o.notMetShare ? 'not_met' : 'partly';
    return [makeFinding({
      criterion: o.criterion, level, confidence,
      rationale: `${old.length} of ${dated.length} dated items of advice are older than ${o.maxAgeMonths} months at the plan date, with no reason given why they still stand.`,
      evidence: old.slice(0, 4).map((d) => evidenceOf(d.s)),
    })];
  },
});
