import { z } from 'zod';
import { type Evidence, type Plan } from '../domain';
import { findDates, splitSentences } from '../text';
import { defineDetector } from './detector';
import { makeFinding } from './support/finding';
import { findMatches, patternList } from './support/patterns';
import { evidenceOf } from './support/plan-text';

const optionsSchema = z.strictObject({
  /** Labels of the plan's own date ("Date of plan", "Date issued"): a date must follow within a few words. */
  planDateLabels: patternList,
  /** Wording of the plan's status ("Final plan", "Status: draft", "Amended plan"). */
  statusPatterns: patternList,
  /** Labels of the next review ("Review date", "next annual review"): a date must follow within a few words. */
  reviewLabels: patternList,
});
type Options = z.infer<typeof optionsSchema>;

interface Line {
  readonly section: Evidence['section'];
  readonly page: number;
  readonly text: string;
}

/** The cover and every section, sentence by sentence, cover first: where dates and status are printed. */
function linesOf(plan: Plan): Line[] {
  const passages = [...plan.front.map((p) => ({ section: null, p })), ...plan.sections.flatMap((s) => s.passages.map((p) => ({ section: s.id, p })))];
  return passages.flatMap(({ section, p }) => splitSentences(p.text).map((s) => ({ section, page: p.page, text: s.text })));
}

const quote = (l: Line): Evidence => ({ ...evidenceOf({ section: l.section ?? 'A', page: l.page, text: l.text }), section: l.section });

/** A line where a label is followed by a date within 60 characters ("Date of plan: 2 June 2025"). */
function labelledDate(lines: readonly Line[], labels: readonly string[]): Line | undefined {
  return lines.find((l) => findMatches(l.text, labels).some((m) => findDates(l.text.slice(m.index, m.index + m.text.length + 60)).length > 0));
}

/** P3: the plan is dated, its status stated (draft, final, amended) and its next review date given. */
export const planDates = defineDetector<Options>({
  id: 'plan-dates',
  optionsSchema,
  detect(plan: Plan, o) {
    const lines = linesOf(plan);
    const m = plan.metadata;
    const dated = m.planDate !== null ? null : labelledDate(lines, o.planDateLabels);
    const status = m.planType !== null ? null : lines.find((l) => findMatches(l.text, o.statusPatterns).length > 0);
    const review = m.reviewDate !== null ? null : labelledDate(lines, o.reviewLabels);
    const has = { date: m.planDate !== null || dated !== undefined, status: m.planType !== null || status !== undefined, review: m.reviewDate !== null || review !== undefined };
    const missing = [!has.date ? 'the date of the plan' : '', !has.status ? 'its status (draft, final or amended)' : '', !has.review ? 'the next review date' : ''].filter(Boolean);
    const evidence = [dated, status, review].filter((l): l is Line => l !== undefined && l !== null).map(quote);
    if (missing.length === 0) {
      return [makeFinding({ criterion: o.criterion, level: 'met', confidence: 0.75, rationale: 'The plan is dated, its status is stated and the next review date is given.', evidence })];
    }
    return [makeFinding({
      criterion: o.criterion, level: missing.length === 3 ? 'not_met' : 'partly', confidence: 0.6,
      rationale: `The plan does not give ${missing.join(' or ')}.`,
      evidence,
    })];
  },
});
