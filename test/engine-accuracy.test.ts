import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readRubricFile } from '../core/api/rubric-files';
import { ingestPdf } from '../core/ingest';
import { type ReportPlan } from '../core/pipeline';
import { auditLabelled } from './evaluation/audit-labelled';
import { type FixtureLabels, labelledFiles } from './evaluation/labels';
import { type Figures, formatFigures, measure, share } from './evaluation/metrics';

// The engine's figures on the labelled fixtures, so a regression shows as a failing test.
// Floors sit a little under the figures measured when they were set (README, "Measured").
const fixtures = join(import.meta.dirname, 'fixtures');
const rubric = readRubricFile();
let pairs: { labels: FixtureLabels; report: ReportPlan }[] = [];
let dev: Figures;
let blind: Figures;
let blind2: Figures;
let blind3: Figures;
let blind4: Figures;
let blind5: Figures;
let blind6: Figures;
let blind7: Figures;
let blind8: Figures;
let blind9: Figures;
let blind10: Figures;
let blind11: Figures;

beforeAll(async () => {
  pairs = await auditLabelled([...labelledFiles(join(fixtures, 'plans')), ...labelledFiles(join(fixtures, 'not-plans')), ...labelledFiles(join(fixtures, 'blind'))]);
  blind = measure(rubric, pairs.filter((p) => p.labels.split === 'blind'));
  console.log(formatFigures('blind set', blind));
  const second = await auditLabelled(labelledFiles(join(fixtures, 'blind2')));
  blind2 = measure(rubric, second);
  console.log(formatFigures('second blind set', blind2));
  blind3 = measure(rubric, await auditLabelled(labelledFiles(join(fixtures, 'blind3'))));
  console.log(formatFigures('third blind set', blind3));
  blind4 = measure(rubric, await auditLabelled(labelledFiles(join(fixtures, 'blind4'))));
  console.log(formatFigures('fourth blind set', blind4));
  blind5 = measure(rubric, await auditLabelled(labelledFiles(join(fixtures, 'blind5'))));
  console.log(formatFigures('fifth blind set', blind5));
  blind6 = measure(rubric, await auditLabelled(labelledFiles(join(fixtures, 'blind6'))));
  console.log(formatFigures('sixth blind set', blind6));
  blind7 = measure(rubric, await auditLabelled(labelledFiles(join(fixtures, 'blind7'))));
  console.log(formatFigures('seventh blind set', blind7));
  blind8 = measure(rubric, await auditLabelled(labelledFiles(join(fixtures, 'blind8'))));
  console.log(formatFigures('eighth blind set', blind8));
  blind9 = measure(rubric, await auditLabelled(labelledFiles(join(fixtures, 'blind9'))));
  console.log(formatFigures('ninth blind set', blind9));
  blind10 = measure(rubric, await auditLabelled(labelledFiles(join(fixtures, 'blind10'))));
  console.log(formatFigures('tenth blind set', blind10));
  blind11 = measure(rubric, await auditLabelled(labelledFiles(join(fixtures, 'blind11'))));
  console.log(formatFigures('eleventh blind set', blind11));
  dev = measure(rubric, pairs.filter((p) => p.labels.kind === 'plan' && (p.labels.split ?? 'dev') === 'dev'));
  console.log(formatFigures('labelled dev set', dev));
}, 900_000);

describe('accuracy on the labelled plans', () => {
  it('audits every plan', () => expect(dev.audited).toBe(dev.plans));
  it('places distinctive sentences in the right section', () => expect(share(dev.sectionSentences.placed, dev.sectionSentences.total)).toBeGreaterThanOrEqual(0.99));
  it('reads the metadata', () => expect(share(dev.metadataFields.right, dev.metadataFields.total)).toBeGreaterThanOrEqual(0.95));
  it('flags the planted defects', () => expect(share(dev.defects.flagged, dev.defects.total)).toBeGreaterThanOrEqual(0.9));
  it('rarely cries wolf', () => expect(share(dev.falseAlarms.count, dev.falseAlarms.metTotal)).toBeLessThanOrEqual(0.04));
  it('agrees with the expert levels beyond chance', () => expect(dev.qwk).toBeGreaterThanOrEqual(0.85));
  it('gets the overall grade right often', () => expect(share(dev.gradeExact.right, dev.gradeExact.total)).toBeGreaterThanOrEqual(0.8));
  it('quotes only text that is in the plan', async () => {
    const squash = (t: string) => t.replace(/\s+/g, ' ').trim();
    for (const { report } of pairs) {
      if (report.status !== 'ok') continue;
      const sections = squash(report.sections.map((s) => s.text).join(' '));
      // Evidence outside every section (the cover, personal details) is checked against the whole document.
      const needsWhole = report.criteria.some((c) => c.evidence.some((e) => e.section === null));
      const whole = needsWhole ? squash((await ingestPdf(new Uint8Array(readFileSync(report.file)), report.file)).pages.flatMap((p) => p.lines.map((l) => l.text)).join(' ')) : '';
      for (const c of report.criteria) {
        for (const e of c.evidence) expect(e.section === null ? whole : sections, `${report.file} ${c.id}`).toContain(squash(e.quote));
      }
    }
  });
});

