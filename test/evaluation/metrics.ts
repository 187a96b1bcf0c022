import { type Level } from '../../core/domain';
import { type ReportPlan } from '../../core/pipeline';
import { gradePlan, type Rubric } from '../../core/rubric';
import { type FixtureLabels } from './labels';

/** The figures the engine issue's acceptance names, measured on labelled plans. */
export interface Figures {
  readonly plans: number;
  readonly audited: number;
  readonly sectionSentences: { readonly placed: number; readonly total: number };
  readonly metadataFields: { readonly right: number; readonly total: number };
  readonly defects: { readonly flagged: number; readonly total: number };
  readonly falseAlarms: { readonly count: number; readonly metTotal: number };
  readonly qwk: number;
  readonly gradeExact: { readonly right: number; readonly total: number };
  readonly misses: readonly string[];
}

const METADATA_FIELDS = ['name', 'dateOfBirth', 'yearGroup', 'primaryNeed', 'setting', 'planDate', 'planType'] as const;
const ORDINAL: Record<Exclude<Level, 'na'>, number> = { not_met: 0, partly: 1, met: 2 };
const squash = (text: string) => text.normalize('NFKC').replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"').replace(/[\u2010-\u2015]/g, '-').replace(/\s+/g, ' ').trim().toLowerCase();

export function measure(rubric: Rubric, pairs: readonly { labels: FixtureLabels; report: ReportPlan }[]): Figures {
  let placed = 0, sentences = 0, fieldsRight = 0, fields = 0, flagged = 0, defects = 0, alarms = 0, met = 0, gradesRight = 0;
  const truth: number[] = [];
  const predicted: number[] = [];
  const misses: string[] = [];
  for (const { labels, report } of pairs) {
    if (report.status !== 'ok') {
      misses.push(`${labels.file}: not audited (${report.error.code})`);
      continue;
    }
    const sectionText = new Map(report.sections.map((s) => [s.id, squash(s.text)]));
    for (const [id, list] of Object.entries(labels.sections ?? {})) {
      for (const sentence of list) {
        sentences++;
        if (sectionText.get(id as never)?.includes(squash(sentence))) placed++;
        else misses.push(`${labels.file}: section ${id} sentence not placed: "${sentence.slice(0, 50)}…"`);
      }
    }
    for (const field of METADATA_FIELDS) {
      const expected = labels.metadata?.[field] ?? null;
      const actual = (report.metadata as unknown as Record<string, string | null>)[field] ?? null;
      fields++;
      if (sameValue(expected, actual)) fieldsRight++;
      else misses.push(`${labels.file}: metadata ${field} expected ${expected} got ${actual}`);
    }
    const levels = new Map(report.criteria.map((c) => [c.id, c.level]));
    for (const [id, expert] of Object.entries(labels.criteria ?? {})) {
      const tool = levels.get(id) ?? 'na';
      if (expert === 'partly' || expert === 'not_met') {
        defects++;
        if (tool === 'partly' || tool === 'not_met') flagged++;
        else misses.push(`${labels.file}: missed ${id} (expert ${expert}, tool ${tool})`);
      }
      if (expert === 'met') {
        met++;
        if (tool === 'not_met') {
          alarms++;
          misses.push(`${labels.file}: false alarm ${id}`);
        }
      }
      if (expert !== 'na') {
        truth.push(ORDINAL[expert]);
        predicted.push(tool === 'na' ? ORDINAL.met : ORDINAL[tool]);
      }
    }
    const expectedGrade = gradePlan(rubric, new Map(Object.entries(labels.criteria ?? {}) as [string, Level][])).grade;
    if (expectedGrade === report.grade.overall) gradesRight++;
    else misses.push(`${labels.file}: grade expected ${expectedGrade} got ${report.grade.overall}`);
  }
  return {
    plans: pairs.length,
    audited: pairs.filter((p) => p.report.status === 'ok').length,
    sectionSentences: { placed, total: sentences },
    metadataFields: { right: fieldsRight, total: fields },
    defects: { flagged, total: defects },
    falseAlarms: { count: alarms, metTotal: met },
    qwk: quadraticWeightedKappa(truth, predicted, 3),
    gradeExact: { right: gradesRight, total: pairs.length },
    misses,
  };
}

function sameValue(expected: string | null, actual: string | null): boolean {
  if (expected === null || actual === null) return expected === actual;
  return squash(expected) === squash(actual);
}

/** Cohen's kappa with quadratic weights, for ordinal categories 0..k-1. */
export function quadraticWeightedKappa(a: readonly number[], b: readonly number[], k: number): number {
  const n = a.length;
  if (n === 0) return 0;
  const observed = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const rowTotals = new Array<number>(k).fill(0);
  const colTotals = new Array<number>(k).fill(0);
  for (let i = 0; i < n; i++) {
    observed[a[i]!]![b[i]!]!++;
    rowTotals[a[i]!]!++;
    colTotals[b[i]!]!++;
  }
  let num = 0, den = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const w = ((i - j) * (i - j)) / ((k - 1) * (k - 1));
      num += w * observed[i]![j]!;
      den += (w * rowTotals[i]! * colTotals[j]!) / n;
    }
  }
  return den === 0 ? 1 : 1 - num / den;
}

export const share = (part: number, total: number) => (total === 0 ? 1 : part / total);

export function formatFigures(name: string, f: Figures): string {
  const pct = (x: number, t: number) => `${(share(x, t) * 100).toFixed(1)}% (${x}/${t})`;
  return [
    `${name}: ${f.audited}/${f.plans} plans audited`,
    `  sentences placed in the right section  ${pct(f.sectionSentences.placed, f.sectionSentences.total)}`,
    `  metadata fields right                  ${pct(f.metadataFields.right, f.metadataFields.total)}`,
    `  defects flagged                        ${pct(f.defects.flagged, f.defects.total)}`,
    `  false alarms (not_met where met)       ${pct(f.falseAlarms.count, f.falseAlarms.metTotal)}`,
    `  criterion QWK                          ${f.qwk.toFixed(3)}`,
    `  overall grade exact                    ${pct(f.gradeExact.right, f.gradeExact.total)}`,
  ].join('\n');
}
