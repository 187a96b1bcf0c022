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
