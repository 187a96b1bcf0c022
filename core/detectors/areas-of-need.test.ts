import { areasOfNeed } from './areas-of-need';
import { detectorTable } from './testing/detector-table';
import { buildPlan } from './testing/plan-builder';

const CI = ['# Communication and interaction', 'Noah uses short phrases and understands two-part instructions.'];
const CL = ['# Cognition and learning', 'Noah reads at a Year 1 level and finds number bonds hard.'];
const SEMH = ['# Social, emotional and mental health', 'Noah becomes anxious at transitions.'];
const SP = ['# Sensory and/or physical', 'Noah has no identified needs in this area.'];
const plan = (...blocks: string[][]) => buildPlan({ sections: { B: blocks.flat().join('\n') } });

detectorTable(areasOfNeed, 'B1', {
  passing: [
    { name: 'an area whose heading was lost still described in untagged text', plan: buildPlan({ sections: { B: ['@ci Noah uses short phrases.', '@cl Noah reads at a Year 1 level.', 'Noah becomes anxious and his self-esteem is low.', 'Noah has no sensory or physical needs.'].join('\n') } }) },
    { name: 'all four areas as headings', plan: plan(CI, CL, SEMH, SP) },
    {
      name: 'areas tagged by a golden-thread table',
      plan: buildPlan({ sections: { B: ['@ci Noah uses short phrases.', '@cl Noah reads at a Year 1 level.', '@semh Noah becomes anxious.', '@sp Not applicable.'].join('\n') } }),
    },
    {
      name: 'areas as lead-ins and other wordings',
      plan: plan(['Speech, language and communication: Noah uses short phrases.'], ['Learning: Noah reads at a Year 1 level and finds number bonds hard.'], ['Emotional wellbeing - Noah becomes anxious at transitions.'], ['# Physical and sensory needs', 'None identified.']),
    },
  ],
  flagged: [
    { name: 'one area left out', plan: plan(CI, CL, SEMH), level: 'partly', quotes: ['Communication and interaction'] },
    { name: 'two areas left out', plan: plan(CI, SEMH), level: 'not_met' },
    {
      name: 'needs not set out by area at all',
      plan: plan(['Noah finds reading and writing hard and becomes anxious when he cannot keep up.', 'His speech is unclear.']),
      level: 'partly',
    },
    { name: 'a single need, no areas', plan: plan(['Noah finds reading hard.']), level: 'not_met' },
    { name: 'no section B', plan: buildPlan({ sections: { A: 'I like trains.' } }), level: 'not_met' },
  ],
});
