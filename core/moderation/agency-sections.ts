import { type RubricSectionId } from '../domain';

/**
 * The sections an auditor of an agency scores when an exercise is split by agency: health
 * scores the health needs and provision (C, G), social care the social care needs and provision
 * (D, H, which holds H1 and H2), everyone else (education, the SEND team, parent carer forum)
 * the whole plan. `null` means every section. Without a split everyone scores everything.
 */
export function sectionsForAgency(agency: string, splitByAgency: boolean): readonly RubricSectionId[] | null {
  if (!splitByAgency) return null;
  if (agency === 'health') return ['C', 'G'];
  if (agency === 'social-care') return ['D', 'H'];
  return null;
}

export const coversSection = (sections: readonly RubricSectionId[] | null, section: RubricSectionId): boolean => sections === null || sections.includes(section);
