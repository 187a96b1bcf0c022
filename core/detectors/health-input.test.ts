import { healthInput } from './health-input';
import { detectorTable } from './testing/detector-table';
import { buildPlan } from './testing/plan-builder';

const G = [
  'Epilepsy review by Dr Rao, Consultant Paediatrician, City Hospital, every 6 months (next due September 2025).',
  'Individual healthcare plan written by the epilepsy nurse specialist on 3 March 2025, reviewed annually.',
];
const plan = (g: readonly string[], c = 'Ava has epilepsy (Dr Rao, Consultant Paediatrician, letter of 3 March 2025).') => buildPlan({ sections: { C: c, G: g.join('\n') } });

detectorTable(healthInput, 'G2', {
  passing: [
    { name: 'named services with dates', plan: plan(G) },
    { name: 'no provision needed; C shows the dated health advice', plan: plan(['No health provision is required.']) },
    { name: "a template's notes on the part are not lines of it", plan: plan(['Health provision recorded here is the provision reasonably required by the child’s learning difficulties.', 'It is arranged and funded by the NHS through the Integrated Care Board for the area.', ...G]) },
  ],
  flagged: [
    { name: 'named but never dated', plan: plan(['Epilepsy review by the Consultant Paediatrician every 6 months.', 'Healthcare plan written by the epilepsy nurse, reviewed annually.']), level: 'partly', quotes: ['Epilepsy review by the Consultant Paediatrician'] },
    { name: 'no service named', plan: plan(['Epilepsy will be reviewed every 6 months.', 'A healthcare plan will be written and reviewed annually.']), level: 'not_met', quotes: ['Epilepsy will be reviewed'] },
    { name: 'half the lines name no service and nothing is dated', plan: plan(['Inhaler as required.', 'Asthma review with the practice nurse once a year.']), level: 'not_met', quotes: ['Inhaler as required.'] },
    { name: 'G says none and C is only notes and a placeholder', plan: plan(['None.'], 'Doctors and other health professionals keep their own fuller records of a child’s health. To be completed by health.'), level: 'not_met' },
    { name: 'no section G', plan: buildPlan({ sections: { C: 'Ava has epilepsy.' } }), level: 'not_met' },
  ],
});
