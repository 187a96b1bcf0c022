import { type Finding, type Plan } from '../domain';
import { type Rubric } from '../rubric';
import { type Detector } from './detector';
import { makeFinding } from './support/finding';

/**
 * Runs each criterion's detector over a plan. A detector that throws does not sink the audit:
 * its criterion gets an `na` finding with no confidence, saying it could not be judged.
 */
export function runDetectors(plan: Plan, rubric: Rubric, detectors: ReadonlyMap<string, Detector<never>>): Finding[] {
  const findings: Finding[] = [];
  for (const criterion of rubric.criteria) {
    const detector = detectors.get(criterion.detector);
    try {
      if (!detector) throw new Error(`no detector ${criterion.detector}`);
      const options = { ...criterion.options, criterion: criterion.id } as never;
      const own = detector.detect(plan, options).filter((f) => f.criterion === criterion.id);
      findings.push(...(own.length > 0 ? own : [unjudged(criterion.id)]));
    } catch {
      findings.push(unjudged(criterion.id));
    }
  }
  return findings;
}

const unjudged = (criterion: string) =>
  makeFinding({ criterion, level: 'na', confidence: 0, rationale: 'Could not be judged automatically; the auditor decides.' });
