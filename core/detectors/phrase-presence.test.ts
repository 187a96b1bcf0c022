import { phrasePresence } from './phrase-presence';
import { detectorTable } from './testing/detector-table';
import { buildPlan } from './testing/plan-builder';

const a = (lines: readonly string[], name = 'Ava Jones') => buildPlan({ sections: { A: lines.join('\n') }, metadata: { name } });

detectorTable(phrasePresence, 'A1', {
  passing: [
    { name: 'first-person views', plan: a(['# About me', 'I like horses and drawing.', 'My favourite lesson is art because I can use colours.']) },
    { name: 'quoted views', plan: a(['Ava said: "Maths is too hard when it is noisy."', 'She told her teacher: "I want a quiet table."']) },
    { name: 'a child who does not speak: how her views were gathered', plan: a(['Ava does not use words.', "Her views were gathered through observation at school and home over two weeks.", 'Using symbols and a Talking Mat, Ava chose the activities she likes best.']) },
  ],
  flagged: [
    { name: 'one sentence in her own words', plan: a(['Ava likes horses.', 'She enjoys art.', 'Ava said: "I like painting."']), level: 'partly', quotes: ['I like painting'] },
    { name: 'views only reported in the third person', plan: a(['Ava told us she likes horses.', 'She said that maths is hard.', 'She would like a quiet table.']), level: 'not_met' },
    {
      name: "a parent's first person is not the child's voice",
      plan: a(['# Parents\' views', 'I am worried about her reading.', 'We would like her to have more friends.', '# Ava\'s views', 'Ava likes horses.']),
      level: 'not_met',
    },
    { name: 'a parent speaking about the child by name', plan: a(['I think Ava is happiest at home.', 'My daughter needs more help.', 'Ava likes horses.']), level: 'not_met' },
    { name: 'no section A', plan: buildPlan({ sections: { B: 'Ava finds reading hard.' } }), level: 'not_met' },
  ],
});

detectorTable(phrasePresence, 'A2', {
  passing: [
    { name: 'parents named by their first names', plan: buildPlan({ front: 'Parents/carers\nMum, Deborah Jones', metadata: { name: 'Ava Jones' }, sections: { A: 'Deborah feels that Ava is happiest with clear routines.\nDeborah would like school and home to use the same approaches.' } }) },
    { name: 'views attributed to mum and dad', plan: a(['Mum feels that Ava is happiest when routines are clear.', 'Her parents would like her to make friends.']) },
    { name: 'parents writing as "we"', plan: a(['We would like Ava to read for pleasure.', 'Our daughter is kind and funny.']) },
  ],
  flagged: [
    { name: 'views in the passive voice', plan: a(['It is hoped that Ava will do well.', 'Ava likes horses.']), level: 'partly', quotes: ['It is hoped'] },
    { name: 'only one attributed view', plan: a(['Mum feels Ava needs a quiet space.', 'Ava likes horses.']), level: 'partly', quotes: ['Mum feels'] },
    { name: 'no parent views', plan: a(['Ava likes horses.', 'I like drawing.']), level: 'not_met' },
  ],
});

detectorTable(phrasePresence, 'A4', {
  passing: [
    { name: 'strengths and interests', plan: a(['Ava is kind and funny.', 'She loves horses and is good at drawing.', 'Her favourite food is pasta.']) },
    { name: 'strengths told as others see them ("persistent", "the first to help a friend", "the best in my class at")', plan: a(['Adults describe Ava as persistent, and say that she is the first to help a friend.', '"I\'m the best in my class at fishing."', 'Ava enjoys photography.']) },
  ],
  flagged: [
    { name: 'one interest only', plan: a(['Ava likes horses.', 'Ava finds reading hard.']), level: 'partly', quotes: ['likes horses'] },
    { name: 'deficits only', plan: a(['Ava finds reading hard.', 'She does not like loud noises.', 'She would like help with maths.']), level: 'not_met' },
  ],
});

