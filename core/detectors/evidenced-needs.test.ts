import { evidencedNeeds } from './evidenced-needs';
import { detectorTable } from './testing/detector-table';
import { buildPlan } from './testing/plan-builder';

const CI = ['# Communication and interaction', 'The Speech and Language Therapist assessed Noah in January 2025 (CELF-5): his receptive language is below the 2nd percentile.', 'He follows two-part instructions but not three.'];
const CL = ['# Cognition and learning', 'Noah reads 40 high-frequency words and his reading age is 6 years 2 months (YARC, March 2025).'];
const SEMH = ['# Social, emotional and mental health', 'The educational psychologist observed that Noah becomes anxious at transitions and leaves the room about twice a day.'];
const SP = ['# Sensory and/or physical', 'No needs have been identified in this area.'];
const plan = (...blocks: string[][]) => buildPlan({ sections: { B: blocks.flat().join('\n') } });

detectorTable(evidencedNeeds, 'B2', {
  passing: [
    {
      name: 'a lead-in about the part itself is not a need',
      plan: plan(['Each outcome below was agreed with Noah and his family, grows out of a need set out in this plan and moves Noah towards his hopes.', '# @cl Cognition and learning', 'Noah finds reading hard and cannot decode unfamiliar words.', 'An assessment by the specialist teacher on 5 May 2025 found a standard score of 76.']),
    },
    {
      name: 'evidence in the passage after the need, strengths left aside',
      plan: plan(['# @cl Cognition and learning', 'Strengths: Noah reasons well when things are in front of him.', 'Noah finds reading hard and cannot decode unfamiliar words.', 'An assessment by the specialist teacher on 5 May 2025 found a standard score of 76.', 'In class this means he cannot read worksheets.']),
    },
    { name: 'each area backed by scores or named, dated sources', plan: plan(CI, CL, SEMH, SP) },
    {
      name: 'progress told as a strength under a strengths heading is not a need ("can name when he feels worried")',
      plan: plan(['# @semh Social, emotional and mental health', '# Strengths', 'Noah can name when he feels worried and is beginning to use a worry box with his key adult.', '# Worries', 'Noah becomes anxious at transitions and leaves the room about twice a day.', 'The educational psychologist observed this on 3 March 2025.']),
    },
    {
      name: 'progress under a "What I can already do" heading is not a need',
      plan: plan(['# @semh Social, emotional and mental health', '# What I can already do', 'Dara can name when she feels worried and is beginning to use a worry box with her key adult.', '# Worries', 'Noah becomes anxious at transitions and leaves the room about twice a day.', 'The educational psychologist observed this on 3 March 2025.']),
    },
    {
      name: "strengths as \"What I'm good at:\" or a numbered \"6. Strengths:\" paragraph are not needs",
      plan: plan(['# @ci Communication and interaction', "What I'm good at: Noah chats easily with adults he knows, though he still struggles with new people.", '6. Strengths: Noah is proud of his drawing, though he finds it hard to show it.', ...CI.slice(1)]),
    },
    {
      name: 'a need and, in the next cell, its evidence that restates it',
      plan: plan(['# @ci Communication and interaction', 'Noah struggles to understand long or complex spoken instructions in class.', 'On 18 July 2025 the speech and language therapist assessed Noah and found he struggles with complex sentences (CELF-5 standard score 75).']),
    },
    {
      name: "a 'What is going well.' lead-in opens strengths, not a need",
      plan: plan(['# @ci Communication and interaction', 'What is going well. Noah has an excellent memory for facts; he still struggles when he has to talk to new people.', 'Noah finds it hard to follow instructions of three parts (CELF-5, speech and language therapist, January 2025).']),
    },
    { name: 'an area stated as not applicable is not a need to evidence', plan: plan(CI, SP) },
    {
      name: 'paragraphs without headings, each evidenced',
      plan: plan(['Noah can count to 20 but cannot add two single-digit numbers.', 'His class teacher reported in March 2025 that he completes about half of each written task.']),
    },
  ],
  flagged: [
    { name: 'one area with no evidence', plan: plan(CI, CL, ['# Social, emotional and mental health', 'Noah has some difficulties with his emotions and behaviour at school.'], SP), level: 'partly', quotes: ['some difficulties with his emotions'] },
    {
      name: 'needs asserted throughout',
      plan: plan(
        ['# Communication and interaction', 'Noah has difficulties with his language and communication skills.'],
        ['# Cognition and learning', 'Noah finds learning difficult and needs support with literacy.'],
        ['# Social, emotional and mental health', 'Noah can find it hard to manage his feelings at school.'],
      ),
      level: 'not_met',
      quotes: ['difficulties with his language', 'finds learning difficult'],
    },
    { name: 'no section B', plan: buildPlan({ sections: { A: 'I like trains.' } }), level: 'not_met' },
  ],
});
