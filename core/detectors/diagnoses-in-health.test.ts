import { diagnosesInHealth } from './diagnoses-in-health';
import { detectorTable } from './testing/detector-table';
import { buildPlan } from './testing/plan-builder';

const B = 'Leo has a diagnosis of autism and ADHD, and finds busy rooms overwhelming.';
const plan = (c: string | null, b = B) => buildPlan({ sections: c === null ? { B: b } : { B: b, C: c } });

detectorTable(diagnosesInHealth, 'C2', {
  passing: [
    { name: 'both diagnoses carried into C', plan: plan('Leo was diagnosed with autism spectrum disorder (ASD) in 2021 and ADHD in 2023 by the community paediatrician.') },
    { name: 'nothing diagnosed anywhere', plan: plan('No health needs.', 'Leo finds reading hard.') },
    { name: 'a referral is not a diagnosis', plan: plan('No health needs.', 'Leo is awaiting an ADHD assessment.') },
    { name: 'a programme or team named after a condition is not a diagnosis', plan: plan('No health needs.', 'Leo follows The Beat Dyslexia programme daily, with advice from the Autism Outreach Team.') },
  ],
  flagged: [
    { name: 'one of two diagnoses missing from C', plan: plan('Leo was diagnosed with autism in 2021 by the community paediatrician.'), level: 'partly', quotes: ['ADHD'] },
    { name: 'a diagnosis at the start of a sentence still counts', plan: plan('Leo is generally healthy.', 'Dyslexia was identified by the specialist teacher in 2024.'), level: 'not_met', quotes: ['Dyslexia was identified'] },
    { name: 'no diagnosis in C', plan: plan('Leo is generally healthy and sees his GP as needed.'), level: 'not_met', quotes: ['autism and ADHD'] },
    { name: 'no section C', plan: plan(null), level: 'not_met' },
  ],
});
