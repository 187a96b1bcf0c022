import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestPdf } from '../ingest';
import { structurePlan } from './structure';

const fixtures = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'plans');
const planOf = async (name: string) => structurePlan(await ingestPdf(new Uint8Array(readFileSync(join(fixtures, name))), name), name);
const sectionText = (plan: Awaited<ReturnType<typeof planOf>>, id: string) => plan.sections.find((s) => s.id === id)?.text ?? '';

// Layouts that came out of real word-processor PDFs: each case is a plan of the labelled set.
describe('structure of word-processor tables', () => {
  it('a Health C | G | E table laid out straight after an education table is its own table (DfE, LibreOffice)', async () => {
    const plan = await planOf('dfe-libreoffice-good-1.pdf');
    expect(sectionText(plan, 'C')).toContain('Her eyesight was checked by her optometrist');
    expect(sectionText(plan, 'B')).not.toContain('Her eyesight was checked');
    expect(sectionText(plan, 'G')).toContain('Occupational therapy review of her equipment');
  });

  it('an outcome whose cell wraps over loosely spaced rows is one outcome, label and text together', async () => {
    const plan = await planOf('dfe-libreoffice-outstanding-1.pdf');
    const texts = plan.outcomes.map((o) => o.text);
    expect(texts.some((t) => t.startsWith('E3: By the end of Key Stage 4 (July 2027), Caleb will raise his single word reading'))).toBe(true);
    expect(texts.some((t) => t.startsWith('E4 (preparing for adulthood: employment and further education): By the end of Year 11, Caleb will complete'))).toBe(true);
    expect(texts.some((t) => /^Steps:?$/.test(t))).toBe(false);
  });

  it('a bulleted provision item wrapped over several rows stays one item', async () => {
    const plan = await planOf('dfe-libreoffice-outstanding-1.pdf');
    const training = plan.provision.filter((p) => p.text.includes('Training on Caleb'));
    expect(training).toHaveLength(1);
    expect(training[0]!.text).toContain('Co-ordinator (SENCo), at the start of each school year');
  });

  it('label | text outcome rows (lettered template, LibreOffice) give the outcome text, not the label', async () => {
    const plan = await planOf('lettered-b-libreoffice-requires-improvement-1.pdf');
    expect(plan.outcomes.some((o) => /^Outcome \d+$/.test(o.text))).toBe(false);
    expect(plan.outcomes.some((o) => o.text.startsWith('By the end of Year 11, Leo will travel independently by bus'))).toBe(true);
    expect(plan.outcomes.some((o) => o.text === 'HEALTH' || o.text === 'SOCIAL CARE')).toBe(false);
  });
});

describe('structure of numbered templates laid out by area', () => {
  it('an area numbered like the first one under B ("3.2" after "3.1") takes the text back to the needs', async () => {
    const plan = await planOf('numbered-libreoffice-outstanding-1.pdf');
    expect(sectionText(plan, 'B')).toContain('Kai is working well below the level expected for his age');
    expect(sectionText(plan, 'F')).not.toContain('Kai is working well below the level expected for his age');
  });
});

// The blind set (test/fixtures/blind): templates written without looking at the engine.
const blind = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'blind');
const blindPlanOf = async (name: string) => structurePlan(await ingestPdf(new Uint8Array(readFileSync(join(blind, name))), name), name);

