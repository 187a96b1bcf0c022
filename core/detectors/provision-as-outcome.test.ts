import { provisionAsOutcome } from './provision-as-outcome';
import { detectorTable } from './testing/detector-table';
import { buildPlan } from './testing/plan-builder';

const OUTCOMES = [
  'By the end of Year 8, Leo will read a page of a class text aloud with 95% accuracy.',
  'By July 2027, Leo will start a conversation with a peer at break time on 3 days a week.',
  'By the end of Key Stage 3, Leo will use a calming strategy when upset without adult prompting.',
  'Within 12 months, Leo will get dressed and undressed for PE independently.',
  'By the end of Year 8, Leo will attend school on at least 95% of days.',
  'By the end of the year, Leo will be able to access his learning using a laptop for extended writing.',
];

const plan = (outcomes: readonly string[]) => buildPlan({ sections: { E: outcomes.join('\n') } });
const swap = (i: number, line: string) => OUTCOMES.map((l, j) => (j === i ? line : l));

detectorTable(provisionAsOutcome, 'E2', {
  passing: [
    { name: 'six achievements', plan: plan(OUTCOMES) },
    { name: 'supported achievement is still achievement', plan: plan(swap(2, 'With a visual prompt card, Leo will ask an adult for help in 4 out of 5 lessons.')) },
    { name: 'a quoted wish', plan: plan(swap(1, 'Leo said "I want to have access to the computer club" and by July 2027 he will join the club and attend weekly.')) },
    { name: 'using his own strategies', plan: plan(swap(2, 'By July 2027, Leo will have access to his own calm box and choose to use it when upset.')) },
  ],
  flagged: [
    { name: 'one "will receive"', plan: plan(swap(1, 'Leo will receive speech and language therapy weekly.')), level: 'partly', quotes: ['will receive speech'] },
    { name: 'one "will attend a group"', plan: plan(swap(3, 'Leo will attend a weekly social skills group.')), level: 'partly', quotes: ['will attend a weekly social skills group'] },
    {
      name: 'outcomes that list provision',
      plan: plan([
        'Leo will have access to a quiet space when anxious.',
        'Leo will be supported by a teaching assistant in literacy lessons.',
        'Leo will be given a visual timetable.',
        'Staff will provide movement breaks every hour.',
        OUTCOMES[0]!,
      ]),
      level: 'not_met',
      quotes: ['will have access to a quiet space', 'will be supported by a teaching assistant', 'will be given a visual timetable', 'Staff will provide'],
    },
    { name: 'no section E', plan: buildPlan({ sections: { F: 'Weekly therapy.' } }), level: 'not_met' },
  ],
});
