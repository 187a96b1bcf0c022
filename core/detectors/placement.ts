import { z } from 'zod';
import { type Plan } from '../domain';
import { defineDetector } from './detector';
import { absentSection } from './support/absent';
import { makeFinding } from './support/finding';
import { matchesAny, patternList } from './support/patterns';
import { evidenceOf, sentencesOf } from './support/plan-text';
import { readSection, sectionStateOptions } from './support/section-state';

const optionsSchema = z.strictObject({
  ...sectionStateOptions,
  /** The last word of a setting's name ("Primary School", "Academy", "College"): a name is capitalised words ending so. */
  nameEndings: z.array(z.string().min(1)).min(1),
  /** The type of setting, read with the name blanked out ("a maintained special school", "an academy"). */
  typePatterns: patternList,
});
type Options = z.infer<typeof optionsSchema>;

/** A setting's name: capitalised words ending in one of the endings, matched case-sensitively ("Oak Hill Primary School"). */
function nameRegex(o: Options): RegExp {
  const endings = o.nameEndings.map((e) => e.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return new RegExp(`(?:[A-Z][A-Za-z'’.&-]*\\s+){0,5}(?:${endings})\\b`, 'g');
}

/** I1: the name and type of the school or setting, in a final plan. */
export const placement = defineDetector<Options>({
  id: 'placement',
  optionsSchema,
  detect(plan: Plan, o) {
    const draft = plan.metadata.planType === 'draft';
    // The rubric asks for the setting in a final plan: a draft's section I records preferences
    // and consultations ("parents have asked for Oakford College"), not yet a placement.
    if (draft) {
      return [makeFinding({ criterion: o.criterion, level: 'na', confidence: 0.6, rationale: 'Not applicable in a draft plan: the school or setting is named when the plan is made final.' })];
    }
    const i = readSection(plan, 'I', o);
    const blank = (what: string) =>
      makeFinding({ criterion: o.criterion, level: 'not_met', confidence: 0.65, rationale: `Section I ${what}: a final plan must name the school or setting.`, evidence: i.passages.slice(0, 1).map((p) => evidenceOf({ section: 'I', page: p.page, text: p.text })) });
    switch (i.state) {
      case 'absent':
        return [absentSection(o.criterion, 'I')];
      case 'empty':
        return [blank('is empty')];
      case 'none':
      case 'boilerplate':
        return [blank('gives no setting yet')];
      case 'substantive':
        break;
    }
    const sentences = sentencesOf(plan, ['I']);
    const re = nameRegex(o);
    const named = sentences.filter((s) => [...s.text.matchAll(re)].some((m) => m[0].trim().split(/\s+/).length >= 2));
    const typed = sentences.filter((s) => matchesAny(s.text.replace(re, (m) => ' '.repeat(m.length)), o.typePatterns));
    if (named.length > 0 && typed.length > 0) {
      return [makeFinding({ criterion: o.criterion, level: 'met', confidence: 0.75, rationale: 'Section I names the setting and says what type it is.', evidence: [...new Set([...named, ...typed])].slice(0, 2).map(evidenceOf) })];
    }
    if (named.length > 0 || typed.length > 0) {
      return [makeFinding({
        criterion: o.criterion, level: 'partly', confidence: 0.6,
        rationale: named.length > 0 ? 'Section I names the setting but not its type (e.g. maintained, academy, special).' : 'Section I gives a type of setting but no named school or setting.',
        evidence: [...named, ...typed].slice(0, 2).map(evidenceOf),
      })];
    }
    return [blank('names no school or setting')];
  },
});
