import { adviceCurrent } from './advice-current';
import { detectorTable } from './testing/detector-table';
import { buildPlan } from './testing/plan-builder';

const K = [
  'Educational advice: Mrs Patel, SENCo, 20 January 2025.',
  'Psychological advice: Dr Lee, Educational Psychologist, 3 February 2025.',
  'Health advice: Dr Rao, Community Paediatrician, 10/02/2025.',
  'Social care advice: Sam Green, Social Worker, 12 February 2025.',
];
const k = (lines: readonly string[], planDate: string | null = '2025-03-15') => buildPlan({ sections: { K: lines.join('\n') }, metadata: { planDate } });
const swap = (i: number, line: string) => K.map((l, j) => (j === i ? line : l));

detectorTable(adviceCurrent, 'K2', {
  passing: [
    { name: 'all advice within the year', plan: k(K) },
    { name: 'exactly twelve months old is still current', plan: k(swap(1, 'Psychological advice: Dr Lee, Educational Psychologist, 15 March 2024.')) },
    {
      name: 'old advice with the reason it still stands',
      plan: k([...swap(1, 'Psychological advice: Dr Lee, Educational Psychologist, 3 October 2023.'), 'The psychological advice is over a year old; Dr Lee reviewed it in February 2025 and confirmed that it still describes his needs.']),
    },
    { name: 'no plan date: cannot judge', plan: k(K, null), level: 'na' },
  ],
  flagged: [
    { name: 'one item older than a year', plan: k(swap(1, 'Psychological advice: Dr Lee, Educational Psychologist, 3 October 2023.')), level: 'partly', quotes: ['3 October 2023'] },
    {
      name: 'all advice old',
      plan: k(K.map((l) => l.replace('2025', '2023').replace('10/02/2025', '10/02/2023'))),
      level: 'not_met',
      quotes: ['20 January 2023', '3 February 2023'],
    },
    { name: 'nothing dated', plan: k(['Educational advice: Mrs Patel, SENCo.', 'Health advice: Dr Rao.']), level: 'not_met' },
    { name: 'no section K', plan: buildPlan({ sections: { B: 'Noah finds reading hard.' } }), level: 'not_met' },
  ],
});
