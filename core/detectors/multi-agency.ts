import { z } from 'zod';
import { type Evidence, type Plan, SECTION_IDS, type SectionId } from '../domain';
import { defineDetector } from './detector';
import { makeFinding } from './support/finding';
import { evidenceOf } from './support/plan-text';
import { readSection, sectionStateOptions } from './support/section-state';

const optionsSchema = z.strictObject({
  ...sectionStateOptions,
  /** Each agency and the sections it writes. */
  agencies: z.array(z.strictObject({
    name: z.string().min(1),
    sections: z.array(z.enum(SECTION_IDS)).min(1),
  })).min(1),
  /** This many agencies without a contribution is `not_met`. */
  notMetMissing: z.number().int().min(1).default(2),
  /** This many blank sections among the agencies' sections is `not_met`; one or more is `partly`. */
  notMetBlank: z.number().int().min(1).default(3),
  /** A "none" of at most this many words ("N/A") is a blank, not a statement. */
  bareNoneWords: z.number().int().min(0).default(3),
});
type Options = z.infer<typeof optionsSchema>;

/**
 * P4: education, health and social care each contributed, and their sections (C, D, G, H, K)
 * are substantive: a blank, a placeholder or a bare "N/A" is not a contribution. A "none" in
 * words ("No social care needs have been identified") is a statement, and counts.
 */
export const multiAgency = defineDetector<Options>({
  id: 'multi-agency',
  optionsSchema,
  detect(plan: Plan, o) {
    const missing: string[] = [];
    const blank: Evidence[] = [];
    const blankIds: SectionId[] = [];
    const sound: Evidence[] = [];
    let absentCount = 0;
    const quote = (id: SectionId, passages: readonly { page: number; text: string }[]) =>
      passages.slice(0, 1).map((p) => evidenceOf({ section: id, page: p.page, text: p.text }));
    for (const agency of o.agencies) {
      const readings = agency.sections.map((id) => ({ id, r: readSection(plan, id, o) }));
      // "No social care needs have been identified" in the needs section: "N/A" under provision follows from it.
      const [needs] = readings;
      const noNeedsStated = needs !== undefined && needs.r.state === 'none' && needs.r.words > o.bareNoneWords;
      const isBlank = (reading: (typeof readings)[number]) => {
        const { r } = reading;
        switch (r.state) {
          case 'absent': case 'empty': case 'boilerplate':
            return true;
          case 'none':
            return r.words <= o.bareNoneWords && !(noNeedsStated && reading !== needs);
          case 'substantive':
            return false;
        }
      };
      for (const reading of readings) {
        if (reading.r.state === 'absent') absentCount++;
        if (isBlank(reading)) {
          blankIds.push(reading.id);
          blank.push(...quote(reading.id, reading.r.passages));
        } else sound.push(...quote(reading.id, reading.r.passages));
      }
      if (readings.every(isBlank)) missing.push(agency.name);
    }
    const confidence = absentCount > 2 ? 0.4 : 0.7;
    if (blankIds.length === 0) {
      return [makeFinding({ criterion: o.criterion, level: 'met', confidence, rationale: `Each agency contributed: ${o.agencies.map((a) => a.name).join(', ')}.`, evidence: sound.slice(0, 4) })];
    }
    const level = missing.length >= o.notMetMissing || blankIds.length >= o.notMetBlank ? 'not_met' : 'partly';
    const sections = blankIds.map((id) => `section ${id}`).join(', ');
    return [makeFinding({
      criterion: o.criterion, level, confidence,
      rationale: missing.length > 0
        ? `No real contribution from ${missing.join(' or ')}: ${sections} ${blankIds.length === 1 ? 'is' : 'are'} missing, blank, a placeholder or a bare "N/A".`
        : `${sections[0]!.toUpperCase()}${sections.slice(1)} ${blankIds.length === 1 ? 'is' : 'are'} blank, a placeholder or a bare "N/A".`,
      evidence: blank.slice(0, 6),
    })];
  },
});
