import { describe, expect, it } from 'vitest';
import { type Line } from '../domain';
import { headingStyles, readHeading } from './headings';
import { meaningOf } from './vocabulary';

const line = (text: string, { size = 11, bold = false } = {}): Line => ({
  page: 1, y: 100, x: 40, text, fontSize: size, bold,
  fragments: [{ text, x: 40, y: 100, width: 300, fontSize: size, bold, runs: [{ text, x: 40, width: 300 }] }],
});

const cues = { bodyFontSize: 11, context: null };
const target = (text: string, style?: { size?: number; bold?: boolean }) => {
  const heading = readHeading(line(text, style), cues);
  if (!heading) return null;
  switch (heading.meaning.kind) {
    case 'section':
      return heading.meaning.ids.join('+');
    case 'outside':
      return 'outside';
    case 'unknown':
      return 'unknown';
  }
};

describe('readHeading: headings found by their features in any template', () => {
  const headings: [string, { size?: number; bold?: boolean } | undefined, string][] = [
    ['Section A: The views, interests and aspirations of the child and their parents', { bold: true }, 'A'],
    ['SECTION B – SPECIAL EDUCATIONAL NEEDS', undefined, 'B'],
    ['A. Views, interests and aspirations', { size: 14 }, 'A'],
    ['Part A – About me', { bold: true }, 'A'],
    ['Section H1: Social care provision which must be made under section 2 of the CSDPA 1970', { bold: true }, 'H'],
    ['H2 – Any other social care provision', { bold: true }, 'H'],
    ['E: Outcomes', { bold: true }, 'E'],
    ['Section 3: Special Educational Needs and Provision', { bold: true }, 'B+F'],
    ['Section 4 – Health Care Needs and Health Care Provision', { bold: true }, 'C+G'],
    ['Section 5 Social Care Needs and Provision', { bold: true }, 'D+H'],
    ['Section 1: Personal Details', { bold: true }, 'outside'],
    ['Section 6: Placement', { bold: true }, 'I'],
    ['Section 8 - Advice and information', { bold: true }, 'K'],
    ['Special educational provision', { size: 14 }, 'F'],
    ['Health needs which relate to SEN', { bold: true }, 'C'],
    ['PERSONAL BUDGET', undefined, 'J'],
    ['Summary of changes following annual review', { bold: true }, 'outside'],
    ['All about me', { size: 14 }, 'A'],
    ['Education, Health and Care Plan', { size: 20 }, 'outside'],
  ];
  it.each(headings)('%s → %s', (text, style, expected) => expect(target(text, style)).toBe(expected));

  const notHeadings: [string, { size?: number; bold?: boolean } | undefined][] = [
    ['Section F of the plan should be read alongside the advice from the therapist.', undefined],
    ['I. think that this is fine', undefined],
    ['Amira needs help with reading and writing in class.', undefined],
    ['Health', undefined],
    ['My health', undefined],
    ['She has access to the provision in the school.', { bold: true }],
    ['11. Getting ready for adult life (good health). By the end of Year 11, Arjun will book', { bold: true }],
    ['5.5 My health', { bold: true }],
    ['Outcome 6 (Preparing for adulthood – employment and further education): By the end of Year', { bold: true }],
  ];
  it.each(notHeadings)('not a heading: %s', (text, style) => expect(target(text, style)).toBeNull());
});

