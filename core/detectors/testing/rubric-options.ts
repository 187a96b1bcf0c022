import { parse } from 'yaml';
import { type DetectorContext, type Detector } from '../detector';
import rubricText from '../../../rubrics/default-multi-agency.yaml?raw';

interface RawCriterion {
  readonly id: string;
  readonly detector: string;
  readonly options?: unknown;
}

/**
 * A criterion's options as the shipped rubric sets them, validated by the detector's schema,
 * so every detector test runs on the same phrase lists and thresholds as a real audit.
 */
export function rubricOptions<O>(detector: Detector<O>, criterion: string): O & DetectorContext {
  const data = parse(rubricText) as { criteria: readonly RawCriterion[] };
  const found = data.criteria.find((c) => c.id === criterion);
  if (!found) throw new Error(`the default rubric has no criterion ${criterion}`);
  if (found.detector !== detector.id) throw new Error(`${criterion} is served by "${found.detector}" in the rubric, not "${detector.id}"`);
  return { ...detector.optionsSchema.parse(found.options ?? {}), criterion };
}

/** Every criterion of the shipped rubric with the detector it names. */
export function rubricCriteria(): readonly RawCriterion[] {
  return (parse(rubricText) as { criteria: readonly RawCriterion[] }).criteria;
}
