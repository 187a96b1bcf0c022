/** The statutory sections of an EHC plan (SEND Regulations 2014, reg 12). H1 and H2 are both H. */
export const SECTION_IDS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** Rubric sections: A-K plus `P`, the whole-plan criteria P1-P4. */
export type RubricSectionId = SectionId | 'P';
export const RUBRIC_SECTION_IDS: readonly RubricSectionId[] = [...SECTION_IDS, 'P'];

export function isSectionId(value: string): value is SectionId {
  return (SECTION_IDS as readonly string[]).includes(value);
}

/** The four broad areas of need (SEND Code of Practice 6.28). */
export const AREAS_OF_NEED = [
  'communication-interaction',
  'cognition-learning',
  'semh',
  'sensory-physical',
] as const;
export type AreaOfNeed = (typeof AREAS_OF_NEED)[number];
