import { smartOutcomes } from './smart-outcomes';
import { detectorTable } from './testing/detector-table';
import { buildPlan } from './testing/plan-builder';

const SMART = [
  'By the end of Year 6, Maya will read 100 high-frequency words accurately.',
  'By July 2027, Maya will write three sentences using capital letters and full stops independently.',
  'Within 12 months, Maya will ask an adult for help in 4 out of 5 lessons without adult prompting.',
  'By the end of Key Stage 2, Maya will travel between lessons with her peers without adult support.',
  'By the end of the academic year, Maya will name two calming strategies and use one when upset on most occasions.',
  'By her next annual review, Maya will sustain attention on a task for 10 minutes.',
];

const plan = (outcomes: readonly string[], lead = '') => buildPlan({ sections: { E: [lead, ...outcomes].join('\n') }, outcomes });
const swap = (i: number, line: string) => SMART.map((l, j) => (j === i ? line : l));

detectorTable(smartOutcomes, 'E1', {
  passing: [
    {
      name: 'a time frame cut off by a comma at the end of a table line',
      plan: buildPlan({ sections: { E: 'x' }, outcomes: ['E1: Within twelve months, by July 2026,', 'Maya will read 100 high-frequency words accurately.', SMART[1]!] }),
    },
    { name: 'a lead-in restating hopes is not an outcome', plan: plan(SMART, "These outcomes build on Maya's hopes, including her wish to be a vet.") },
    {
      name: "a numbered paragraph saying when a kind of outcome starts is no outcome (a schedule's \"95. Outcomes ... from Year 9\")",
      plan: plan([...SMART, '95. Outcomes for preparing for adulthood will be set out in this plan from Year 9; Maya is in Year 1.']),
    },
    {
      name: 'an outcome broken across table lines',
      plan: buildPlan({ sections: { E: 'x' }, outcomes: ['By the end of Key Stage 2 (July', '2027), Maya will read 100 high-frequency', 'words accurately.', SMART[1]!] }),
    },
    { name: 'a label cell with the outcome beside it', plan: buildPlan({ sections: { E: 'x' }, outcomes: ['Outcome 1 | By July 2027, Maya will read 100 words accurately.', SMART[1]!] }) },
    { name: 'six SMART outcomes', plan: plan(SMART) },
    { name: 'an aspiration set over the outcomes is not one of them', plan: plan(['Long-term aspiration: In the long term, Maya will be able to share her ideas confidently with anyone.', ...SMART]) },
    {
      name: 'a time frame printed once for all outcomes',
      plan: plan(
        ['Maya will read 100 high-frequency words accurately.', 'Maya will write three sentences independently.', 'Maya will ask for help in 4 out of 5 lessons.'],
        'The outcomes below are to be achieved by the end of Key Stage 2.',
      ),
    },
    { name: 'an observable outcome with no numbers', plan: plan(swap(3, 'By the end of Year 6, Maya will write her name and address on a form.')) },
    {
      name: 'a "by when" table cell that came out as an item of its own',
      plan: buildPlan({ sections: { E: 'x' }, outcomes: ['Maya will read 100 high-frequency words accurately.', 'July 2027', 'Maya will write three sentences independently.', 'By July 2027'] }),
    },
    {
      name: 'a "by when" column read as a step',
      plan: buildPlan({ sections: { E: 'x' }, outcomes: ['Maya will read 100 high-frequency words accurately. | July 2027; Read 50 words by Christmas', 'Maya will write three sentences independently. | By the end of Year 6'] }),
    },
  ],
  flagged: [
    { name: 'one vague outcome', plan: plan(swap(2, 'Maya will improve her communication skills.')), level: 'partly', quotes: ['improve her communication skills'] },
    { name: 'the year in the time frame is not a measure', plan: plan(swap(0, 'By the end of Year 6, Maya will make progress in reading.')), level: 'partly', quotes: ['make progress in reading'] },
    { name: "the outcome's number is not a measure", plan: plan(swap(1, 'Outcome 2: By July 2026, Maya will improve her reading.')), level: 'partly', quotes: ['Outcome 2: By July 2026, Maya will improve her reading'] },
    { name: 'measurable but never timed', plan: plan(swap(1, 'Maya will write three sentences using capital letters and full stops independently.')), level: 'partly', quotes: ['write three sentences'] },
    {
      name: 'mostly vague outcomes',
      plan: plan([
        'Maya will develop her social skills.',
        'Maya will feel more confident in class.',
        'Maya will make good progress in literacy.',
        'Maya will be supported to manage her emotions.',
        SMART[0]!,
      ]),
      level: 'not_met',
      quotes: ['develop her social skills', 'feel more confident', 'make good progress'],
    },
    { name: 'no section E', plan: buildPlan({ sections: { B: 'Maya finds reading hard.' } }), level: 'not_met' },
  ],
});
