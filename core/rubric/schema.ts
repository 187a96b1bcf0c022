import { z } from 'zod';

const sectionId = z.enum(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'P']);
const share = z.number().min(0).max(1);

export const criterionSchema = z.strictObject({
  id: z.string().regex(/^[A-Z][0-9]{1,2}$/, 'a criterion id is a section letter and a number, e.g. "F2"'),
  section: sectionId,
  domain: z.string().min(1),
  weight: z.number().positive('a weight must be greater than 0'),
  limiting: z.boolean().default(false),
  title: z.string().min(1),
  met: z.string().min(1),
  detector: z.string().min(1),
  options: z.record(z.string(), z.unknown()).default({}),
});

export const rubricSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a rubric id is lower case letters, digits and hyphens'),
  version: z.string().min(1),
  title: z.string().min(1),
  scale: z.strictObject({ met: z.literal(2), partly: z.literal(1), not_met: z.literal(0) }),
  grading: z.strictObject({
    inadequate: z.strictObject({ scoreBelow: share, limitingNotMetAtLeast: z.number().int().positive() }),
    requiresImprovement: z.strictObject({ scoreBelow: share, limitingNotMetAtLeast: z.number().int().positive() }),
  }),
  sections: z.partialRecord(sectionId, z.string().min(1)),
  criteria: z.array(criterionSchema).min(1, 'a rubric needs at least one criterion'),
});

export type RubricFile = z.infer<typeof rubricSchema>;
export type CriterionDefinition = z.infer<typeof criterionSchema>;