detectorTable(phrasePresence, 'A5', {
  passing: [
    { name: 'in her own words: "Help me by..."', plan: a(['Ava talks confidently with adults she knows, but goes quiet in large groups.', '"Help me by giving me time to answer."']) },
    { name: 'how she communicates and how to help', plan: a(['Ava communicates using short phrases and Makaton signs.', 'It helps me when adults give me time to answer.']) },
  ],
  flagged: [
    { name: 'communication only', plan: a(['Ava communicates using short phrases and Makaton signs.', 'Ava likes horses.']), level: 'partly', quotes: ['communicates using short phrases'] },
    { name: 'neither', plan: a(['Ava likes horses.', 'Ava finds reading hard.']), level: 'not_met' },
  ],
});

const b = (lines: readonly string[]) => buildPlan({ sections: { B: lines.join('\n') } });

detectorTable(phrasePresence, 'B3', {
  passing: [
    {
      name: 'a strength in every area',
      plan: b(['# @ci Communication and interaction', 'Ava is a confident talker with adults.', 'She finds it hard to join groups.', '# @cl Cognition and learning', 'Ava is good at number work.', 'Her reading is below age level.', '# @sp Sensory and/or physical', 'No needs identified.']),
    },
    {
      name: 'strengths in words of a lead-in ("Going well:"), care of equipment, or anticipation shown',
      plan: b(['# @ci Communication and interaction', 'Going well: Ava knows what helps her feel calm.', 'She finds groups hard.', '# @sp Sensory and/or physical', 'Ava looks after her hearing aids well.', 'She cannot hear speech in noise.', '# @cl Cognition and learning', 'Ava shows clear anticipation of favourite activities by smiling.', 'She has profound and multiple learning difficulties.']),
    },
    { name: 'strengths without area tags', plan: b(['Ava is good at number work.', 'She has made good progress with phonics.', 'Her reading is below age level.']) },
    {
      name: 'a strength as a skill or memory ("very good listening skills")',
      plan: b(['# @ci Communication and interaction', 'Ava is a confident talker with adults.', 'She finds it hard to join groups.', '# @cl Cognition and learning', 'Ava has very good listening skills.', 'Her reading is below age level.']),
    },
  ],
  flagged: [
    {
      name: 'strengths in one area of two',
      plan: b(['# @ci Communication and interaction', 'Ava is a confident talker with adults.', '# @cl Cognition and learning', 'Her reading is below age level and she cannot recall number bonds.']),
      level: 'partly',
      quotes: ['Her reading is below age level'],
    },
    {
      name: 'the Strengths and Difficulties Questionnaire is a screening tool, not a strength',
      plan: b(['# @ci Communication and interaction', 'Ava is a confident talker with adults.', '# @semh Social, emotional and mental health', 'The Strengths and Difficulties Questionnaire gave a high emotional symptoms score.']),
      level: 'partly',
      quotes: ['Strengths and Difficulties Questionnaire'],
    },
    {
      name: 'needs only',
      plan: b(['# @ci Communication and interaction', 'Ava finds it hard to join in with groups of children.', '# @cl Cognition and learning', 'Her reading is below age level and she cannot recall number bonds.']),
      level: 'not_met',
    },
  ],
});

const j = (text: string) => buildPlan({ sections: { J: text } });

detectorTable(phrasePresence, 'J1', {
  passing: [
    { name: 'none requested', plan: j('Ava\'s parents have not requested a personal budget.') },
    { name: 'details of a budget', plan: j('A personal budget of £2,400 a year will be used to fund a personal assistant for after-school clubs.') },
  ],
  flagged: [
    { name: 'vague', plan: j('A personal budget may be considered at a later date.'), level: 'partly', quotes: ['personal budget may be considered'] },
    { name: 'empty', plan: j(''), level: 'not_met' },
    { name: 'no section J', plan: buildPlan({ sections: { I: 'Oak School.' } }), level: 'not_met' },
  ],
});
