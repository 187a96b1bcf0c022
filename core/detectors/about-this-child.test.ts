import { aboutThisChild } from './about-this-child';
import { detectorTable } from './testing/detector-table';
import { buildPlan } from './testing/plan-builder';

const FRONT = 'Name: Amelia Jones\nParent/carer: Sarah Jones (mother)\nSchool: Oak Primary School';
const A = [
  'Amelia is a cheerful girl who loves horses and drawing.',
  'Mum (Sarah) told us that Amelia sleeps badly and she worries about her reading.',
  'Her brother Jack is 12 and Jack helps her with homework.',
  'Amelia says "I like it when my teacher explains things slowly".',
];
const B = [
  'Amelia finds it hard to follow spoken instructions of more than two parts.',
  'She reads at a level below her age, and her spelling is inconsistent.',
  'Amelia becomes anxious in busy places; she needs time to settle.',
  'Priya Shah, Speech and Language Therapist, assessed Amelia in March 2025. She found that Amelia understands simple questions.',
];
const E = ['By July 2027, Amelia will read 100 high-frequency words accurately.', 'By the end of Year 6, Amelia will ask for help when she is stuck.'];
const F = ['Mrs Patel will deliver phonics to Amelia daily for 15 minutes.', 'Sarah will meet the SENCo each term.', 'Amelia will have a movement break every hour.'];

const plan = (edit: { a?: string[]; b?: string[]; e?: string[]; f?: string[]; front?: string; name?: string | null } = {}) =>
  buildPlan({
    front: edit.front ?? FRONT,
    metadata: { name: edit.name === undefined ? 'Amelia Jones' : edit.name },
    sections: { A: (edit.a ?? A).join('\n'), B: (edit.b ?? B).join('\n'), E: (edit.e ?? E).join('\n'), F: (edit.f ?? F).join('\n') },
  });
const swap = (lines: readonly string[], i: number, line: string) => lines.map((l, j) => (j === i ? line : l));