describe('readHeading: wordings of councils\' published templates (bold, no letter needed)', () => {
  // Gathered from public council templates and guidance: York's Parts, case-management
  // legends, one-page profiles, combined and repeated parts. The letter decides when printed;
  // otherwise the words must map by meaning, and titles, contents and monitoring are no section.
  const published: [string, string | null][] = [
    ['SECTION A: MY PROFILE', 'A'], ['Section A / My Profile', 'A'], ['(A) Views, Interests and Aspirations', 'A'], ['*Section B', 'B'],
    ['Part 1: Who am I and what\'s in my plan?', 'unknown'], ['Part 2: Information gathered by me and my family', 'A'],
    ['Part 3: Information about my special educational needs', 'B'], ['Part 4: Information about my health and social care needs', 'C+D'],
    ['Part 6: Provision agreed (EHCP only)', 'F'], ['Part 7: Relevant advice and information that supports my plan', 'K'],
    ['OUTCOMES AND SUPPORT PLAN', 'E'], ['My Outcomes and Special Educational Provision', 'E+F'], ['Section E – Desired Outcomes', 'E'],
    ['FUTURE CHANGES', 'outside'], ['MONITORING ARRANGEMENTS', 'outside'], ['The EHCP Golden Thread', null],
    ['Identifying Details', 'outside'], ['Child or Young Person\'s Personal Details', 'outside'], ['This is me…', 'A'], ['Me pen picture', 'A'],
    ['My Special Educational Needs (SEN)', 'B'], ['Special Education Provision required to meet needs and achieve outcomes', 'F'],
    ['Health Provision required to meet needs and achieve outcomes', 'G'], ['Health Care Needs and Provision', 'C+G'], ['Social Care Needs and Provision', 'D+H'],
    ['My Health Needs that relate to my SEN', 'C'], ['My social care needs', 'D'], ['Summary of the Views, Interests and Aspirations of the child', 'A'],
    ['Personal Profile', 'A'], ['Advice and Information used to write my EHC Plan', 'K'], ['Personal Budget arrangements', 'J'],
    ['Name and type of Education Placement and arrangements for review', 'I'], ['Section I – Named Setting', 'I'], ['Educational Outcomes', 'E'],
    ['Health Outcomes', 'E'], ['Social Care Outcomes', 'E'], ['Section H: Care Provision (sections H1 and H2)', 'H'], ['Appendices and advice/information', 'K'],
    ['Sarah\'s Education, Health and Care Plan (Final)', 'outside'], ['Final EHC Plan for Jane Smith', 'outside'], ['My Education, Health and Care Plan', 'outside'],
    ['Section A – All about me', 'A'], ['My Views, Interests, Hopes and Dreams', 'A'], ['Section G Health Provision – Reasonably required by the health service', 'G'],
    ['SECTION D: SOCIAL CARE NEEDS', 'D'], ['Section F Special Educational Provision Required by Me', 'F'], ['Placement – type and name of school', 'I'],
    ['H1 Provision 1', 'H'], ['Outcome 1', 'E'], ['Contents', 'outside'], ['Monitoring Arrangements', 'outside'],
    // Person-centred numbered parts in plain words.
    ['Part 4: My health and care needs', 'C+D'], ['Part 5: What I want to achieve', 'E'], ['Part 6: The help I will get with my education', 'F'],
    ['Part 7: The help I will get with my health and care', 'G+H'], ['Part 8: Where I will learn and my personal budget', 'I+J'],
    ['Part 9: Who has given advice for my plan', 'K'], ['Part 1: My details and about this plan', 'outside'], ['2.7 How to help me', 'A'],
    ['My special educational needs, outcomes and support', 'B+E'], ['6.1 Help with communication and interaction', 'F'], ['7.1 Help with my health', 'G'], ['7.3 Other social care help', 'H'], ['8.1 My school or college', null],
  ];
  it.each(published)('%s → %s', (text, expected) => expect(target(text, { bold: true })).toBe(expected));
});

