import { goldenThread } from './golden-thread';
import { detectorTable } from './testing/detector-table';
import { buildPlan } from './testing/plan-builder';

const A = ['Noah wants to be a vet when he grows up and loves animals.', 'Noah would like to have friends to play football with.'];
const B = [
  'Noah has difficulty decoding unfamiliar words and his phonics knowledge is at phase 3.',
  'Noah struggles to join in conversations with peers and to take turns in games.',
  'Noah becomes anxious at transitions and leaves the classroom when lessons change.',
  'Noah has weak fine motor control, so his handwriting is slow and hard to read.',
];
const F = [
  'Daily 1:1 phonics and decoding practice (phase 3 to 4) with a trained teaching assistant for 15 minutes.',
  'Small group turn-taking games and conversation practice with two peers, twice weekly.',
  'A visual timetable and a five-minute warning before each transition, with a calm room if anxious.',
  'Fine motor programme from the occupational therapist, 10 minutes daily, and a sloped board for handwriting.',
];
const E = [
  'By July 2027, Noah will decode unfamiliar words using phase 4 phonics with 90% accuracy.',
  'By July 2027, Noah will take turns in a conversation with a peer for 3 exchanges.',
  'By July 2027, Noah will manage transitions between lessons without leaving the classroom on 4 out of 5 days.',
  'By July 2027, Noah will write a sentence legibly with improved fine motor control.',
];
const plan = (edit: { a?: string[]; b?: string[]; e?: string[]; f?: string[] } = {}) =>
  buildPlan({ metadata: { name: 'Noah Smith' }, sections: { A: (edit.a ?? A).join('\n'), B: (edit.b ?? B).join('\n'), E: (edit.e ?? E).join('\n'), F: (edit.f ?? F).join('\n') } });

detectorTable(goldenThread, 'B4', {
  passing: [
    {
      name: 'needs printed straight after a strengths heading, and their evidence in cells of their own',
      plan: plan({ b: ['# Strengths', 'Noah is good at building models.', ...B.flatMap((l) => [l, 'An assessment by the specialist teacher on 3 March 2025 confirmed this.'])] }),
    },
    {
      name: 'need and provision in different words of one family (handwriting, typing)',
      plan: buildPlan({ sections: { B: 'Noah finds handwriting slow and tiring and often leaves written work unfinished.', F: 'A touch-typing course on a laptop, three times a week for 15 minutes.' } }),
    },
    { name: 'each need has matching provision', plan: plan() },
    { name: 'a strengths paragraph is not a need to provide for', plan: plan({ b: ['Strengths: Noah is good at building models and enjoys art.', ...B] }) },
    { name: 'nor is a strengths sub-block', plan: plan({ b: ['# Strengths', 'Noah is good at building models and enjoys art.', '# Needs', ...B] }) },
    {
      name: 'a need met by the provision of its area as a whole',
      plan: buildPlan({
        sections: {
          B: ['@semh Noah becomes anxious at transitions and withdraws from adults.', '@cl Noah has difficulty decoding words.'].join('\n'),
          F: ['@semh Emotion coaching with his keyworker each morning.', '@semh Transition warnings and a calm space.', '@cl Daily decoding practice with phonics cards.'].join('\n'),
        },
      }),
    },
  ],
  flagged: [
    { name: 'one need with no provision', plan: plan({ f: F.slice(0, 3) }), level: 'partly', quotes: ['fine motor control'] },
    { name: 'most needs with no provision', plan: plan({ f: [F[0]!] }), level: 'not_met', quotes: ['conversations with peers', 'anxious at transitions'] },
    { name: 'no section F', plan: buildPlan({ sections: { B: B.join('\n') } }), level: 'not_met' },
  ],
});

detectorTable(goldenThread, 'F3', {
  passing: [{ name: 'each provision line tied to a need or outcome', plan: plan() }],
  flagged: [
    { name: 'one unrelated provision line', plan: plan({ f: [...F, 'Weekly horse riding lessons at the local stables with an instructor.'] }), level: 'partly', quotes: ['horse riding'] },
    {
      name: 'provision unrelated to needs or outcomes',
      plan: plan({ f: ['Weekly horse riding lessons at the local stables with an instructor.', 'Swimming club membership paid termly.', F[0]!] }),
      level: 'not_met',
      quotes: ['horse riding', 'Swimming club'],
    },
  ],
});

detectorTable(goldenThread, 'E3', {
  passing: [
    {
      name: 'a health outcome traced to the need in C',
      plan: buildPlan({ metadata: { name: 'Noah Smith' }, sections: { A: A.join('\n'), B: B.join('\n'), C: 'Noah has eczema, diagnosed by his GP in 2023, and needs his emollient cream at lunchtime.', E: [...E, 'By July 2027, Noah will apply his own emollient cream at lunchtime with one prompt.'].join('\n') } }),
    },
    { name: 'a line tied by an explicit reference to an outcome', plan: plan({ f: [...F, 'A weekly check-in with a named adult on Monday mornings. (Outcome 3)'] }) },
    { name: 'each outcome traced to a need', plan: plan() },
    { name: 'an outcome traced to an aspiration', plan: plan({ e: [...E, 'By July 2027, Noah will spend time helping care for animals at the school farm as a step towards being a vet.'] }) },
  ],
  flagged: [
    { name: 'one outcome from nowhere', plan: plan({ e: [...E, 'By July 2027, Noah will swim 25 metres unaided in the pool.'] }), level: 'partly', quotes: ['swim 25 metres'] },
    {
      name: 'outcomes unrelated to needs or aspirations',
      plan: plan({ e: ['By July 2027, Noah will swim 25 metres unaided in the pool.', 'By July 2027, Noah will recite the days of the week in French.', E[0]!] }),
      level: 'not_met',
      quotes: ['swim 25 metres', 'French'],
    },
  ],
});
