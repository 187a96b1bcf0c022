import { aspirations } from './aspirations';
import { detectorTable } from './testing/detector-table';
import { buildPlan } from './testing/plan-builder';

const a = (lines: readonly string[], yearGroup: string | null = 'Year 4') => buildPlan({ sections: { A: lines.join('\n') }, metadata: { name: 'Ava Jones', yearGroup } });

detectorTable(aspirations, 'A3', {
  passing: [
    { name: 'a young child\'s hopes', plan: a(['When I grow up I want to be a vet.', "Ava's parents hope she will make friends at her new school."]) },
    { name: "hopes in everyday words: \"when I'm big\", a parent's biggest hope", plan: a(["“When I'm big I'm going to be a game designer.”", "Mark's biggest hope is for Ava to do more for herself away from home."]) },
    { name: 'a plan for after school, in Year 10', plan: a(['“My plan is to do business at college, and after that I want to run my own business.”', '“Later on I want a flat of my own.”'], 'Year 10') },
    { name: 'Year 10 looking towards work and living independently', plan: a(['I want to go to college to study animal care.', 'In the future I would like to live in my own flat.'], 'Year 10') },
    { name: 'growing up in the child\'s own words ("As I grow up I want to keep ...")', plan: a(['“As I grow up I want to keep enjoying music and being outdoors.”', "Ava's parents would like her to enjoy school."]) },
    { name: 'one clear hope for the future is enough', plan: a(['“When I’m big I’m going to be a chef.”', 'Ava likes horses.']) },
  ],
  flagged: [
    { name: 'hopes only for now, under a "hopes and dreams" box', plan: a(["Ava's family want her to be happy.", 'Ava wants to work with a friend.', "Mark's biggest hope is for Ava to have friends and look forward to school."]), level: 'partly', quotes: ['to be happy'] },
    { name: 'one thin hope', plan: a(["Ava's family want her to be happy.", 'Ava likes horses.']), level: 'partly', quotes: ['family want her to be happy'] },
    { name: 'no aspirations', plan: a(['Ava likes horses.', 'She finds maths hard.']), level: 'not_met' },
    { name: 'Year 11 with only this year in view', plan: a(['This year I want to get better marks in my tests.', "Ava's parents hope she will settle into the new school year."], 'Year 11'), level: 'partly', quotes: ['better marks'] },
    { name: 'no section A', plan: buildPlan({ sections: { B: 'Ava finds reading hard.' } }), level: 'not_met' },
  ],
});
