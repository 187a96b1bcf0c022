import { multiAgency } from './multi-agency';
import { detectorTable } from './testing/detector-table';
import { buildPlan } from './testing/plan-builder';

const SECTIONS = {
  C: 'Ava has epilepsy, diagnosed by Dr Rao, Consultant Paediatrician (letter of 3 March 2025), with absence seizures most days.',
  G: 'Review by the Consultant Paediatrician every 6 months.',
  D: 'The Children with Disabilities Team assessed the family in January 2025 and agreed a need for short breaks at weekends.',
  H: 'Short breaks: 2 nights a month at Oak House, provided by the Children with Disabilities Team.',
  K: 'Educational advice: Mrs Patel, SENCo, 20 January 2025.\nHealth advice: Dr Rao, 10 February 2025.',
};
const plan = (edit: Partial<Record<keyof typeof SECTIONS, string>> = {}) => buildPlan({ sections: { ...SECTIONS, ...edit } });

detectorTable(multiAgency, 'P4', {
  passing: [
    { name: 'every agency wrote something real', plan: plan() },
    { name: 'social care says none, naming its assessment', plan: plan({ D: "Children's Social Care confirmed in January 2025 that there are no social care needs.", H: 'N/A' }) },
  ],
  flagged: [
    { name: 'social care blank', plan: plan({ D: 'N/A', H: 'To be confirmed.' }), level: 'partly', quotes: ['N/A'] },
    { name: 'health needs a bare "N/A" though health provision is written', plan: plan({ C: 'N/A' }), level: 'partly', quotes: ['N/A'] },
    { name: 'social care says none with no advice behind it', plan: plan({ D: 'N/A', H: 'No social care provision is required. If needs change, the council will carry out a social care assessment.' }), level: 'partly' },
    { name: 'health and social care blank', plan: plan({ C: 'N/A', G: 'To be confirmed.', D: 'N/A', H: 'To be confirmed.' }), level: 'not_met', quotes: ['To be confirmed'] },
  ],
});
