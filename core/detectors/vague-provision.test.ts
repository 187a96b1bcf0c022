import { detectorTable } from './testing/detector-table';
import { buildPlan } from './testing/plan-builder';
import { vagueProvision } from './vague-provision';

const SOUND = [
  'Daily 1:1 precision teaching of phonics with a trained teaching assistant for 15 minutes.',
  'Speech and language therapy delivered by a Speech and Language Therapist, 6 sessions of 45 minutes each term.',
  'A small group (maximum 4 pupils) social communication session led by the SENCo, twice weekly for 30 minutes.',
  'Visual timetable used in every lesson, prepared weekly by the class teacher.',
  'A 10-minute movement break every hour, supervised by a named adult.',
  'Pre-teaching of key topic vocabulary by the class teaching assistant, three times a week for 20 minutes.',
  'Emotional literacy support sessions with a trained ELSA once a week for 30 minutes over two terms.',
  'Termly review of the sensory diet by the Occupational Therapist, with written advice to staff.',
];

const plan = (lines: readonly string[]) => buildPlan({ sections: { F: lines.join('\n') } });
const swap = (i: number, line: string) => SOUND.map((l, j) => (j === i ? line : l));

detectorTable(vagueProvision, 'F2', {
  passing: [
    { name: 'eight quantified lines', plan: plan(SOUND) },
    { name: 'wheelchair access is a fact, not a hedge', plan: plan(swap(3, 'Wheelchair access to the hall and dining room at all times, with a ramp fitted by the school.')) },
    { name: 'May as a month', plan: plan(swap(4, 'From 6 May 2026 a 10-minute movement break every hour, supervised by a named adult.')) },
    { name: 'May 2026 as a month', plan: plan(swap(4, 'By May 2026 the class teacher will run a 10-minute movement break every hour.')) },
    { name: 'a quoted view is not the plan hedging', plan: plan(swap(1, 'Speech and language therapy twice weekly for 30 minutes with a Speech and Language Therapist; Sam says "I should practise my words".')) },
    { name: 'conditional "should he become distressed" with a set response', plan: plan(swap(4, 'Should he become distressed, a named adult will take him to the calm room for 10 minutes.')) },
    { name: 'up to date records are not "up to"', plan: plan(swap(7, 'The SENCo keeps an up to date one-page profile, shared with all staff each term.')) },
    { name: 'regular class teacher is not a frequency', plan: plan(swap(3, 'His regular class teacher prepares a visual timetable for every lesson.')) },
    { name: 'words containing a vague word are not vague ("mayor", "shoulder")', plan: plan(swap(4, 'A daily 10-minute shoulder and core strengthening programme run by a trained assistant.')) },
  ],
  flagged: [
    { name: 'one "access to" among eight', plan: plan(swap(2, 'Access to a small group for social skills.')), level: 'partly', quotes: ['Access to a small group'] },
    { name: 'one "as required"', plan: plan(swap(4, 'Movement breaks as required.')), level: 'partly', quotes: ['as required'] },
    { name: 'a hedge kept beside quantities ("up to")', plan: plan(swap(1, 'Up to 6 sessions of speech and language therapy each term.')), level: 'partly', quotes: ['Up to 6 sessions'] },
    { name: 'two hedges among eight', plan: plan(swap(0, 'Phonics teaching where possible, 15 minutes.').map((l, j) => (j === 5 ? 'Staff should pre-teach vocabulary.' : l))), level: 'partly', quotes: ['where possible', 'should pre-teach'] },
    {
      name: 'vague wording throughout',
      plan: plan([
        'Access to speech and language therapy.',
        'Regular opportunities to work in a small group.',
        'Adult support as appropriate.',
        'He may benefit from a movement break.',
        'Visual timetable used in every lesson, prepared weekly by the class teacher.',
      ]),
      level: 'not_met',
      quotes: ['Access to speech', 'Regular opportunities', 'as appropriate', 'may benefit'],
    },
    {
      name: 'half the lines hedge',
      plan: plan(SOUND.map((l, j) => (j % 2 === 0 ? `${l.replace(/\.$/, '')} where possible.` : l))),
      level: 'not_met',
      quotes: ['where possible'],
    },
    { name: 'no provision at all', plan: buildPlan({ sections: { A: 'I like Lego.' } }), level: 'not_met' },
  ],
});