describe('structure of templates the engine was not written for', () => {
  it('person-centred parts in plain words map by meaning, with 1.5-line spacing read as one paragraph', async () => {
    const plan = await blindPlanOf('blind-parts-chromium-good-1.pdf');
    expect(plan.sections.map((s) => s.id)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K']);
    expect(plan.sections.find((s) => s.id === 'E')!.title).toBe('Part 5: What I want to achieve');
    expect(plan.sections.find((s) => s.id === 'F')!.title).toBe('Part 6: The help I will get with my education');
    expect(sectionText(plan, 'A')).toContain('who has a child arrangements order, and a baby brother.');
    expect(sectionText(plan, 'H')).toContain('No social care provision is required');
  });

  it('a case-management form: a label | justified text row is one cell, and a row split by a page break is one passage', async () => {
    const plan = await blindPlanOf('blind-casesys-libreoffice-good-1.pdf');
    const d = plan.sections.find((s) => s.id === 'D')!;
    expect(d.passages.some((p) => p.text.startsWith('No social care needs have been identified for Aisha. Social care advice from Junaid Singh, Social Worker'))).toBe(true);
    expect(plan.sections.find((s) => s.id === 'K')!.text).not.toContain('No social care needs have been identified');
    const outstanding = await blindPlanOf('blind-casesys-chromium-outstanding-1.pdf');
    const b = outstanding.sections.find((s) => s.id === 'B')!;
    expect(b.passages.some((p) => p.text.includes('He takes words literally, so phrases such as “pull your socks up” can confuse or upset him'))).toBe(true);
  });
});

describe('structure of the tenth blind set', () => {
  const planAt = async (name: string) => structurePlan(await ingestPdf(new Uint8Array(readFileSync(join(fixtures, '..', 'blind10', name))), name), name);

  it('a template in the child\'s own words ("What I find hard", "Keeping well", "The help I will get at school") is a plan with all its parts', async () => {
    const plan = await planAt('blind10-chapters-chromium-good-1.pdf');
    expect(plan.sections.map((s) => s.id)).toEqual(expect.arrayContaining(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K']));
    // Set larger than "Help at home and in the community" (H), "What I find hard" starts a part
    // of its own: the needs, not social care's.
    expect(sectionText(plan, 'B')).toContain('work out how other people are feeling from their faces');
    expect(sectionText(plan, 'D')).not.toContain('work out how other people are feeling');
    expect(sectionText(plan, 'F')).toContain('a social communication group using the Lego-based therapy approach');
    expect(sectionText(plan, 'G')).toContain('Review of Mungo’s health and development by Dr Ros Mossop');
  });

  it('a details box with a photo\'s place beside its rows reads "Where I learn" as the setting', async () => {
    const plan = await planAt('blind10-chapters-chromium-good-1.pdf');
    expect(plan.metadata).toMatchObject({ setting: 'Cutlers Row Primary Academy', primaryNeed: 'ASD', planType: 'final', planDate: '2025-07-14' });
  });
});

describe('structure of the ninth blind set', () => {
  const ninth = (name: string) => join(fixtures, '..', 'blind9', name);
  const planAt = async (file: string) => structurePlan(await ingestPdf(new Uint8Array(readFileSync(file)), 'x.pdf'), 'x.pdf');

  it('a record printed as one table, the section named in the bold margin cell of every row, opens with its first row', async () => {
    const plan = await planAt(ninth('blind9-ledger-libreoffice-good-1.pdf'));
    expect(plan.sections.map((s) => s.id)).toEqual(expect.arrayContaining(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'K']));
    expect(sectionText(plan, 'A')).toContain('Grayson lives in Netherwood Bank with his grandmother');
    expect(plan.metadata).toMatchObject({ primaryNeed: 'ASD', planType: 'amended', dateOfBirth: '2009-12-01', planDate: '2025-10-21' });
  });

  it('a record row\'s text opening on its area ("Area of need: Cognition and learning") is in that area, the line its heading', async () => {
    const plan = await planAt(ninth('blind9-ledger-chromium-outstanding-1.pdf'));
    const needs = plan.sections.find((s) => s.id === 'B')!.passages;
    expect(needs.find((p) => p.text === 'Area of need: Cognition and learning')).toMatchObject({ heading: true, area: 'cognition-learning' });
    expect(needs.find((p) => p.text.startsWith('Orson reads at about the level expected'))?.area).toBe('cognition-learning');
  });

  it('"6.6 Health" under "6.0 Outcomes (Section E)" is a sub-heading of the outcomes, not section C', async () => {
    const plan = await planAt(ninth('blind9-outline-chromium-outstanding-1.pdf'));
    expect(sectionText(plan, 'E')).toContain('Emil will use the toilet independently at the planned times in school');
    expect(sectionText(plan, 'C')).not.toContain('Emil will use the toilet independently');
    expect(plan.metadata).toMatchObject({ yearGroup: 'Reception', yearGroupDerived: true, planType: 'final' });
  });
});

describe('structure of the sixth blind set', () => {
  const sixth = (name: string) => join(blind, '..', 'blind6', name);
  const planAt = async (file: string) => structurePlan(await ingestPdf(new Uint8Array(readFileSync(file)), 'x.pdf'), 'x.pdf');

  it('one numbered part of needs, outcomes and provision: each need, outcome table and provision table goes to its section', async () => {
    const plan = await planAt(sixth('blind6-engine-chromium-good-1.pdf'));
    expect(sectionText(plan, 'B')).toContain('Jaxon finds it tricky to understand long or complex spoken instructions');
    expect(sectionText(plan, 'E')).toContain('Milestone (the end of the autumn term 2025): Jaxon will follow instructions with two key words');
    expect(plan.provision.some((p) => p.section === 'F' && p.text.startsWith('A structured language group using the'))).toBe(true);
    expect(sectionText(plan, 'E')).not.toContain('A structured language group');
    expect(plan.outcomes.some((o) => o.text.startsWith('Outcome 1: Jaxon will follow a spoken instruction') && o.text.includes('By when: July 2027'))).toBe(true);
    expect(sectionText(plan, 'G')).toContain('Hearing review by Paediatric Audiology');
  });

  it('a name split into "Surname" (in capitals) and "Forename(s)" boxes', async () => {
    expect((await planAt(sixth('blind6-engine-chromium-good-1.pdf'))).metadata.name).toBe('Jaxon Vaughan');
  });

  it('a bold letter in the margin over a wrapped title, beside the part\'s note, opens the part', async () => {
    const plan = await planAt(sixth('blind6-margin-libreoffice-good-1.pdf'));
    expect(plan.sections.map((s) => s.id)).toEqual(expect.arrayContaining(['B', 'E', 'F', 'H']));
    expect(plan.provision.some((p) => p.section === 'F' && p.text.includes('Read Write Inc.'))).toBe(true);
    expect(plan.provision.some((p) => p.section === 'H' && p.text.includes('Read Write Inc.'))).toBe(false);
  });

  it('"Provision | Frequency / intensity | Delivered by | Outcome link": the link column is a reference, and each row one item', async () => {
    const plan = await planAt(sixth('blind6-margin-libreoffice-good-1.pdf'));
    const touchTyping = plan.provision.filter((p) => p.text.includes('touch-typing course'));
    expect(touchTyping).toHaveLength(1);
    expect(touchTyping[0]!.text).toContain('Three times a week; 15 minutes every session');
    expect(plan.outcomes.some((o) => /^Outcome \d+$/.test(o.text.trim()))).toBe(false);
  });
});

describe('structure of the seventh blind set', () => {
  const planAt = async (name: string) => structurePlan(await ingestPdf(new Uint8Array(readFileSync(join(fixtures, '..', 'blind7', name))), name), name);

  it('a word processor\'s booklet whose sub-headings lost their weight: labels set apart by their indent, steps under "Small steps"', async () => {
    const plan = await planAt('blind7-booklet-libreoffice-outstanding-1.pdf');
    const needs = plan.sections.find((s) => s.id === 'B')!.passages;
    expect(needs.find((p) => p.text === 'What is going well')?.heading).toBe(true);
    expect(plan.outcomes.some((o) => o.text.startsWith('Small steps'))).toBe(false);
    const reading = plan.outcomes.find((o) => o.text.startsWith('I will raise my single word reading standardised score'));
    expect(reading?.steps[0]).toMatch(/^• I will read 30 of the 45 high-frequency words/);
    expect(plan.provision.some((p) => p.text === 'Who will help me and how')).toBe(false);
    // A bullet carried over the page after "(ELSA)" is one provision line.
    expect(plan.provision.some((p) => p.text.includes('Emotional Literacy Support Assistant (ELSA) trained and supervised by the EP'))).toBe(true);
  });

  it('an outcome matrix: each labelled outcome with its milestones as steps, in both printers\' layouts', async () => {
    for (const name of ['blind7-matrix-chromium-outstanding-1.pdf', 'blind7-matrix-libreoffice-outstanding-1.pdf']) {
      const plan = await planAt(name);
      const labelled = plan.outcomes.filter((o) => /(?:^|\s)O\d{1,2}\s/.test(o.text));
      expect(labelled.length).toBeGreaterThanOrEqual(8);
      for (const outcome of labelled) expect(outcome.steps.length, outcome.text.slice(0, 40)).toBeGreaterThan(0);
      expect(plan.outcomes.some((o) => o.text.trim().endsWith('Milestones'))).toBe(false);
    }
  });

  it('an outcome matrix whose outcome cells span their provision rows: one provision line a row, with its own frequency', async () => {
    const plan = await planAt('blind7-matrix-chromium-outstanding-1.pdf');
    const line = (start: string) => plan.provision.filter((p) => p.text.startsWith(start));
    // The row beside the outcome's milestones keeps its "how often" (it was read as the row above's).
    expect(line('Adult support to explain tasks')[0]?.text).toContain('20 hours a week');
    expect(line('A personalised curriculum')[0]?.text).not.toContain('20 hours a week');
    // Rows beside a long outcome are rows of their own, not one item.
    expect(line('A Colourful Semantics programme')[0]?.text).not.toContain('A review of his language programme');
    expect(line('A review of his language programme')).toHaveLength(1);
    // The outcome's milestones run on beside the next row: they stay the outcome's.
    const learning = plan.outcomes.find((o) => o.text.startsWith('O3 '));
    expect(learning?.steps.join(' ')).toContain('Fabian will complete a short independent task');
  });

  it('a row opening a page is a new row once its first cell opens an item: its other cells are not the rest of the row before', async () => {
    const plan = await planAt('blind7-matrix-libreoffice-outstanding-1.pdf');
    const warning = plan.provision.find((p) => p.text.startsWith('Advance warning of changes'));
    expect(warning?.text).toContain('For every planned change');
    expect(plan.provision.find((p) => p.text.startsWith('A calm, consistent approach'))?.text).not.toContain('For every planned change');
  });
});

describe('structure of the eleventh blind set', () => {
  const planAt = async (name: string) => structurePlan(await ingestPdf(new Uint8Array(readFileSync(join(fixtures, '..', 'blind11', name))), name), name);

  it('a plan drafted as a schedule: numbered particulars, letter-spaced part headings, lettered sub-paragraphs of provision', async () => {
    for (const name of ['blind11-schedule-chromium-good-1.pdf', 'blind11-schedule-libreoffice-good-1.pdf']) {
      const plan = await planAt(name);
      expect(plan.metadata.dateOfBirth, name).not.toBeNull();
      expect(plan.metadata.primaryNeed, name).not.toBeNull();
      expect(plan.metadata.setting, name).not.toBeNull();
      expect(plan.sections.map((s) => s.id), name).toEqual(expect.arrayContaining(['A', 'B', 'E', 'F', 'G', 'H', 'I', 'J', 'K']));
      // Each provision paragraph carries its "(a) Frequency and duration" line.
      const education = plan.provision.filter((p) => p.section === 'F' && /^\d{1,3}\.\s/.test(p.text));
      expect(education.length, name).toBeGreaterThan(10);
      expect(plan.provision.some((p) => /^\((?:a|b|c)\) /.test(p.text)), name).toBe(false);
    }
  });

  it('a plan grouped by Preparing for Adulthood pathways: "Ref | Outcome | Steps on the way" rows are outcomes, not their numbers', async () => {
    const plan = await planAt('blind11-pathways-chromium-good-1.pdf');
    expect(plan.outcomes.length).toBeGreaterThanOrEqual(10);
    expect(plan.outcomes.some((o) => /^\d\.\d$/.test(o.text.trim()))).toBe(false);
    for (const outcome of plan.outcomes) expect(outcome.steps.length, outcome.text.slice(0, 40)).toBeGreaterThan(0);
  });
});

describe('structure of the fifth blind set', () => {
  it("a part of sections printed together opens with notes: those about provision are the provision section's", async () => {
    const file = join(blind, '..', 'blind5', 'blind5-landscape-chromium-good-1.pdf');
    const plan = structurePlan(await ingestPdf(new Uint8Array(readFileSync(file)), 'x.pdf'), 'x.pdf');
    expect(sectionText(plan, 'C')).toContain('This part records health needs that relate to the');
    expect(sectionText(plan, 'G')).toContain('This part sets out the health care provision reasonably required');
    expect(sectionText(plan, 'C')).not.toContain('The Integrated Care Board arranges');
    expect(sectionText(plan, 'F')).toContain('Halsworth Metropolitan Borough Council is responsible for securing the special educational provision');
  });

  it('areas named in other words ("Thinking and learning", "Emotional wellbeing and relationships") tag needs, outcomes and provision', async () => {
    const file = join(blind, '..', 'blind5', 'blind5-running-libreoffice-outstanding-1.pdf');
    const plan = structurePlan(await ingestPdf(new Uint8Array(readFileSync(file)), 'x.pdf'), 'x.pdf');
    const areasIn = (id: string) => new Set(plan.sections.find((s) => s.id === id)?.passages.map((p) => p.area));
    expect([...areasIn('B')]).toEqual(expect.arrayContaining(['communication-interaction', 'cognition-learning', 'semh', 'sensory-physical']));
    expect([...areasIn('E')]).toEqual(expect.arrayContaining(['cognition-learning']));
    expect([...areasIn('F')]).toEqual(expect.arrayContaining(['cognition-learning', 'semh', 'sensory-physical']));
  });
});

describe('structure of the second blind set', () => {
  it('a council golden-thread table whose steps sit indented in the outcome column, under a header of its own', async () => {
    const plan = structurePlan(await ingestPdf(new Uint8Array(readFileSync(join(blind, '..', 'blind2', 'blind2-thread-chromium-good-1.pdf'))), 'x.pdf'), 'x.pdf');
    expect(sectionText(plan, 'B')).toContain('Harvey finds it difficult to understand long or complex spoken instructions');
    expect(sectionText(plan, 'F')).toContain('A structured language group using the Language for Thinking approach');
    expect(sectionText(plan, 'F')).not.toContain('Harvey finds it difficult to understand long');
    const first = plan.outcomes.find((o) => o.text.startsWith('Outcome 1: By July 2027, Harvey will follow a spoken instruction'));
    expect(first?.steps.length).toBeGreaterThanOrEqual(1);
    // Details as a grid of bold labels over their values.
    expect(plan.metadata).toMatchObject({ setting: "St Chad's Church of England Primary School", planDate: '2025-09-22', planType: 'final' });
  });
});

// A council's golden-thread tables (the second blind set), printed by LibreOffice.
describe('structure of golden-thread tables with steps beside the outcome', () => {
  const blind2 = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'blind2');
  const plan = async () => {
    const name = 'blind2-thread-libreoffice-inadequate-1.pdf';
    return structurePlan(await ingestPdf(new Uint8Array(readFileSync(join(blind2, name))), name), name);
  };

  it('two outcomes in one cell are two outcomes, each with its own bulleted steps from the column beside it', async () => {
    const { outcomes } = await plan();
    const five = outcomes.find((o) => o.text.startsWith('Outcome 5:'));
    const six = outcomes.find((o) => o.text.startsWith('Outcome 6:'));
    expect(five?.text).toBe('Outcome 5: Kacper will feel less worried in school.');
    expect(five?.steps).toHaveLength(2);
    expect(five?.steps[0]).toContain('feelings scale');
    expect(six?.text).toBe('Outcome 6: Kacper will have lessons.');
    expect(outcomes.find((o) => o.text.startsWith('Outcome 1:'))?.steps).toHaveLength(2);
  });

  it('provision in "what" and "who and how often" columns side by side: each column\'s numbered items are whole', async () => {
    const name = 'blind2-thread-chromium-good-1.pdf';
    const p = structurePlan(await ingestPdf(new Uint8Array(readFileSync(join(blind2, name))), name), name);
    const f = p.provision.filter((i) => i.section === 'F').map((i) => i.text);
    expect(f).toContain('1.1.4 A visual timetable and symbol supports for the main routines of the day.');
    expect(f.some((t) => t.startsWith('1.1.1 A structured language group using the Language for Thinking approach, working on concept words and questions.'))).toBe(true);
    expect(f.some((t) => t.startsWith('1.1.2 The class teacher or TA: twice a week, 10 minutes a session'))).toBe(true);
    expect(f.some((t) => /^\d\.\d\.\d .*\b\d\.\d\.\d\b/.test(t))).toBe(false);
  });

  it('a row of bold labels further down a one-page profile heads the boxes below it', async () => {
    const a = (await plan()).sections.find((s) => s.id === 'A')!;
    const headings = a.passages.filter((p) => p.heading).map((p) => p.text);
    expect(headings).toEqual(expect.arrayContaining(['How best to support me', 'My hopes and dreams', 'Important to me', 'What my family say']));
    expect(a.passages.some((p) => !p.heading && p.text.startsWith('Kacper learns from one example'))).toBe(true);
  });
});

// A council's record tables (the third blind set): the golden thread down the page, one labelled row per part.
describe('structure of record tables whose row labels carry the section letter', () => {
  const name = 'blind3-grid-libreoffice-good-1.pdf';
  const plan = async () => structurePlan(await ingestPdf(new Uint8Array(readFileSync(join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'blind3', name))), name), name);

  it('sends "Need (B)", "Outcome (E)", "Steps towards it (E)" and "Provision (F)" rows to their sections, with areas', async () => {
    const p = await plan();
    expect(p.sections.map((s) => s.id)).toEqual(['A', 'B', 'F', 'E', 'C', 'G', 'D', 'H', 'I', 'J', 'K']);
    expect(sectionText(p, 'B')).toContain('Fergus reads slowly and makes frequent errors with longer words');
    expect(sectionText(p, 'F')).not.toContain('Fergus reads slowly');
    const reading = p.outcomes.find((o) => o.text.startsWith('1. Fergus will read aloud'));
    expect(reading?.steps).toHaveLength(2);
    expect(reading?.area).toBe('cognition-learning');
    // A step the page break split is one step, and the bullet after it another.
    expect(p.outcomes.find((o) => o.text.startsWith('2. Fergus will write'))?.steps).toHaveLength(2);
    expect(p.provision.filter((i) => i.section === 'F' && i.text.startsWith('From '))).toHaveLength(21);
  });

  it('reads "Social care need (D)" beside its text, and plain-word headings in the document\'s heading style', async () => {
    const p = await plan();
    expect(sectionText(p, 'D')).toContain('No social care needs have been identified for Fergus');
    expect(sectionText(p, 'A')).toContain('Fergus lives in Kelderwick with his dad');
    expect(sectionText(p, 'I')).toContain('The name and type of the school or college');
  });
});

