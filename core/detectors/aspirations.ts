import { z } from 'zod';
import { type Plan } from '../domain';
import { defineDetector } from './detector';
import { absentSection } from './support/absent';
import { makeFinding } from './support/finding';
import { patternList } from './support/patterns';
import { evidenceOf } from './support/plan-text';
import { lookInOptions, matching, sentencesToSearch } from './support/phrase-count';
import { schoolYearOf, yearLabel } from './support/year-group';

const optionsSchema = z.strictObject({
  ...lookInOptions,
  /** Wording of hopes for the future ("when I grow up", "I want to be", "in the future"). */
  aspirationPatterns: patternList,
  /**
   * Wording that puts a hope in the future ("when I'm older", "one day", "college", "to be a vet"):
   * `met` needs one such sentence. Hopes only for now ("to be happy", "to have friends") are `partly`.
   */
  futurePatterns: patternList,
  /** From this National Curriculum Year, aspirations must look towards adult life... */
  adultFromYear: z.number().int().default(9),
  /** ...in wording like this (work, college, living independently). */
  adultPatterns: patternList,
});
type Options = z.infer<typeof optionsSchema>;

/** A3: aspirations for the future are stated; from Year 9 they look towards adult life. */
export const aspirations = defineDetector<Options>({
  id: 'aspirations',
  optionsSchema,
  detect(plan: Plan, o) {
    if (!o.sections.some((id) => plan.sections.some((s) => s.id === id))) return [absentSection(o.criterion, o.sections[0]!)];
    const hits = matching(sentencesToSearch(plan, o), o.aspirationPatterns, plan);
    const evidence = hits.slice(0, 3).map(evidenceOf);
    if (hits.length === 0) return [makeFinding({ criterion: o.criterion, level: 'not_met', confidence: 0.6, rationale: 'No aspirations for the future are recorded.' })];
    const future = matching(hits, o.futurePatterns, plan);
    if (future.length === 0) {
      return [makeFinding({ criterion: o.criterion, level: 'partly', confidence: 0.55, rationale: 'Hopes are recorded, but none says what the child wants for the future.', evidence })];
    }
    const year = schoolYearOf(plan).ncy;
    if (year !== null && year >= o.adultFromYear) {
      const adult = matching(hits, o.adultPatterns, plan);
      if (adult.length === 0) {
        return [makeFinding({ criterion: o.criterion, level: 'partly', confidence: 0.55, rationale: `Aspirations are stated, but in ${yearLabel(year)} none looks towards adult life (work, study, living independently).`, evidence })];
      }
      return [makeFinding({ criterion: o.criterion, level: 'met', confidence: 0.7, rationale: `Aspirations are stated and look towards adult life.`, evidence: adult.slice(0, 3).map(evidenceOf) })];
    }
    return [makeFinding({ criterion: o.criterion, level: 'met', confidence: 0.7, rationale: `Aspirations for the future are stated (${future.length} sentence${future.length === 1 ? '' : 's'}).`, evidence: future.slice(0, 3).map(evidenceOf) })];
  },
});
