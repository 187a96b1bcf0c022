import { describe, expect, it } from 'vitest';
import { findDates, monthsBetween, parseDate } from './dates';
import { nationalCurriculumYear, parseYearGroup, yearGroupLabel } from './school-year';
import { splitSentences } from './sentences';
import { countWords, normaliseText } from './normalise';

describe('dates as plans print them', () => {
  it.each([
    ['12/03/2026', '2026-03-12'],
    ['12.03.2026', '2026-03-12'],
    ['12 March 2026', '2026-03-12'],
    ['12th of March, 2026', '2026-03-12'],
    ['March 12, 2026', '2026-03-12'],
    ['2026-03-12', '2026-03-12'],
    ['3 Sept 2025', '2025-09-03'],
    ['03-Mar-2026', '2026-03-03'],
    ['30-07-2008', '2008-07-30'],
    ['03-MAR-26', '2026-03-03'],
    ['11Feb-2026', '2026-02-11'],
    ['4 Mar 2026', '2026-03-04'],
    ['2026/03/12', '2026-03-12'],
    // A legal drafting style, and day.month.year without leading zeros.
    ['the 27th day of July 2020', '2020-07-27'],
    ['3.3.2026', '2026-03-03'],
  ])('%s is %s', (text, iso) => expect(parseDate(`Date of plan: ${text}`)).toBe(iso));

  it('rejects impossible dates and keeps month-only dates apart', () => {
    expect(parseDate('31/02/2026')).toBeNull();
    const found = findDates('Report received March 2026; reviewed 4 May 2026.');
    expect(found.map((d) => [d.iso, d.monthOnly])).toEqual([['2026-03-01', true], ['2026-05-04', false]]);
  });

  it('counts whole months', () => {
    expect(monthsBetween('2025-03-12', '2026-03-12')).toBe(12);
    expect(monthsBetween('2025-03-13', '2026-03-12')).toBe(11);
  });
});

describe("England's school year", () => {
  it.each([
    ['2015-04-11', '2026-03-12', 6], // turns five in April 2020: Reception 2019/20
    ['2014-09-01', '2019-09-10', 0], // born 1 September: the oldest of their year
    ['2015-08-31', '2019-09-10', 0], // born 31 August: the youngest of the same year
    ['2015-09-01', '2019-09-10', -1],
    ['2010-12-25', '2026-01-15', 10],
  ])('born %s, on %s, is NCY %i', (dob, at, ncy) => expect(nationalCurriculumYear(dob, at)).toBe(ncy));

  it('labels and parses year groups', () => {
    expect(yearGroupLabel(0, 4)).toBe('Reception');
    expect(yearGroupLabel(9, 14)).toBe('Year 9');
    expect(yearGroupLabel(15, 20)).toBe('Age 20');
    expect(parseYearGroup('NCY 7')).toBe(7);
    expect(parseYearGroup('Y10')).toBe(10);
    expect(parseYearGroup('Reception')).toBe(0);
    expect(parseYearGroup('Key Stage 2')).toBeNull();
  });
});

describe('splitSentences', () => {
  it('splits at sentence ends, not at abbreviations, and keeps exact offsets', () => {
    const text = 'Amira saw Dr. Patel on 3 March. She said "I like maths." Support e.g. visual timetables helps.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['Amira saw Dr. Patel on 3 March.', 'She said "I like maths."', 'Support e.g. visual timetables helps.']);
    for (const s of sentences) expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
  });

  it('does not end a sentence at a company\'s "Inc." or "Ltd." inside it', () => {
    expect(splitSentences('The Read Write Inc. Phonics programme, five times a week. Taught by Tutors Ltd. staff.').map((s) => s.text)).toEqual(['The Read Write Inc. Phonics programme, five times a week.', 'Taught by Tutors Ltd. staff.']);
  });
});

describe('normaliseText fast path', () => {
  it('returns plain text unchanged and folds every kind of odd space, quote and dash', () => {
    expect(normaliseText('Amelia reads well.')).toBe('Amelia reads well.');
    expect(normaliseText('a\u2009b\u00A0c\td')).toBe('a b c d');
    expect(normaliseText(' lead  and trail ')).toBe('lead and trail');
    expect(normaliseText('‘Mum’s’ “view” – yes')).toBe('\'Mum\'s\' "view" - yes');
  });
});

describe('splitSentences and list numbers', () => {
  it('keeps a list number with the sentence it opens', () => {
    expect(splitSentences('7. Poppy will ask for a break. 8. She will write her name.').map((s) => s.text)).toEqual(['7. Poppy will ask for a break.', '8. She will write her name.']);
  });
});

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   ', 0],
    ["Ava doesn't like loud rooms.", 5],
    ['9:30 to 10:15, twice weekly', 7],
    ['Speech – and language; therapy (SaLT)', 5],
    ['café naïve', 3],
    ["'quoted'", 1],
    ['a-b c_d', 4],
  ])('counts runs of letters, digits and apostrophes in %j as %i', (text, n) => {
    expect(countWords(text)).toBe(n);
    // The same count as the regular expression it replaced.
    expect(countWords(text)).toBe(text.match(/[A-Za-z0-9']+/g)?.length ?? 0);
  });
});
