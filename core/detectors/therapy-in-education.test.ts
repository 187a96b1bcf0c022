import { therapyInEducation } from './therapy-in-education';
import { detectorTable } from './testing/detector-table';
import { buildPlan } from './testing/plan-builder';

const F_SALT = 'Speech and language therapy from a Speech and Language Therapist, 6 sessions of 45 minutes each term, with a programme for the TA.';
const G_SALT = 'Speech and language therapy sessions delivered by the NHS Speech and Language Therapist, weekly for 30 minutes.';
const F_OTHER = 'Daily phonics with a teaching assistant for 15 minutes.';
const G_OTHER = 'Review of epilepsy by the Consultant Paediatrician every 6 months.';
const plan = (f: readonly string[], g: readonly string[]) => buildPlan({ sections: { F: f.join('\n'), G: g.join('\n') } });

detectorTable(therapyInEducation, 'F4', {
  passing: [
    { name: 'an occupational therapy review in G is health care', plan: plan([F_OTHER], ['Occupational therapy review of her equipment by the NHS OT once a term (45 minutes).']) },
    { name: 'a dysphagia therapist in G is health care', plan: plan([F_OTHER, F_SALT], ['Review of her eating and drinking plan by the dysphagia speech and language therapist every 6 months.']) },
    { name: 'speech and language therapy in F', plan: plan([F_OTHER, F_SALT], [G_OTHER]) },
    { name: 'no therapy anywhere', plan: plan([F_OTHER], [G_OTHER]) },
    { name: 'an NHS review in G beside delivery in F', plan: plan([F_SALT], ['The NHS speech and language therapy service will review progress at the annual review.']) },
  ],
  flagged: [
    { name: 'speech and language therapy only in G', plan: plan([F_OTHER], [G_OTHER, G_SALT]), level: 'not_met', quotes: ['Speech and language therapy sessions delivered'] },
    { name: 'speech and language therapy split between F and G', plan: plan([F_OTHER, F_SALT], [G_SALT]), level: 'partly', quotes: ['Speech and language therapy sessions delivered'] },
    { name: 'occupational therapy only in G', plan: plan([F_OTHER], ['Occupational therapy programme delivered by the NHS OT, 6 sessions.']), level: 'partly', quotes: ['Occupational therapy programme'] },
  ],
});
