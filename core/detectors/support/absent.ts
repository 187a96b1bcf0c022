import { type Finding, type Level, type SectionId } from '../../domain';
import { makeFinding } from './finding';

/** What each section holds, in a QA lead's words, for rationales. */
export const SECTION_NAMES: Record<SectionId, string> = {
  A: 'views, interests and aspirations',
  B: 'special educational needs',
  C: 'health needs',
  D: 'social care needs',
  E: 'outcomes',
  F: 'special educational provision',
  G: 'health provision',
  H: 'social care provision',
  I: 'placement',
  J: 'personal budget',
  K: 'advice and information',
};

export const sectionLabel = (id: SectionId): string => `section ${id} (${SECTION_NAMES[id]})`;

/**
 * The finding for a section the plan seems to lack. Confidence stays low: a missing section is
 * as likely to be a template the structure stage did not read as a plan that left it out.
 */
export function absentSection(criterion: string, id: SectionId, level: Level = 'not_met', confidence = 0.35): Finding {
  const label = sectionLabel(id);
  return makeFinding({ criterion, level, confidence, rationale: `No ${label} was found in the plan.` });
}

/** The finding for a section that is there but holds nothing this criterion can judge. */
export function emptySection(criterion: string, id: SectionId, what: string, confidence = 0.45): Finding {
  const label = sectionLabel(id);
  return makeFinding({ criterion, level: 'not_met', confidence, rationale: `${label} holds no ${what}.` });
}
