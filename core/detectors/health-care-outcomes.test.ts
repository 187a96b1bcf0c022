import { healthCareOutcomes } from './health-care-outcomes';
import { detectorTable } from './testing/detector-table';
import { buildPlan } from './testing/plan-builder';

const C = 'Ava has epilepsy, diagnosed by Dr Rao, Consultant Paediatrician, in March 2025, with absence seizures most days.';
const D = 'The Children with Disabilities Team assessed the family in January 2025; Ava\'s mother needs a break from caring at weekends.';
const HEALTH = 'By July 2027, Ava will tell an adult when she feels a seizure coming on, on 4 out of 5 occasions.';
const SOCIAL = 'By July 2027, Ava will enjoy an overnight short break each month without becoming distressed.';
const SCHOOL = 'By July 2027, Ava will read 100 high-frequency words accurately.';
const plan = (outcomes: readonly string[], c = C, d = D) => buildPlan({ sections: { C: c, D: d, E: outcomes.join('\n') } });

detectorTable(healthCareOutcomes, 'E6', {
  passing: [
    { name: 'an outcome about the condition C names (eczema)', plan: plan([SCHOOL, 'By July 2027, Ava will apply her own cream for her eczema at lunchtime with one prompt.'], 'Ava has eczema, diagnosed by her GP in 2023.', 'None.') },
    { name: 'health and social care outcomes for both', plan: plan([SCHOOL, HEALTH, SOCIAL]) },
    { name: 'no health or social care needs: not applicable', plan: plan([SCHOOL], 'No health needs.', 'N/A'), level: 'na' },
    { name: 'only health needs, with a health outcome', plan: plan([SCHOOL, HEALTH], C, 'None.') },
  ],
  flagged: [
    { name: 'no health outcome', plan: plan([SCHOOL, SOCIAL]), level: 'partly', quotes: ['overnight short break'] },
    { name: 'no care outcomes at all', plan: plan([SCHOOL]), level: 'not_met' },
    {
      name: 'a lunchtime club and a friendship at school are education outcomes, not social care ones',
      plan: plan([HEALTH, 'By July 2027, Ava will join a supported lunchtime club game for 10 minutes and keep one friendship going in class.']),
      level: 'partly',
    },
  ],
});