// Templates and wording written by someone who had not seen the engine (test/fixtures/blind).
// The floors are the acceptance bar for unseen plans; the figures were met after fixing what
// the set showed in general (README, "Measured").
describe('accuracy on templates the engine was not written for', () => {
  it('audits every plan', () => expect(blind.audited).toBe(blind.plans));
  it('places distinctive sentences in the right section', () => expect(share(blind.sectionSentences.placed, blind.sectionSentences.total)).toBeGreaterThanOrEqual(0.97));
  it('reads the metadata', () => expect(share(blind.metadataFields.right, blind.metadataFields.total)).toBeGreaterThanOrEqual(0.95));
  it('flags the planted defects', () => expect(share(blind.defects.flagged, blind.defects.total)).toBeGreaterThanOrEqual(0.82));
  it('rarely cries wolf', () => expect(share(blind.falseAlarms.count, blind.falseAlarms.metTotal)).toBeLessThanOrEqual(0.05));
  it('agrees with the expert levels beyond chance', () => expect(blind.qwk).toBeGreaterThanOrEqual(0.8));
  it('gets the overall grade right often', () => expect(share(blind.gradeExact.right, blind.gradeExact.total)).toBeGreaterThanOrEqual(0.8));
});

// The later blind sets were measured first as they came (README, "Measured") and then fixed in
// general where they showed weaknesses; these floors keep what they reach from slipping back.
interface Floors { readonly audited?: number; readonly sections?: number; readonly metadata?: number; readonly defects: number; readonly alarms?: number; readonly qwk: number; readonly grade: number }
const laterBlindSet = (name: string, figures: () => Figures, floors: Floors) =>
  describe(`the ${name} blind set does not slip back`, () => {
    it('audits every plan', () => expect(figures().audited).toBeGreaterThanOrEqual(floors.audited ?? figures().plans));
    it('places sentences and reads metadata', () => {
      expect(share(figures().sectionSentences.placed, figures().sectionSentences.total)).toBeGreaterThanOrEqual(floors.sections ?? 0.97);
      expect(share(figures().metadataFields.right, figures().metadataFields.total)).toBeGreaterThanOrEqual(floors.metadata ?? 0.93);
    });
    it('flags defects without crying wolf', () => {
      expect(share(figures().defects.flagged, figures().defects.total)).toBeGreaterThanOrEqual(floors.defects);
      expect(share(figures().falseAlarms.count, figures().falseAlarms.metTotal)).toBeLessThanOrEqual(floors.alarms ?? 0.03);
    });
    it('keeps its agreement and grades', () => {
      expect(figures().qwk).toBeGreaterThanOrEqual(floors.qwk);
      expect(share(figures().gradeExact.right, figures().gradeExact.total)).toBeGreaterThanOrEqual(floors.grade);
    });
  });
laterBlindSet('second', () => blind2, { defects: 0.8, qwk: 0.75, grade: 0.8 });
laterBlindSet('third', () => blind3, { defects: 0.85, qwk: 0.8, grade: 0.75 });
// The fourth set: these floors hold what it reaches.
laterBlindSet('fourth', () => blind4, { sections: 0.95, metadata: 0.97, defects: 0.84, alarms: 0.03, qwk: 0.75, grade: 0.8 });
// The fifth set's first run audited half of it (README); these floors hold what it reaches now.
laterBlindSet('fifth', () => blind5, { sections: 0.98, metadata: 0.95, defects: 0.8, alarms: 0.03, qwk: 0.78, grade: 0.8 });
// The sixth set's first run audited 1 of 16 (README); these floors hold what it reaches now.
laterBlindSet('sixth', () => blind6, { sections: 0.97, metadata: 0.95, defects: 0.86, alarms: 0.02, qwk: 0.8, grade: 0.74 });
// The seventh set's first run audited all 16 but read 17% of their details (README); it is far short of the bar on
// defects, QWK and grades, and these floors hold what it reaches now.
laterBlindSet('seventh', () => blind7, { sections: 0.97, metadata: 0.97, defects: 0.74, alarms: 0.015, qwk: 0.7, grade: 0.8 });
// The eighth set (newspaper columns; a case system's numbered question set) is short of the bar: its
// first run refused two plans and placed 67% of sentences (README). These floors hold what it reaches now.
laterBlindSet('eighth', () => blind8, { sections: 0.96, metadata: 0.95, defects: 0.87, alarms: 0.03, qwk: 0.71, grade: 0.74 });
// The ninth set (a case system's record printed as one table; a Word outline with a contents page):
// its first run refused four plans and read 61% of the details (README). These floors hold what it reaches now.
laterBlindSet('ninth', () => blind9, { sections: 0.98, metadata: 0.97, defects: 0.83, alarms: 0.015, qwk: 0.8, grade: 0.8 });
// The tenth set (a statutory-wording template numbering every paragraph by its section; a booklet in
// the child's own words): its first run refused seven plans and placed 90% of sentences (README).
laterBlindSet('tenth', () => blind10, { sections: 0.98, metadata: 0.97, defects: 0.8, alarms: 0.015, qwk: 0.8, grade: 0.75 });
// The eleventh set (a 14-25 plan grouped by Preparing for Adulthood pathways; a plan drafted as a legal
// schedule): its first run read 35% of the details, with 10% false alarms (README). These floors hold what it reaches now.
laterBlindSet('eleventh', () => blind11, { sections: 0.98, metadata: 0.97, defects: 0.78, alarms: 0.015, qwk: 0.78, grade: 0.75 });

describe('documents that are not plans', () => {
  it('refuses every advice report, review, form and board paper as not_ehc_plan', () => {
    const others = pairs.filter((p) => p.labels.kind === 'not_plan');
    expect(others.length).toBeGreaterThanOrEqual(8);
    for (const { labels, report } of others) expect(report.status === 'error' ? report.error.code : 'audited', labels.file).toBe('not_ehc_plan');
  });
});