// A plan that numbers its nine parts (the third blind set), outcomes and provision in one part.
describe('structure of a numbered part of outcomes with the help beside each', () => {
  const name = 'blind3-numbered-chromium-good-1.pdf';
  const plan = async () => structurePlan(await ingestPdf(new Uint8Array(readFileSync(join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'blind3', name))), name), name);

  it('goes back to the outcomes at "Outcome 2." after "The help I will get:", and keeps each outcome\'s two steps', async () => {
    const p = await plan();
    const two = p.outcomes.find((o) => o.text.startsWith('Outcome 2.'));
    expect(two?.steps).toHaveLength(2);
    expect(sectionText(p, 'F')).not.toContain('Outcome 2.');
    expect(sectionText(p, 'E')).toContain('Outcome 11. Gabriel will use the toilet independently');
    expect(sectionText(p, 'C')).not.toContain('Outcome 11.');
  });

  it('goes back to the outcomes at "Outcome 8 (employment and further education)." too', async () => {
    const name = 'blind3-numbered-libreoffice-outstanding-1.pdf';
    const p = structurePlan(await ingestPdf(new Uint8Array(readFileSync(join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'blind3', name))), name), name);
    expect(p.outcomes.find((o) => o.text.startsWith('Outcome 8 (employment and further education).'))?.steps).toHaveLength(2);
    expect(p.provision.some((i) => i.text.includes('Cian will write a one-page CV'))).toBe(false);
  });

  it('reads the cover form of labels in capitals over their values', async () => {
    expect((await plan()).metadata).toMatchObject({ name: 'Gabriel Bramwell', dateOfBirth: '2014-01-20', yearGroup: 'Year 7', primaryNeed: 'ASD', setting: 'Thornmoor Ridge Academy' });
  });
});