describe('meaningOf: column headers and sub-headings in context', () => {
  it('maps needs, outcomes and provision by the context they sit in', () => {
    expect(meaningOf('Needs', 'health')).toEqual({ kind: 'section', ids: ['C'] });
    expect(meaningOf('What we want to achieve for my health')).toEqual({ kind: 'section', ids: ['E'] });
    // Person-centred plans ask their headings as questions.
    const questions: [string, string][] = [
      ['What does my family think?', 'A'], ['What would I like to achieve?', 'E'], ['What will help me?', 'F'],
      ['Who will help me stay healthy?', 'G'], ['What help will social care give me?', 'H'], ['Which school or college will I go to?', 'I'],
    ];
    for (const [title, id] of questions) expect(meaningOf(title), title).toEqual({ kind: 'section', ids: [id] });
    expect(meaningOf('Provision', 'social')).toEqual({ kind: 'section', ids: ['H'] });
    expect(meaningOf('Provision', 'education')).toEqual({ kind: 'section', ids: ['F'] });
    expect(meaningOf('Outcomes')).toEqual({ kind: 'section', ids: ['E'] });
    expect(meaningOf('Section 4 – Special Educational Needs, Outcomes and Provision')).toEqual({ kind: 'section', ids: ['B', 'E', 'F'] });
    expect(meaningOf('Section 5 – Preparing for Adulthood')).toEqual({ kind: 'section', ids: ['E'] });
    expect(meaningOf('Health outcomes')).toEqual({ kind: 'section', ids: ['E'] });
    expect(meaningOf('Who will provide this')).toEqual({ kind: 'unknown' });
  });

  it("reads a child's own words for the parts of a plan", () => {
    const words: [string, string][] = [
      ['Keeping well', 'C'], ['Health support', 'G'], ['Support for me and my family', 'D'], ['Help at home and in the community', 'H'],
      ['What I find hard', 'B'], ['What I am working towards', 'E'], ['Getting ready for adult life', 'E'], ['The help I will get at school', 'F'],
      ['Who helped write this plan', 'K'],
    ];
    for (const [title, id] of words) expect(meaningOf(title), title).toEqual({ kind: 'section', ids: [id] });
    expect(meaningOf('The help I will get at school', 'social'), 'at school is education whatever came before').toEqual({ kind: 'section', ids: ['F'] });
    expect(meaningOf('Agreeing this plan')).toEqual({ kind: 'outside' });
  });
});

describe('headingStyles: a template whose section headings are plain words', () => {
  const at = (text: string, size: number, bold: boolean, y: number): Line => ({ ...line(text, { size, bold }), y });
  const lines = [
    at('Personal details', 14, true, 100),
    at('How my views were gathered', 14, true, 200),
    at('Fergus likes swimming and gymnastics.', 11, false, 220),
    at('My story', 14, true, 300),
    at('Health', 11, true, 400),
  ];
  const styles = headingStyles(lines, 11);

  it('learns the style of headings read on their own evidence', () => expect([...styles]).toEqual(['14b']));

  it('reads a heading set in that style by its words alone ("My story", "Where I will learn", "My health")', () => {
    const withStyle = { ...cues, sectionStyles: styles };
    expect(readHeading(lines[3]!, withStyle)?.meaning).toEqual({ kind: 'section', ids: ['A'] });
    expect(readHeading(line('Where I will learn', { size: 14, bold: true }), withStyle)?.meaning).toEqual({ kind: 'section', ids: ['I'] });
    expect(readHeading(line('My health', { size: 14, bold: true }), withStyle)?.meaning).toEqual({ kind: 'section', ids: ['C'] });
  });

  it('leaves a bare "My health" in body-sized bold, or in a document with no such style, a sub-heading', () => {
    expect(readHeading(line('My health', { size: 11, bold: true }), { ...cues, sectionStyles: styles })).toBeNull();
    expect(readHeading(line('My health', { size: 14, bold: true }), cues)).toBeNull();
  });
});

describe('readHeading: lines that only look like headings', () => {
  it("a bold note's wrapped line in lower case is not a heading, even naming outcomes", () =>
    expect(target('progress against the outcomes it serves will be checked at', { bold: true })).toBeNull());

  it('a paragraph numbered by its section in body type is the paragraph; a short numbered heading is still one', () => {
    expect(target('K1 This plan was written using the advice and information set out below, all of')).toBeNull();
    expect(target('H1.1 No provision is required for Oberon under section 2 of the Chronically Sick')).toBeNull();
    expect(target('A2 Views of the child')).toBe('A');
    expect(target('H1 Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970', { bold: true })).toBe('H');
  });
});

