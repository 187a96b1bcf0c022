import { placement } from './placement';
import { detectorTable } from './testing/detector-table';
import { buildPlan } from './testing/plan-builder';

const plan = (i: string | null, planType: 'draft' | 'final' = 'final') => buildPlan({ sections: i === null ? { B: 'x' } : { I: i }, metadata: { planType } });

detectorTable(placement, 'I1', {
  passing: [
    { name: 'name and type', plan: plan('Oak Hill Primary School, a mainstream community primary school maintained by Northvale Council.') },
    { name: 'an academy', plan: plan('Riverside Academy (an academy, secondary, 11-16).') },
    { name: 'a draft may leave it blank', plan: plan('To be confirmed.', 'draft'), level: 'na' },
    { name: 'a draft records a preference, not yet a placement', plan: plan('Gemma and Nathan have asked for Cotterhill School to be named, and the council is consulting the school.', 'draft'), level: 'na' },
  ],
  flagged: [
    { name: 'name only', plan: plan('Oak Hill Primary School'), level: 'partly', quotes: ['Oak Hill Primary School'] },
    { name: 'type only', plan: plan('A mainstream secondary school in the local area.'), level: 'partly', quotes: ['mainstream secondary school'] },
    { name: 'to be confirmed in a final plan', plan: plan('To be confirmed.'), level: 'not_met', quotes: ['To be confirmed'] },
    { name: 'no section I in a final plan', plan: plan(null), level: 'not_met' },
  ],
});