describe('social care provision under headings and headers that name it by code or only once wrapped', () => {
  const blind3 = async (name: string) => structurePlan(await ingestPdf(new Uint8Array(readFileSync(join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'blind3', name))), name), name);

  it('a table headed "... (H1) | Other social care provision (H2)" is section H', async () => {
    const p = await blind3('blind3-grid-chromium-good-1.pdf');
    expect(sectionText(p, 'H')).toContain('Short breaks: 3 hours each week');
    expect(sectionText(p, 'E')).not.toContain('Short breaks: 3 hours each week');
  });

  it('a numbered heading that names the Chronically Sick and Disabled Persons Act on its second line is H', async () => {
    const p = await blind3('blind3-numbered-libreoffice-good-1.pdf');
    expect(sectionText(p, 'H')).toContain('No social care provision is required, because no social care needs have been identified');
    expect(sectionText(p, 'D')).not.toContain('No social care provision is required');
  });
});

// The fourth blind set: section titles in table rows with the letter in a cell of its own, and goals by theme.
describe('structure of title rows with a lone section letter, and of goals', () => {
  const blind4 = async (name: string) => structurePlan(await ingestPdf(new Uint8Array(readFileSync(join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'blind4', name))), name), name);

  it('"A | Views, Interests and Aspirations ..." rows open their sections, past the contents table of the same shape', async () => {
    const p = await blind4('blind4-lettered-chromium-good-1.pdf');
    expect(p.sections.map((s) => s.id)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K']);
    expect(sectionText(p, 'A')).toContain('Barnaby lives in Severn Edge');
    expect(sectionText(p, 'G')).toContain('Cognitive behavioural therapy for anxiety');
    expect(p.metadata.name).toBe('Barnaby Hollingworth');
    // A row with text only under "Steps towards it" is the next step of the outcome above.
    const follow = p.outcomes.find((o) => o.text.startsWith('Barnaby will follow a spoken instruction'));
    expect(follow?.steps.some((s) => s.startsWith('Barnaby will answer “who”'))).toBe(true);
    expect(p.outcomes.some((o) => o.text.startsWith('Barnaby will answer “who”'))).toBe(false);
  });

  it('a title row at the top of a page opens its section; a summary of changes naming "Section A" is in no section', async () => {
    const p = await blind4('blind4-lettered-libreoffice-requires-improvement-1.pdf');
    expect(sectionText(p, 'D').trim()).toBe('N/A');
    expect(sectionText(p, 'E')).toContain('Jude will tell an adult when he has not heard or understood something');
    expect(p.sections.find((s) => s.id === 'A')?.pageStart).toBe(3);
    expect(p.provision.some((i) => i.text.startsWith('The provision has been brought into line'))).toBe(false);
  });

  it('"Goal 2:" opens an outcome of its own, with its own steps; the name is the line under the title, not the signatory', async () => {
    const p = await blind4('blind4-portrait-chromium-good-1.pdf');
    expect(p.metadata).toMatchObject({ name: 'Laurie Ashdown', dateOfBirth: '2012-07-21', yearGroup: 'Year 9', setting: 'Millbeck Grange High School' });
    // The profile beside the details box is section A; the box itself is in no section.
    expect(sectionText(p, 'A')).toContain('at the start of Year 7, after an enhanced transition programme');
    expect(sectionText(p, 'A')).toContain('When I leave school I want to do a course in engineering');
    expect(sectionText(p, 'A')).not.toContain('UPN: T550512853270');
    const goals = p.outcomes.filter((o) => /^Goal \d+:/.test(o.text));
    expect(goals.length).toBeGreaterThanOrEqual(9);
    expect(goals.every((g) => g.steps.length === 2)).toBe(true);
  });
});

describe('structure of a newsletter plan in newspaper columns (LibreOffice)', () => {
  const blind8 = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'blind8');
  const plan = async (name: string) => structurePlan(await ingestPdf(new Uint8Array(readFileSync(join(blind8, name))), name), name);

  it('a bulleted item of the summary of changes that names a section ("• Section B: Needs rewritten ... since the" / "review.") does not open it', async () => {
    const read = await plan('blind8-columns-libreoffice-requires-improvement-1.pdf');
    const b = read.sections.find((s) => s.id === 'B')!;
    expect(b.title).toBe('Section B - Special educational needs');
    expect(b.pageStart).toBe(3);
  });

  it('reads the needs a column at a time under sub-headings side by side, each column holding more of its own', async () => {
    const read = await plan('blind8-columns-libreoffice-requires-improvement-1.pdf');
    const passage = (start: string) => read.sections.find((s) => s.id === 'B')!.passages.find((p) => p.text.startsWith(start));
    // Read across the page, the right column's worries sat under "Cognition and learning".
    expect(passage('Nella worries a great deal about getting things wrong')?.area).toBe('semh');
    expect(passage('What is going well: Nella has very good listening skills')?.area).toBe('cognition-learning');
  });
});
