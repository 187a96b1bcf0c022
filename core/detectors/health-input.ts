import { z } from 'zod';
import { type Plan } from '../domain';
import { findDates } from '../text';
import { defineDetector } from './detector';
import { absentSection } from './support/absent';
import { makeFinding } from './support/finding';
import { countOf } from './support/levels';
import { matchesAny, patternList } from './support/patterns';
import { evidenceOf, sentencesOf } from './support/plan-text';
import { readSection, sectionStateOptions } from './support/section-state';
import { evidenceOfUnit, provisionUnits } from './support/units';

const optionsSchema = z.strictObject({
  ...sectionStateOptions,
  /** Health services and professionals ("community paediatrician", "CAMHS", "NHS physiotherapy"). */
  providerPatterns: patternList,
  /** Words that date health input without a calendar date ("reviewed annually" is not one; "seen in March" is). */
  datedPatterns: patternList.default([]),
  /** Lines that are not provision: "none" statements, notes ("set out with the educational provision"). */
  skipPatterns: patternList.default([]),
  /** `not_met` when at least this share of G's lines names no service or professional... */
  notMetShare: z.number().min(0).max(1).default(0.7),
  /** ...or this lower share, when nothing in G is dated either: then no health input shows at all. */
  undatedNotMetShare: z.number().min(0).max(1).default(0.5),
});
type Options = z.infer<typeof optionsSchema>;

const dated = (text: string, o: Options) => findDates(text).length > 0 || matchesAny(text, o.datedPatterns);

/** G2: health input is visible: G names the services or professionals involved, with dates. */
export const healthInput = defineDetector<Options>({
  id: 'health-input',
  optionsSchema,
  detect(plan: Plan, o) {
    const g = readSection(plan, 'G', o);
    if (g.state === 'absent' && !plan.provision.some((p) => p.section === 'G')) return [absentSection(o.criterion, 'G')];
    if (g.state !== 'substantive') {
      // "No health provision required": the health input shows in C, if anywhere. A C of notes
      // and "To be completed by health" shows none, whatever services its notes mention.
      if (readSection(plan, 'C', o).state !== 'substantive') {
        return [makeFinding({ criterion: o.criterion, level: 'not_met', confidence: 0.55, rationale: 'No health service or professional is named: section G holds no provision and section C no health needs.' })];
      }
      const c = sentencesOf(plan, ['C']).filter((s) => !matchesAny(s.text, o.notePatterns));
      const named = c.filter((s) => matchesAny(s.text, o.providerPatterns));
      const withDate = named.filter((s) => dated(s.text, o));
      const level = withDate.length > 0 ? 'met' : named.length > 0 ? 'partly' : 'not_met';
      const rationale = level === 'met' ? 'Section G holds no provision; section C names the health services involved, with dates.'
        : level === 'partly' ? 'Section G holds no provision; section C names health services but gives no dates.'
          : 'No health service or professional is named in section G or C.';
      return [makeFinding({ criterion: o.criterion, level, confidence: 0.5, rationale, evidence: (withDate.length > 0 ? withDate : named).slice(0, 2).map(evidenceOf) })];
    }
    const lines = provisionUnits(plan, 'G', 3).filter((u) => !matchesAny(u.text, o.skipPatterns));
    const unnamed = lines.filter((u) => !matchesAny(u.text, o.providerPatterns));
    const anyDate = lines.some((u) => dated(u.text, o));
    if (lines.length > 0 && unnamed.length / lines.length >= (anyDate ? o.notMetShare : o.undatedNotMetShare)) {
      const n = countOf(unnamed.length, lines.length, 'line');
      return [makeFinding({ criterion: o.criterion, level: 'not_met', confidence: 0.65, rationale: `${n} of section G name${unnamed.length === 1 ? 's' : ''} no health service or professional.`, evidence: unnamed.slice(0, 4).map(evidenceOfUnit) })];
    }
    if (unnamed.length > 0 || !anyDate) {
      const problems = [unnamed.length > 0 ? `${countOf(unnamed.length, lines.length, 'line')} name no service or professional` : '', !anyDate ? 'no health input is dated' : ''].filter(Boolean);
      return [makeFinding({ criterion: o.criterion, level: 'partly', confidence: 0.55, rationale: `Health input is only partly visible: ${problems.join('; ')}.`, evidence: (unnamed.length > 0 ? unnamed : lines).slice(0, 3).map(evidenceOfUnit) })];
    }
    return [makeFinding({ criterion: o.criterion, level: 'met', confidence: 0.7, rationale: `Section G names the health services involved, with dates.`, evidence: lines.filter((u) => dated(u.text, o)).slice(0, 2).map(evidenceOfUnit) })];
  },
});
