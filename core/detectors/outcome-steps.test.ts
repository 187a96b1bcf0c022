import { outcomeSteps } from './outcome-steps';
import { detectorTable } from './testing/detector-table';
import { buildPlan } from './testing/plan-builder';

const WITH_STEPS = [
  'By July 2027, Maya will read 100 high-frequency words. | By the end of this term, Maya will read 30 words; By Easter, Maya will read 60 words',
  'By July 2027, Maya will write three sentences. | By Christmas, Maya will write one sentence with a capital letter',
  'By July 2027, Maya will ask for help in class. | By the end of the spring term, Maya will use a help card',
];
const plan = (outcomes: readonly string[]) => buildPlan({ sections: { E: 'x' }, outcomes });
const bare = (i: number) => WITH_STEPS[i]!.split(' | ')[0]!;

detectorTable(outcomeSteps, 'E4', {
  passing: [
    { name: 'steps printed inline after the outcome', plan: plan([`${bare(0)} Steps: By the end of this term, Maya will read 30 words.`, `${bare(1)} Steps: By Christmas, Maya will write one sentence.`]) },
    { name: 'a "Steps for this year" row under each outcome', plan: plan([bare(0), 'Steps for this year | By the end of this term, Maya will read 30 words', bare(1), 'Steps for this year | By Christmas, Maya will write one sentence']) },
    { name: 'every outcome has steps', plan: plan(WITH_STEPS) },
    { name: 'steps cut out as outcomes of their own', plan: plan([bare(0), 'By the end of this term, Maya will read 30 words.', bare(1), 'By Christmas, Maya will write one sentence.']) },
    { name: 'steps as loose passages of E', plan: buildPlan({ sections: { E: [bare(0), 'Short-term target: read 30 words by Christmas.', bare(1), 'Step 1: write one sentence by Easter.'].join('\n') }, outcomes: [bare(0), bare(1)] }) },
  ],
  flagged: [
    { name: 'one outcome without steps', plan: plan([WITH_STEPS[0]!, WITH_STEPS[1]!, bare(2)]), level: 'partly', quotes: ['ask for help in class'] },
    { name: 'a "by when" cell is not a step', plan: plan([`${bare(0)} | July 2027`, `${bare(1)} | July 2027`]), level: 'not_met', quotes: ['read 100 high-frequency words'] },
    { name: 'no steps anywhere', plan: plan([bare(0), bare(1), bare(2)]), level: 'not_met' },
  ],
});
