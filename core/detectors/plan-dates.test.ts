import { planDates } from './plan-dates';
import { detectorTable } from './testing/detector-table';
import { buildPlan } from './testing/plan-builder';

const plan = (front: string, metadata = {}) => buildPlan({ front, sections: { A: 'I like Lego.' }, metadata });

detectorTable(planDates, 'P3', {
  passing: [
    { name: 'all three read as metadata', plan: plan('Education, Health and Care Plan', { planDate: '2025-06-02', planType: 'final', reviewDate: '2026-06-01' }) },
    { name: 'all three printed on the cover', plan: plan('Final EHC Plan\nDate of plan: 2 June 2025\nNext annual review by: 1 June 2026') },
  ],
  flagged: [
    { name: 'no review date', plan: plan('Final EHC Plan\nDate of plan: 2 June 2025'), level: 'partly', quotes: ['Date of plan: 2 June 2025'] },
    { name: 'dated only', plan: plan('Education, Health and Care Plan', { planDate: '2025-06-02' }), level: 'partly' },
    { name: 'undated, no status, no review', plan: plan('Education, Health and Care Plan'), level: 'not_met' },
    { name: 'a review label with no date', plan: plan('Final EHC Plan\nDate of plan: 2 June 2025\nReview date: to be arranged'), level: 'partly' },
  ],
});
