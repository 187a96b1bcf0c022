import { describe, expect, it } from 'vitest';
import { loadRubric } from '../rubric';
import { detectorOptionValidators, detectorsById } from './registry';
import { runDetectors } from './run';
import { buildPlan } from './testing/plan-builder';
import { rubricCriteria } from './testing/rubric-options';
import rubricText from '../../rubrics/default-multi-agency.yaml?raw';

describe('the detector registry and the shipped rubric', () => {
  const rubric = loadRubric(rubricText, 'default-multi-agency.yaml', detectorOptionValidators);

  it('validates every criterion\'s options with its detector\'s schema', () => {
    expect(rubric.criteria).toHaveLength(33);
  });

  it('registers every detector the rubric names, and uses every detector it registers', () => {
    const named = new Set(rubricCriteria().map((c) => c.detector));
    expect([...named].filter((id) => !detectorsById.has(id))).toEqual([]);
    expect([...detectorsById.keys()].filter((id) => !named.has(id))).toEqual([]);
  });

  it('judges every criterion, without throwing, on an empty plan and on a sparse one', () => {
    for (const plan of [buildPlan({}), buildPlan({ sections: { A: 'I like Lego.', F: 'Support as needed.' }, metadata: { name: 'Sam Lee', yearGroup: 'Year 10' } })]) {
      const findings = runDetectors(plan, rubric, detectorsById);
      expect(new Set(findings.map((f) => f.criterion)).size).toBe(33);
      const unjudged = findings.filter((f) => f.confidence === 0 && f.rationale.startsWith('Could not be judged'));
      expect(unjudged.map((f) => f.criterion)).toEqual([]);
    }
  });
});
