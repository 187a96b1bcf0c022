import { quantifiedProvision } from './quantified-provision';
import { detectorTable } from './testing/detector-table';
import { buildPlan } from './testing/plan-builder';

const SOUND = [
  'Daily 1:1 precision teaching of phonics with a trained teaching assistant for 15 minutes.',
  'Speech and language therapy delivered by a Speech and Language Therapist, 6 sessions of 45 minutes each term.',
  'Social communication group (maximum 4 pupils) led by the SENCo, twice weekly.',
  'A visual timetable used in every lesson, prepared by the class teacher.',
  'A movement break every hour, supervised by a named adult.',
  'Pre-teaching of topic vocabulary by the class TA, three times a week for 20 minutes.',
  'Emotional literacy support with a trained ELSA once a week over two terms.',
  'Sensory circuit run by a teaching assistant at the start of each school day.',
];

const plan = (lines: readonly string[]) => buildPlan({ sections: { F: lines.join('\n') } });
const swap = (i: number, line: string) => SOUND.map((l, j) => (j === i ? line : l));

detectorTable(quantifiedProvision, 'F1', {
  passing: [
    { name: 'a sentence about the plan itself is not a provision line', plan: plan(['From Year 9, Sam’s plan looks ahead to adult life: work or further study, living independently, friends and community, and good health.', ...SOUND.slice(0, 4)]) },
    { name: 'eight quantified lines', plan: plan(SOUND) },
    { name: 'the statute\'s duty printed over the part is not a provision line', plan: plan(['The local authority shall secure the special educational provision specified in this Section.', ...SOUND.slice(0, 4)]) },
    { name: 'hours a week and a ratio', plan: plan(swap(0, '25 hours per week of support from a teaching assistant, 1:1 in literacy and numeracy lessons.')) },
    { name: 'universal provision "in all lessons"', plan: plan(swap(3, 'Instructions chunked and backed by visuals by all staff in all lessons.')) },
    { name: 'a word-number block', plan: plan(swap(6, 'A block of six Lego therapy sessions with a trained teaching assistant.')) },
    {
      name: 'table cells for who and how often come as items of their own',
      plan: buildPlan({ sections: { F: 'x' }, provision: { F: ['Phonics teaching using a structured programme', 'Teaching assistant', '3 x weekly', 'Social skills group with peers', 'SENCo', 'Weekly, 30 minutes'] } }),
    },
  ],
  flagged: [
    { name: 'one line with no amount', plan: plan(swap(2, 'A social communication group led by the SENCo.')), level: 'partly', quotes: ['social communication group'] },
    { name: 'two of eight with no amount', plan: plan(swap(2, 'Social skills support from school staff.').map((l, j) => (j === 6 ? 'Emotional literacy work with a trained ELSA.' : l))), level: 'partly', quotes: ['Social skills support', 'Emotional literacy work'] },
    {
      name: 'nothing quantified',
      plan: plan([
        'Support with literacy from a teaching assistant.',
        'Speech and language therapy.',
        'Help to manage his emotions.',
        'A visual timetable used in every lesson, prepared by the class teacher.',
      ]),
      level: 'not_met',
      quotes: ['Support with literacy', 'Speech and language therapy', 'Help to manage'],
    },
    {
      name: 'quantified, but nobody named to deliver it',
      plan: plan(['Phonics for 15 minutes daily.', 'Speech and language sessions weekly for 30 minutes.', 'Movement break every hour.', 'Social skills group of 4, twice weekly.']),
      level: 'partly',
      quotes: ['Phonics for 15 minutes daily'],
    },
    {
      name: 'a review column is not an amount ("Not specified | School | Reviewed termly against E1")',
      plan: plan(['Modified materials. Not specified. School. Reviewed termly against E1.', 'Visits from the vision support teacher. Not specified. School. Reviewed termly against E1.', 'Resources on the desk. School. Reviewed at each annual review.']),
      level: 'not_met',
      quotes: ['Modified materials', 'Visits from the vision support teacher'],
    },
    { name: 'no section F', plan: buildPlan({ sections: { B: 'He has difficulties with reading.' } }), level: 'not_met' },
    { name: 'an empty section F', plan: buildPlan({ sections: { F: 'Provision:' } }), level: 'not_met' },
  ],
});
