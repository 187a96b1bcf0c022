import { type z } from 'zod';
import { type Finding, type Plan } from '../domain';

/** What every detector is told besides its own options. */
export interface DetectorContext {
  /** The criterion this run serves: one detector may serve several criteria with other options. */
  readonly criterion: string;
}

/**
 * One concern of plan quality. `detect` is pure: the same plan and options give the same
 * findings, with no clock, file or database. It returns at least one finding for the criterion
 * (a `met` finding carries the evidence that it is met). Phrase lists and thresholds come from
 * the rubric through `options`, validated by `optionsSchema` when the rubric loads.
 */
export interface Detector<O = unknown> {
  readonly id: string;
  readonly optionsSchema: z.ZodType<O>;
  detect(plan: Plan, options: O & DetectorContext): Finding[];
}

export function defineDetector<O>(detector: Detector<O>): Detector<O> {
  return detector;
}