detectorTable(aboutThisChild, 'P2', {
  passing: [
    { name: 'a cover form whose labels are in capitals ("NAME" over the value)', plan: plan({ front: 'NAME\nAmelia Jones\nNAME Amelia Jones DATE OF BIRTH 3 March 2016\nParent/carer: Sarah Jones (mother)' }) },
    { name: "a saint's name in the school's name is not another child", plan: plan({ a: [...A, "Amelia attends St Luke's Catholic Primary School.", "St Luke's is a small school."] }) },
    { name: 'a plan about Amelia, with her mum, brother and professionals named', plan: plan() },
    { name: 'a label in capitals that asks for the surname first ("NAME (SURNAME FIRST)")', plan: plan({ front: 'NAME (SURNAME FIRST)\nJONES, Amelia\nParent/carer: Sarah Jones (mother)' }) },
    { name: 'a form label naming the field is not a leftover', plan: plan({ front: 'Name of child or young person\nAmelia Jones\nChild\'s name: Amelia Jones' }) },
    { name: 'the name printed surname first', plan: plan({ name: 'JONES, Amelia' }) },
    { name: 'interests and programmes with capitals are not names', plan: plan({ a: [...A, 'Minecraft is her favourite game and Lego keeps her calm.'], f: [...F, 'Read Write Inc phonics is taught daily.'] }) },
    { name: 'an area of need heading a row is not a name ("Sensory and/or Physical Needs")', plan: plan({ b: [...B, 'Sensory and/or Physical Needs', 'Social, Emotional and Mental Health needs'] }) },
    { name: 'a male teacher is "he" without making Amelia a boy', plan: plan({ b: [...B, 'Her class teacher, Mr Green, says he sees real progress.'] }) },
    { name: 'no name read: only placeholders are checked', plan: plan({ name: null }) },
    { name: 'a signature block\'s label in capitals before its value ("NAME Imelda Clegg")', plan: plan({ a: [...A, 'NAME Imelda Clegg', 'ROLE EHC plan coordinator'] }) },
    { name: 'a signature block\'s labels in capitals over their values ("NAME", then "Imelda Clegg")', plan: plan({ a: [...A, 'NAME', 'Imelda Clegg', 'ROLE', 'EHC plan coordinator'] }) },
    { name: 'the child\'s own words in quotes name things, not another child ("Assembly is too long")', plan: plan({ a: [...A, '“Assembly is too long and my legs get wriggly.”'] }) },
  ],
  flagged: [
    {
      name: "another child's name when the cover name was not read",
      plan: plan({ name: null, b: [...B, 'Amelia finds maths hard.', 'Amelia needs short tasks.', 'Amelia likes clear routines.', 'Jayden finds it hard to sit still.', "Jayden's reading is weak."] }),
      level: 'not_met',
      quotes: ['Jayden finds it hard'],
    },
    { name: 'a [Name] placeholder left in', plan: plan({ b: swap(B, 2, '[Name] becomes anxious in busy places.') }), level: 'not_met', quotes: ['[Name]'] },
    { name: 'placeholders in several places', plan: plan({ b: swap(B, 2, 'He/she becomes anxious in busy places.'), e: swap(E, 0, 'By XXX, Amelia will read 100 words.') }), level: 'not_met', quotes: ['He/she', 'XXX'] },
    { name: 'mail-merge fields and form prompts left in', plan: plan({ b: swap(B, 2, '«Child_Forename1» becomes anxious in busy places.'), e: swap(E, 0, 'By Click here to enter a date., Amelia will read 100 words.') }), level: 'not_met', quotes: ['«Child_Forename1»', 'Click here to enter a date'] },
    { name: 'a word-processor drop-down never chosen', plan: plan({ b: swap(B, 2, 'Primary need: Choose an item.') }), level: 'not_met', quotes: ['Choose an item'] },
    { name: 'a capitals placeholder after a cover label', plan: plan({ front: 'Name: NAME\nParent/carer: Sarah Jones (mother)' }), level: 'not_met', quotes: ['Name: NAME'] },
    { name: 'a capitals placeholder', plan: plan({ e: swap(E, 1, 'By the end of Year 6, NAME will ask for help when stuck.') }), level: 'not_met', quotes: ['NAME will'] },
    { name: "another child's name once", plan: plan({ b: swap(B, 0, 'Jayden finds it hard to follow spoken instructions.') }), level: 'partly', quotes: ['Jayden finds'] },
    {
      name: "another child's name in several sentences",
      plan: plan({ b: swap(B, 0, "Jayden finds it hard to follow spoken instructions."), e: swap(E, 0, "By July 2027, Jayden's reading will include 100 words.") }),
      level: 'not_met',
      quotes: ['Jayden finds', "Jayden's reading"],
    },
    {
      name: "another child's name after a professional's title (\"the psychologist (EP), observed Jayden\")",
      plan: plan({ b: [...B, 'Lisa Rahman, educational psychologist (EP), observed Jayden in class.', 'Jayden finds it hard to sit still.', 'Jayden needs short tasks.'] }),
      level: 'not_met',
      quotes: ['Jayden finds', 'Jayden needs'],
    },
    {
      name: "another child's name found once, then counted wherever it opens a verb (\"Jayden forgets\")",
      plan: plan({ b: [...B, "Jayden's handwriting is slow.", 'In practice, Jayden forgets steps halfway through a task.'] }),
      level: 'not_met',
      quotes: ["Jayden's handwriting", 'Jayden forgets'],
    },
    { name: 'one wrong pronoun', plan: plan({ b: swap(B, 2, 'Amelia becomes anxious in busy places; he needs time to settle.') }), level: 'partly', quotes: ['he needs time'] },
    {
      name: 'wrong pronouns in several sentences (a slip, not another child)',
      plan: plan({ b: swap(B, 1, 'He reads at a level below his age.'), e: ['By July 2027, Amelia will read 100 words so that he can follow a recipe.', 'By the end of Year 6, Amelia will ask for help when he is stuck.'] }),
      level: 'partly',
      quotes: ['He reads', 'when he is stuck'],
    },
  ],
});
