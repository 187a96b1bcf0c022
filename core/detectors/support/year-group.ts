import { type Plan } from '../../domain';
import { ageAt, findDates, nationalCurriculumYear, parseYearGroup } from '../../text';

/** The child's National Curriculum Year, and how sure we are of it. */
export interface SchoolYear {
  /** 0 is Reception, 14 and over is beyond Year 13; null when the plan does not tell. */
  readonly ncy: number | null;
  readonly source: 'printed' | 'date of birth' | 'age' | 'unknown';
}

/**
 * The year group as printed; else worked out from the date of birth and the plan date; else
 * from a printed age ("Age 19"). Never from today's date: detectors have no clock.
 */
export function schoolYearOf(plan: Plan): SchoolYear {
  const { yearGroup, dateOfBirth, planDate } = plan.metadata;
  if (yearGroup) {
    const age = /\bage\s*(\d{1,2})\b/i.exec(yearGroup);
    if (age) return { ncy: Number(age[1]) - 5, source: 'age' };
    const ncy = parseYearGroup(yearGroup);
    if (ncy !== null) return { ncy, source: plan.metadata.yearGroupDerived ? 'date of birth' : 'printed' };
  }
  // Without a plan date, the latest date in the advice or on the cover stands in for it: advice
  // is gathered in the months before a plan (never today's date: detectors have no clock).
  const at = planDate ?? latestDate(plan);
  if (dateOfBirth && at) {
    const ncy = nationalCurriculumYear(dateOfBirth, at);
    // Beyond Year 13 the age says more than a notional year.
    return { ncy: ncy > 13 ? Math.max(14, ageAt(dateOfBirth, at) - 5) : ncy, source: 'date of birth' };
  }
  return { ncy: null, source: 'unknown' };
}

function latestDate(plan: Plan): string | null {
  const texts = [...plan.front, ...(plan.sections.find((s) => s.id === 'K')?.passages ?? [])].map((p) => p.text);
  const dates = texts.flatMap((t) => findDates(t)).filter((d) => !d.monthOnly && d.iso !== plan.metadata.dateOfBirth).map((d) => d.iso).sort();
  return dates[dates.length - 1] ?? null;
}

export const yearLabel = (ncy: number): string => (ncy <= 0 ? (ncy === 0 ? 'Reception' : 'nursery') : ncy <= 13 ? `Year ${ncy}` : 'beyond Year 13');
