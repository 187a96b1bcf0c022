import { agencyNeeds } from './agency-needs';
import { detectorTable } from './testing/detector-table';
import { buildPlan } from './testing/plan-builder';

const C_SOURCED = [
  'Ava has epilepsy, diagnosed by Dr Rao, Consultant Paediatrician, City Hospital (clinic letter of 3 March 2025).',
  'She has asthma, managed by her GP; the school nursing team confirmed her inhaler plan in February 2025.',
];
const c = (lines: readonly string[]) => buildPlan({ sections: { C: lines.join('\n') } });
const d = (lines: readonly string[]) => buildPlan({ sections: { D: lines.join('\n') } });

detectorTable(agencyNeeds, 'C1', {
  passing: [
    { name: 'a follow-up about the same condition shares its source', plan: c(['Ava has a severe allergy to peanuts, confirmed by the Paediatric Allergy Clinic on 3 March 2025.', 'She carries two adrenaline auto-injectors and has a written allergy action plan.']) },
    { name: 'needs with services and dates', plan: c(C_SOURCED) },
    { name: 'none, after named health advice', plan: c(['No health needs were identified in the health advice from the community paediatric team (12 February 2025).']) },
  ],
  flagged: [
    { name: 'one need without a source', plan: c([C_SOURCED[0]!, 'Ava also has eczema which flares up in the summer months.']), level: 'partly', quotes: ['eczema'] },
    { name: 'a condition named as an adjective ("is dyslexic"), with no source', plan: c(['Ava is dyslexic.', ...C_SOURCED]), level: 'partly', quotes: ['Ava is dyslexic'] },
    { name: 'a bare N/A', plan: c(['N/A']), level: 'not_met', quotes: ['N/A'] },
    { name: 'none, with no advice named', plan: c(['There are no health needs.']), level: 'partly', quotes: ['no health needs'] },
    { name: 'a placeholder', plan: c(['To be confirmed.']), level: 'not_met', quotes: ['To be confirmed'] },
    { name: 'sources named but never dated', plan: c(['Ava has epilepsy, diagnosed by the Consultant Paediatrician at City Hospital.', 'Her GP manages her asthma.']), level: 'partly' },
    { name: 'needs with no sources at all', plan: c(['Ava has epilepsy and has seizures most days.', 'Ava also has eczema which flares up in the summer months.']), level: 'not_met' },
    { name: 'no section C', plan: buildPlan({ sections: { B: 'Ava finds reading hard.' } }), level: 'not_met' },
  ],
});

detectorTable(agencyNeeds, 'D1', {
  passing: [
    { name: 'needs described', plan: d(['Ava lives with her mother and two brothers. Her mother is a single parent and has asked for a break from caring at weekends.']) },
    { name: 'none, backed by social care advice', plan: d(["Children's Social Care (Children with Disabilities Team) assessed the family in January 2025 and found no social care needs."]) },
  ],
  flagged: [
    { name: 'a bare N/A', plan: d(['N/A']), level: 'not_met', quotes: ['N/A'] },
    { name: 'none, not backed by advice', plan: d(['Ava has no social care needs at present.']), level: 'partly', quotes: ['no social care needs'] },
    { name: 'empty', plan: d(['']), level: 'not_met' },
    { name: 'no section D', plan: buildPlan({ sections: { B: 'Ava finds reading hard.' } }), level: 'not_met' },
  ],
});
