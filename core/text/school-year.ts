/**
 * England's school years: children born 1 September to 31 August form one year group;
 * Reception is the school year (from 1 September) in which a child turns five; Year N follows
 * N years later. After Year 13 young people are described by age.
 */

/** National Curriculum Year at a date: 0 is Reception, -1 nursery, 14+ beyond Year 13. */
export function nationalCurriculumYear(dateOfBirth: string, atDate: string): number {
  const [by, bm] = dateOfBirth.split('-').map(Number) as [number, number];
  const [ay, am] = atDate.split('-').map(Number) as [number, number];
  // The school year a date falls in is named by the calendar year of its September.
  // Children born September to December start school with those born the next January to August.
  const cohort = bm >= 9 ? by + 1 : by;
  const schoolYear = am >= 9 ? ay : ay - 1;
  return schoolYear - cohort - 4;
}

export function ageAt(dateOfBirth: string, atDate: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [ay, am, ad] = atDate.split('-').map(Number) as [number, number, number];
  return ay - by - (am < bm || (am === bm && ad < bd) ? 1 : 0);
}

/** The label plans and reports use: "Reception", "Year 5", "Nursery", or "Age 19". */
export function yearGroupLabel(ncy: number, age: number | null): string {
  if (ncy === 0) return 'Reception';
  if (ncy < 0) return 'Nursery';
  if (ncy <= 13) return `Year ${ncy}`;
  return age === null ? `Year ${ncy}` : `Age ${age}`;
}

/** Reads a printed year group ("Year 5", "Y5", "NCY 5", "Reception") into its NCY number. */
export function parseYearGroup(text: string): number | null {
  const t = text.toLowerCase();
  if (/\breception\b|\byr\s*r\b|\bncy\s*r\b/.test(t)) return 0;
  if (/\bnursery\b/.test(t)) return -1;
  const m = /\b(?:year|yr|y|ncy|national curriculum year)\s*(\d{1,2})\b/.exec(t);
  if (m) {
    const n = Number(m[1]);
    return n >= 1 && n <= 14 ? n : null;
  }
  return null;
}

/** The key stage of a year group label, as QA reports group plans. */
export function keyStageOf(yearGroup: string | null): string | null {
  if (!yearGroup) return null;
  if (yearGroup === 'Nursery' || yearGroup === 'Reception') return 'EYFS';
  if (/^Age /.test(yearGroup)) return 'Post-19';
  const n = parseYearGroup(yearGroup);
  if (n === null) return null;
  if (n <= 2) return 'KS1';
  if (n <= 6) return 'KS2';
  if (n <= 9) return 'KS3';
  if (n <= 11) return 'KS4';
  return 'KS5';
}
