import { preparingForAdulthood } from './preparing-for-adulthood';
import { detectorTable } from './testing/detector-table';
import { buildPlan } from './testing/plan-builder';

const PFA = [
  'By the end of Year 11, Jade will complete a one-week work experience placement in a café.',
  'By July 2027, Jade will travel independently by bus from home to college on 4 days a week.',
  'By the end of Year 11, Jade will attend a youth club with a friend once a week.',
  'By the end of Year 11, Jade will book and attend her own GP appointments with a checklist.',
];
const YOUNG = [
  'By the end of Year 4, Sam will read 50 high-frequency words.',
  'By July 2027, Sam will take turns in a game with one peer.',
];

const plan = (outcomes: readonly string[], metadata = {}, extra = {}) => buildPlan({ sections: { E: outcomes.join('\n'), ...extra }, metadata });

detectorTable(preparingForAdulthood, 'E5', {
  passing: [
    { name: 'a lead-in naming adult hopes does not make a young child\'s plan apply', plan: plan(["These outcomes build on Sam's wish to go to college and live independently.", ...YOUNG], { dateOfBirth: '2016-03-02' }, { K: 'Educational advice, 3 March 2025.' }), level: 'na' },
    { name: 'Year 10 with all four areas', plan: plan(PFA, { yearGroup: 'Year 10' }) },
    { name: 'post-19 by age', plan: plan(PFA, { yearGroup: 'Age 19' }) },
    { name: 'Year 9 from the date of birth', plan: plan(PFA, { dateOfBirth: '2012-01-15', planDate: '2025-11-01' }) },
    {
      name: 'areas as sub-headings of E',
      plan: plan(['# Employment', 'By July 2027, Jade will write a CV with her tutor.', '# Independent living', 'By July 2027, Jade will cook a simple meal.', '# Community inclusion', 'By July 2027, Jade will join a local club.', '# Health', 'By July 2027, Jade will take her medication with one reminder.'], { yearGroup: 'Year 12' }),
    },
    { name: 'Year 5: not applicable', plan: plan(YOUNG, { yearGroup: 'Year 5' }), level: 'na' },
    { name: 'Reception: not applicable', plan: plan(YOUNG, { yearGroup: 'Reception' }), level: 'na' },
    { name: 'Year 4 from the date of birth: not applicable', plan: plan(YOUNG, { dateOfBirth: '2017-03-02', planDate: '2025-11-01' }), level: 'na' },
    { name: 'no year group and nothing older: probably not applicable', plan: plan(YOUNG), level: 'na' },
    { name: 'no year group, a college student with all areas', plan: plan(PFA, {}, { I: 'Northgate College, a general further education college.' }) },
  ],
  flagged: [
    { name: 'Year 10 worked out from the date of birth and the advice dates', plan: plan([YOUNG[0]!], { dateOfBirth: '2010-01-15' }, { K: 'Educational advice, 3 March 2025.' }), level: 'not_met' },
    { name: 'Year 10 with school outcomes only', plan: plan(['By the end of Year 10, Jade will read a GCSE text with 90% accuracy.', 'By July 2027, Jade will solve two-step problems independently.'], { yearGroup: 'Year 10' }), level: 'not_met' },
    { name: 'Year 9 with no adult-life outcome at all', plan: plan(['By the end of Year 9, Jade will read a class text with 90% accuracy.', 'By July 2027, Jade will solve two-step problems independently.'], { yearGroup: 'Year 9' }), level: 'not_met' },
    { name: 'Year 11 with school outcomes that only mention a lunchtime club and food', plan: plan(['By July 2026, Jade will join a lunchtime club game for 10 minutes.', 'By July 2026, Jade will check with an adult before eating food from home.'], { yearGroup: 'Year 11' }), level: 'not_met' },
    { name: 'Year 11 missing two areas', plan: plan(PFA.slice(0, 2), { yearGroup: 'Year 11' }), level: 'partly', quotes: ['work experience', 'travel independently'] },
    { name: 'no year group, sixth form, no adult-life outcome', plan: plan(['By July 2027, Jade will read a class text with 90% accuracy.'], {}, { I: 'Jade attends the sixth form of Hill School.' }), level: 'not_met' },
    { name: 'Year 12 with no section E', plan: buildPlan({ sections: { B: 'Jade finds reading hard.' }, metadata: { yearGroup: 'Year 12' } }), level: 'not_met' },
  ],
});
