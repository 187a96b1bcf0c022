import { z } from 'zod';
import { type Plan } from '../domain';
import { findDates } from '../text';
import { defineDetector } from './detector';
import { absentSection, sectionLabel } from './support/absent';
import { makeFinding } from './support/finding';
import { findMatches, matchesAny, patternList } from './support/patterns';
import { evidenceOf, section, sentencesOf } from './support/plan-text';
import { readSection, sectionStateOptions } from './support/section-state';

const optionsSchema = z.strictObject({
  ...sectionStateOptions,
  /** The kinds of advice the plan must draw on (educational, health, psychological, social care). */
  kinds: z.array(z.strictObject({ name: z.string().min(1), patterns: patternList })).min(1),
  /** Who wrote it: names with titles, roles, services. */
  authorPatterns: patternList,
  /** With fewer dates than this share of advice lines, the list is not dated. */
  minDatedShare: z.number().min(0).max(1).default(0.6),
  /** This many kinds missing is `not_met` (fewer is `partly`). */
  notMetMissingKinds: z.number().int().min(1).default(3),
});
type Options = z.infer<typeof optionsSchema>;

/** K1: the advice gathered is listed with author and date, and covers every kind of advice. */
export const adviceListed = defineDetector<Options>({
  id: 'advice-listed',
  optionsSchema,
  detect(plan: Plan, o) {
    const k = readSection(plan, 'K', o);
    const label = sectionLabel('K');
    switch (k.state) {
      case 'absent':
        return [absentSection(o.criterion, 'K')];
      case 'empty':
      case 'none':
      case 'boilerplate':
        return [makeFinding({
          criterion: o.criterion, level: 'not_met', confidence: 0.65, rationale: `${label} lists no advice.`,
          evidence: k.passages.slice(0, 1).map((p) => evidenceOf({ section: 'K', page: p.page, text: p.text })),
        })];
      case 'substantive':
        break;
    }
    const sentences = sentencesOf(plan, ['K']);
    const text = sentences.map((s) => s.text).join('\n');
    const kinds = o.kinds.map((kind) => ({ kind, line: sentences.find((s) => matchesAny(s.text, kind.patterns)) }));
    const missing = kinds.filter((x) => !x.line).map((x) => x.kind.name);
    // An advice line names a kind of advice; a table cell holding only an author ("Dr Lee,
    // Educational Psychologist") is part of the line before it, not an item of its own.
    const isItem = (t: string) => o.kinds.some((kind) => matchesAny(t, kind.patterns)) && (!matchesAny(t, o.authorPatterns) || findDates(t).length > 0 || /\b(advice|report|views|information|assessment)\b/i.test(t));
    const adviceLines = sentences.filter((s) => isItem(s.text)).length;
    // A table may print each item's date in a column of its own, beside the item ("4 March 2026 |
    // Psychological advice - ..."): read as the item's sub-heading, it dates the item all the same.
    const dateLabels = (section(plan, 'K')?.passages ?? []).filter((p) => p.heading).map((p) => p.text).join('\n');
    const dates = findDates(text).length + findDates(dateLabels).length;
    const authors = findMatches(text, o.authorPatterns).length;
    const evidence = kinds.flatMap((x) => (x.line ? [evidenceOf(x.line)] : [])).slice(0, 4);
    const problems: string[] = [];
    if (dates === 0 && authors === 0) {
      return [makeFinding({ criterion: o.criterion, level: 'not_met', confidence: 0.7, rationale: 'The advice is listed by title only, with no authors and no dates.', evidence })];
    }
    if (dates < Math.ceil(adviceLines * o.minDatedShare)) problems.push(dates === 0 ? 'no advice is dated' : `only ${dates} of about ${adviceLines} items of advice are dated`);
    if (authors === 0) problems.push('no author or role is given');
    if (missing.length > 0) problems.push(`there is no ${missing.join(' or ')} advice`);
    if (problems.length === 0) {
      return [makeFinding({ criterion: o.criterion, level: 'met', confidence: 0.75, rationale: `The advice is listed with authors and dates, and covers ${o.kinds.map((x) => x.name).join(', ')} advice.`, evidence })];
    }
    return [makeFinding({
      criterion: o.criterion, level: missing.length >= o.notMetMissingKinds ? 'not_met' : 'partly', confidence: 0.6,
      rationale: `The advice list is incomplete: ${problems.join('; ')}.`,
      evidence,
    })];
  },
});
