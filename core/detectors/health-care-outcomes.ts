import { z } from 'zod';
import { type Evidence, type Plan } from '../domain';
import { splitSentences } from '../text';
import { defineDetector } from './detector';
import { absentSection } from './support/absent';
import { makeFinding } from './support/finding';
import { findMatches, matchesAny, patternList } from './support/patterns';
import { evidenceOf, textOf } from './support/plan-text';
import { readSection, recordsNeeds, sectionStateOptions } from './support/section-state';
import { judgedOutcomes, outcomeFilterOptions } from './support/units';

const optionsSchema = z.strictObject({
  ...sectionStateOptions,
  /** Each agency whose needs call for outcomes: the needs section, and the wording of a matching outcome. */
  agencies: z.array(z.strictObject({
    name: z.string().min(1),
    needsSection: z.enum(['C', 'D']),
    outcomePatterns: patternList,
    /** Conditions and needs named in the needs section ("eczema", "anxiety"): an outcome that names one answers it too. */
    needTerms: patternList.default([]),
  })).min(1),
  ...outcomeFilterOptions,
});
type Options = z.infer<typeof optionsSchema>;

/** E6: where C or D record needs, E holds matching health or social care outcomes; n/a otherwise. */
export const healthCareOutcomes = defineDetector<Options>({
  id: 'health-care-outcomes',
  optionsSchema,
  detect(plan: Plan, o) {
    const due = o.agencies.filter((a) => recordsNeeds(readSection(plan, a.needsSection, o)));
    if (due.length === 0) {
      return [makeFinding({ criterion: o.criterion, level: 'na', confidence: 0.6, rationale: 'Not applicable: sections C and D record no health or social care needs.' })];
    }
    if (!plan.sections.some((s) => s.id === 'E') && plan.outcomes.length === 0) return [absentSection(o.criterion, 'E')];
    const lines = judgedOutcomes(plan, o, 3).flatMap((u) => [u.text, ...u.steps].flatMap((t) => splitSentences(t).map((s) => ({ section: 'E' as const, page: u.page, text: s.text }))));
    const evidence: Evidence[] = [];
    const missing: string[] = [];
    for (const a of due) {
      // The needs' own words: "eczema" in C is answered by an outcome about eczema.
      const named = [...new Set(findMatches(textOf(plan, [a.needsSection]), a.needTerms).map((m) => m.text.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))];
      const patterns = [...a.outcomePatterns, ...named];
      const hit = lines.find((l) => matchesAny(l.text, patterns));
      if (hit) evidence.push(evidenceOf(hit));
      else missing.push(a.name);
    }
    const needs = due.map((a) => `section ${a.needsSection}`).join(' and ');
    if (missing.length === 0) {
      return [makeFinding({ criterion: o.criterion, level: 'met', confidence: 0.65, rationale: `Section E holds ${due.map((a) => a.name).join(' and ')} outcomes for the needs in ${needs}.`, evidence })];
    }
    return [makeFinding({
      criterion: o.criterion, level: missing.length === due.length ? 'not_met' : 'partly', confidence: 0.6,
      rationale: `${needs} record${due.length === 1 ? 's' : ''} needs, but section E holds no ${missing.join(' or ')} outcome.`,
      evidence,
    })];
  },
});