describe('readHeading: a section letter in a cell of its own beside the title', () => {
  const twoCells = (code: string, title: string, bold: boolean): Line => ({
    page: 1, y: 100, x: 52, text: `${code}  ${title}`, fontSize: 9.5, bold,
    fragments: [
      { text: code, x: 52, y: 100, width: 8, fontSize: 9.5, bold, runs: [{ text: code, x: 52, width: 8 }] },
      { text: title, x: 104, y: 100, width: 300, fontSize: 9.5, bold, runs: [{ text: title, x: 104, width: 300 }] },
    ],
  });
  it('reads the letter when the title is set in bold, whatever its words ("I | Name and Type of School or Other Institution")', () => {
    expect(readHeading(twoCells('I', 'Name and Type of School or Other Institution', true), cues)?.meaning).toEqual({ kind: 'section', ids: ['I'] });
    expect(readHeading(twoCells('H1', 'Social Care Provision under Section 2', true), cues)?.meaning).toEqual({ kind: 'section', ids: ['H'] });
  });
  it('does not read a plain row that starts with a letter and runs into a sentence as a heading', () => {
    expect(readHeading(twoCells('I', 'think the plan is good. My mum thinks so too.', false), cues)).toBeNull();
  });
  it('reads two letters in the cell as the two sections the part holds ("C / G | 7 Health")', () => {
    expect(readHeading(twoCells('C / G', '7 Health', true), cues)?.meaning).toEqual({ kind: 'section', ids: ['C', 'G'] });
    expect(readHeading(twoCells('D/H', '8 Social care', true), cues)?.meaning).toEqual({ kind: 'section', ids: ['D', 'H'] });
    expect(readHeading(twoCells('c / g', '7 Health', true), cues)?.meaning).toEqual({ kind: 'section', ids: ['C', 'G'] });
    expect(readHeading(twoCells('C / G', 'see the notes below.', false), cues)).toBeNull();
  });
});

describe('readHeading: sections printed together', () => {
  it.each([
    ['Sections E and F – Outcomes sought and special educational provision', ['E', 'F']],
    ['Sections D, H1 and H2 – Social care needs and provision', ['D', 'H']],
    ['SECTIONS C & G: HEALTH', ['C', 'G']],
  ])('reads "%s" as both sections', (text, ids) => {
    expect(readHeading(line(text, { bold: true }), cues)?.meaning).toEqual({ kind: 'section', ids });
  });
});

describe("readHeading: a web system's crumbs and Roman-numbered parts", () => {
  it.each([
    ['EHCP › Sections E and F', 'E+F'],
    ['EHCP › Section A', 'A'],
    ['Plan » Part 3 » Section K', 'K'],
  ])('reads the breadcrumb "%s" by its last crumb', (text, ids) => expect(target(text, { size: 7 })).toBe(ids));
  it('reads "Part I" as a numeral when the title is not section I\'s, and as I when it is', () => {
    expect(target('Part I – Personal details', { bold: true })).not.toBe('I');
    expect(target('Part I: Placement', { bold: true })).toBe('I');
    expect(target('Section I – Personal details', { bold: true })).toBe('I');
  });
});

describe('readHeading: the section letters after the title', () => {
  it.each([
    ['Health (Sections C and G)', ['C', 'G']],
    ['About me and my family (Section A)', ['A']],
    ['Outcomes, needs and provision (Sections E, B and F)', ['E', 'B', 'F']],
  ])('reads "%s" by its letters', (text, ids) => {
    expect(readHeading(line(text, { bold: true }), cues)?.meaning).toEqual({ kind: 'section', ids });
  });
  it('does not read a plain sentence that ends with a reference as a heading', () => {
    expect(readHeading(line('The provision is described in full below and reviewed each term by the school (Section F)'), cues)?.meaning.kind ?? null).not.toBe('section');
  });
});
