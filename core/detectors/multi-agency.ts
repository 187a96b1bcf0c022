import { z } from 'zod';
import { type Evidence, type Plan, SECTION_IDS } from '../domain';
import { findDates } from '../text';
import { defineDetector } from './detector';
import { makeFinding } from './support/finding';
import { matchesAny, patternList } from './support/patterns';
import { evidenceOf } from './support/plan-text';
import { readSection, sectionStateOptions } from './support/section-state';

const optionsSchema = z.strictObject({
  ...sectionStateOptions,
  /** Each agency, the sections it writes, and who counts as its voice in a "none" statement. */
  agencies: z.array(z.strictObject({
    name: z.string().min(1),
    sections: z.array(z.enum(SECTION_IDS)).min(1),
    sourcePatterns: patternList,
  })).min(1),
  /** This many agencies without a contribution is `not_met` (fewer is `partly`). */
  notMetMissing: z.number().int().min(1).default(2),
});
type Options = z.infer<typeof optionsSchema>;

/** P4: education, health and social care each contributed: real content, or a "none" their advice backs. */
export const multiAgency = defineDetector<Options>({
  id: 'multi-agency',
  optionsSchema,
  detect(plan: Plan, o) {
    const missing: string[] = [];
    const flawed: Evidence[] = [];
    const sound: Evidence[] = [];
    for (const agency of o.agencies) {
      const readings = agency.sections.map((id) => ({ id, r: readSection(plan, id, o) }));
      // A "none" speaks for the agency when it names the advice behind it and when it was given;
      // "the council will carry out an assessment if needs change" is not advice.
      const backed = (text: string) => matchesAny(text, agency.sourcePatterns) && findDates(text).length > 0;
      const voiced = readings.find(({ r }) => r.state === 'substantive' || (r.state === 'none' && backed(r.passages.map((p) => p.text).join('\n'))));
      const quote = (id: (typeof SECTION_IDS)[number], r: (typeof readings)[number]['r']) =>
        r.passages.slice(0, 1).map((p) => evidenceOf({ section: id, page: p.page, text: p.text }));
      if (voiced) sound.push(...quote(voiced.id, voiced.r));
      else {
        missing.push(agency.name);
        for (const { id, r } of readings) flawed.push(...quote(id, r));
      }
    }
    const absent = o.agencies.flatMap((a) => a.sections).filter((id) => readSection(plan, id, o).state === 'absent');
    const confidence = absent.length > 2 ? 0.4 : 0.7;
    if (missing.length === 0) {
      return [makeFinding({ criterion: o.criterion, level: 'met', confidence, rationale: `Each agency contributed: ${o.agencies.map((a) => a.name).join(', ')}.`, evidence: sound.slice(0, 4) })];
    }
    return [makeFinding({
      criterion: o.criterion, level: missing.length >= o.notMetMissing ? 'not_met' : 'partly', confidence,
      rationale: `No real contribution from ${missing.join(' or ')}: their sections are missing, blank, placeholders or an unexplained "none".`,
      evidence: flawed.slice(0, 6),
    })];
  },
});
