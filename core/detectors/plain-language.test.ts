import { plainLanguage } from './plain-language';
import { detectorTable } from './testing/detector-table';
import { buildPlan } from './testing/plan-builder';

const PLAIN = [
  'Ava sees a speech and language therapist (SaLT) every half term.',
  'The SaLT also trains the teaching assistant (TA).',
  'Her Special Educational Needs Co-ordinator (SENCo) meets her parents termly.',
  'Her GP and the NHS school nurse know about her asthma.',
];
const plan = (lines: readonly string[]) => buildPlan({ sections: { B: lines.join('\n') } });

detectorTable(plainLanguage, 'P1', {
  passing: [
    { name: 'acronyms spelled out on first use', plan: plan(PLAIN) },
    { name: 'capitals in a heading are not acronyms', plan: plan([...PLAIN, 'SECTION B: SPECIAL EDUCATIONAL NEEDS AND DIFFICULTIES', 'Her needs are described below.']) },
    { name: "a postcode's letters are not an acronym", plan: plan([...PLAIN, 'Ava lives at 92 Marlowe Drive, Kestrel Hythe, PQ6 8PH, with her mum.', 'Her dad lives at GQ11 6XB and her grandparents at KT3 9LW.']) },
    { name: 'a glossary explains them', plan: buildPlan({ sections: { B: 'The EP and the OT assessed Ava.', K: 'EP: educational psychologist\nOT: occupational therapist' } }) },
  ],
  flagged: [
    { name: 'a few acronyms never explained', plan: plan([...PLAIN, 'The EP and the OT assessed Ava.']), level: 'partly', quotes: ['The EP and the OT'] },
    {
      name: 'acronyms and jargon throughout',
      plan: plan(['Ava is working below ARE and has had QFT and wave 3 interventions.', 'Her WM and PSI indices on the WISC-V were below the mean.', 'CAMHS and the EP advised ELSA.']),
      level: 'not_met',
      quotes: ['working below ARE', 'WISC-V'],
    },
  ],
});
