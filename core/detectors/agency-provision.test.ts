import { agencyProvision } from './agency-provision';
import { detectorTable } from './testing/detector-table';
import { buildPlan } from './testing/plan-builder';

const C_NEEDS = 'Ava has epilepsy, diagnosed by Dr Rao, Consultant Paediatrician, City Hospital (letter of 3 March 2025). She has absence seizures most days.';
const C_NONE = 'No health needs were identified. Health advice from the school nursing team, 12 February 2025, confirmed this.';
const G_SPECIFIED = [
  'Review of epilepsy and medication by the Consultant Paediatrician at City Hospital every 6 months.',
  'An individual healthcare plan written by the epilepsy nurse specialist, reviewed annually.',
  'Rescue medication given by trained school staff, following the healthcare plan, whenever a seizure lasts over 5 minutes.',
];

const plan = (c: string, g: string | null) => buildPlan({ sections: g === null ? { C: c } : { C: c, G: g } });

detectorTable(agencyProvision, 'G1', {
  passing: [
    { name: 'each line names who and how often', plan: plan(C_NEEDS, G_SPECIFIED.join('\n')) },
    { name: 'none required, agreeing with C', plan: plan(C_NONE, 'No health provision is required.') },
    { name: 'N/A agreeing with a C that says none', plan: plan(C_NONE, 'N/A') },
    { name: 'therapy block with a service and a count', plan: plan(C_NEEDS, 'A block of six physiotherapy sessions from the NHS children\'s physiotherapy service, then a review.') },
  ],
  flagged: [
    { name: 'one line with no frequency', plan: plan(C_NEEDS, [...G_SPECIFIED.slice(0, 2), 'Support from the epilepsy nurse.'].join('\n')), level: 'partly', quotes: ['Support from the epilepsy nurse'] },
    {
      name: 'health provision left unspecified',
      plan: plan(C_NEEDS, 'Health professionals will be involved with Ava.\nAva will be monitored by health.\nMedication at school.'),
      level: 'not_met',
      quotes: ['Health professionals will be involved', 'monitored by health'],
    },
    { name: 'a placeholder although C records needs', plan: plan(C_NEEDS, 'To be confirmed.'), level: 'not_met', quotes: ['To be confirmed'] },
    { name: 'boilerplate although C records needs', plan: plan(C_NEEDS, 'Any health needs will be met by universal services.'), level: 'not_met', quotes: ['universal services'] },
    { name: 'none required although C records needs', plan: plan(C_NEEDS, 'None.'), level: 'partly', quotes: ['None.'] },
    { name: 'an empty G when C says none', plan: plan(C_NONE, ''), level: 'partly' },
    { name: 'no section G', plan: plan(C_NEEDS, null), level: 'not_met' },
  ],
});
