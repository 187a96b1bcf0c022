import { type CriterionDefinition, type RubricFile } from './schema';

export type Criterion = Readonly<CriterionDefinition>;

/** A validated rubric: the file's content, with each criterion's options checked by its detector. */
export interface Rubric extends Readonly<Omit<RubricFile, 'criteria'>> {
  readonly criteria: readonly Criterion[];
}

export function criterionById(rubric: Rubric, id: string): Criterion | undefined {
  return rubric.criteria.find((c) => c.id === id);
}
