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

/** The reasons a "none" gives can run past the short-section limit (60 words). */
const C_LONG_REASON = 'Ava is registered with her family doctor, has had all her routine immunisations, and her hearing and vision were checked at school entry with normal results. Her parents know how to contact the school nursing team if anything changes, and the team will be asked for advice again at the next annual review.';
const plan = (c: string, g: string | null) => buildPlan({ sections: g === null ? { C: c } : { C: c, G: g } });

detectorTable(agencyProvision, 'G1', {
  passing: [
    { name: 'a note that therapy sits in F is not a provision line', plan: plan(C_NEEDS, [...G_SPECIFIED, 'The speech and language therapy that Ava needs is special educational provision, so it is set out with the other educational provision in section F.'].join('\n')) },
    { name: 'a one-off dated appointment', plan: plan(C_NEEDS, 'Hearing review by Paediatric Audiology in December 2026 to check her hearing.') },
    { name: 'each line names who and how often', plan: plan(C_NEEDS, G_SPECIFIED.join('\n')) },
    { name: 'none required, agreeing with C', plan: plan(C_NONE, 'No health provision is required.') },
    { name: 'none required after a lead-in naming the Act, agreeing with C', plan: plan(`${C_NONE} ${C_LONG_REASON}`, `Under section 2 of the Chronically Sick and Disabled Persons Act 1970:\nNo health provision is required, because no health needs have been identified. ${C_LONG_REASON}`) },
    { name: 'none required, agreeing with a form whose label cells come first', plan: plan(`Health needs\n${C_NONE} ${C_LONG_REASON}`, 'Provision\nNo health provision is required, because no health needs have been identified.') },
    { name: 'N/A agreeing with a C that says none', plan: plan(C_NONE, 'N/A') },
    { name: "none required, agreeing with a form's tick-box question and answer before the none", plan: plan(`Known to the health visiting team
☐ Yes ☒ No
${C_NONE} ${C_LONG_REASON}`, 'No health provision is required, because no health needs have been identified.') },
    { name: "a question set's prompts are not provision lines", plan: plan(C_NEEDS, ['7.2 What health provision is reasonably required?', ...G_SPECIFIED].join('\n')) },
    { name: "none required under a question set's prompt, agreeing with C", plan: plan(C_NONE, '7.2 What health provision is reasonably required?\nNo health provision is required, because no health needs have been identified.') },
    { name: 'therapy block with a service and a count', plan: plan(C_NEEDS, 'A block of six physiotherapy sessions from the NHS children\'s physiotherapy service, then a review.') },
  ],
  flagged: [
    { name: 'none, while C is only a placeholder', plan: plan('To be completed by health.', 'None.'), level: 'not_met', quotes: ['None.'] },
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

const D_NEEDS = 'Ava lives with her mother, who cares for her alone. The Children with Disabilities Team assessed the family in January 2025 and agreed a need for short breaks.';
const D_NONE = "Children's Social Care confirmed in January 2025 that there are no social care needs.";
const H_SPECIFIED = [
  'Short breaks at Oak House residential unit, provided by the Children with Disabilities Team: 2 nights a month.',
  'A personal assistant funded through direct payments for 4 hours a week during school holidays.',
];
const h = (dText: string, hText: string | null) => buildPlan({ sections: hText === null ? { D: dText } : { D: dText, H: hText } });

detectorTable(agencyProvision, 'H1', {
  passing: [
    { name: 'a "none" line beside real items', plan: h(D_NEEDS, ['No provision is required under section 2 of the Chronically Sick and Disabled Persons Act 1970.', ...H_SPECIFIED].join('\n')) },
    { name: 'short breaks quantified', plan: h(D_NEEDS, H_SPECIFIED.join('\n')) },
    {
      name: "a template's notes on each part are neither needs nor provision: a none after them agrees with D",
      plan: h(`This part records the social care needs that relate to the special educational needs of the child or young person.\n${D_NONE}`, 'This part sets out social care provision which must be made under section 2 of the Chronically Sick and Disabled Persons Act 1970.\nAny other social care provision is listed after it.\nNo social care provision is required.'),
    },
    { name: "a part's own title and the Act's name left on a line by a wrapped title are not provision lines", plan: h(D_NEEDS, ['H1 – Provision under section 2 of the Chronically', 'Sick and Disabled Persons Act 1970.', ...H_SPECIFIED, 'H2 – Any other social care provision'].join('\n')) },
    { name: 'a legend naming the Act is not a provision line', plan: h(D_NEEDS, ['This is provision made under section 2 of the Chronically Sick and Disabled Persons Act 1970.', ...H_SPECIFIED].join('\n')) },
    { name: 'none, agreeing with D', plan: h(D_NONE, 'No social care provision is required.') },
    { name: "a none under the Act's name as a lead-in line with no colon, agreeing with D", plan: h(D_NONE, 'Under section 2 of the Chronically Sick and Disabled Persons Act 1970\nNo social care provision is required, because no social care needs have been identified. If the family’s circumstances change, the council will carry out a social care assessment and this part of the plan will be amended. The family know how to contact the Children with Disabilities Team and the Family Information Service, who will give advice and information at any time.\nNo other social care provision is required at this time.') },
    { name: 'a none that says why, against a bare N/A in D', plan: h('N/A', 'No social care provision is required, because no social care needs have been identified.') },
  ],
  flagged: [
    { name: 'none, against a bare N/A in D', plan: h('N/A', 'None.'), level: 'partly', quotes: ['None.'] },
    { name: "a bare none under the part's legend, against a bare N/A in D", plan: h('N/A', 'Under section 2 of the Chronically Sick and Disabled Persons Act 1970:\nNone.\nNone.'), level: 'partly' },
    { name: 'one line unquantified', plan: h(D_NEEDS, [H_SPECIFIED[0]!, 'A personal assistant funded through direct payments.'].join('\n')), level: 'partly', quotes: ['A personal assistant funded through direct payments.'] },
    { name: 'all unquantified', plan: h(D_NEEDS, 'Short breaks as needed.\nSupport from a personal assistant.'), level: 'not_met', quotes: ['Short breaks as needed'] },
    { name: 'to be confirmed while D says none', plan: h(D_NONE, 'To be confirmed.'), level: 'partly', quotes: ['To be confirmed'] },
    { name: 'no section H', plan: h(D_NEEDS, null), level: 'not_met' },
    { name: 'a placeholder while D records needs', plan: h(D_NEEDS, 'To be confirmed.'), level: 'not_met' },
    { name: 'provision named, its amount left to be agreed, while D records needs', plan: h(D_NEEDS, 'A package of short breaks, the amount to be agreed by the resource panel.'), level: 'partly' },
    { name: 'an amount that waits on a provider ("the hours set once a provider has been found")', plan: h(D_NEEDS, [H_SPECIFIED[0]!, 'A personal assistant to support community activities, with the hours set once a provider has been found.'].join('\n')), level: 'partly', quotes: ['hours set once a provider'] },
    { name: 'details to follow is not an amount', plan: h(D_NEEDS, [H_SPECIFIED[0]!, 'Short breaks from the disabled children’s team, with details to follow once a worker is allocated.'].join('\n')), level: 'partly', quotes: ['details to follow'] },
  ],
});
