import { adviceListed } from './advice-listed';
import { detectorTable } from './testing/detector-table';
import { buildPlan } from './testing/plan-builder';

const FULL = [
  'Parental advice: Ms Claire Jones (mother), 14 January 2025.',
  'Educational advice: Mrs Patel, SENCo, Oak Primary School, 20 January 2025.',
  'Psychological advice: Dr Lee, Educational Psychologist, 3 February 2025.',
  'Health advice: Dr Rao, Community Paediatrician, 10 February 2025.',
  'Social care advice: Sam Green, Social Worker, Children with Disabilities Team, 12 February 2025.',
];
const k = (lines: readonly string[]) => buildPlan({ sections: { K: lines.join('\n') } });

detectorTable(adviceListed, 'K1', {
  passing: [
    { name: 'every kind, with authors and dates', plan: k(FULL) },
    {
      name: 'a table read cell by cell',
      plan: k(['Educational advice', 'Mrs Patel, SENCo', '20/01/2025', 'Psychological advice', 'Dr Lee, Educational Psychologist', '03/02/2025', 'Health advice', 'Dr Rao, Paediatrician', '10/02/2025', 'Social care advice', 'Sam Green, Social Worker', '12/02/2025']),
    },
    {
      name: "each item's date in a column beside it, read as its sub-heading",
      plan: k(FULL.flatMap((l) => { const date = /\d+ \w+ 2025/.exec(l)![0]; return [`# ${date}`, l.replace(`, ${date}`, '')]; })),
    },
  ],
  flagged: [
    { name: 'psychological and social care advice missing', plan: k(FULL.filter((l) => !/Psychological|Social care/.test(l))), level: 'partly', quotes: ['Educational advice'] },
    { name: 'titles only', plan: k(['Parental advice', 'Educational advice', 'Psychological advice', 'Health advice', 'Social care advice']), level: 'not_met', quotes: ['Educational advice'] },
    { name: 'undated', plan: k(FULL.map((l) => l.replace(/, \d+ \w+ 2025/, ''))), level: 'partly' },
    { name: 'a placeholder', plan: k(['See attached reports.']), level: 'not_met', quotes: ['See attached reports'] },
    { name: 'no section K', plan: buildPlan({ sections: { B: 'Noah finds reading hard.' } }), level: 'not_met' },
  ],
});
