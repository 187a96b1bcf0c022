import { EhcqaError, type FileErrorCode, isFileErrorCode, type Plan, type PlanGrade, type Suggestion } from '../domain';
import { type Detector } from '../detectors/detector';
import { runDetectors } from '../detectors/run';
import { ingestPdf, type IngestLimits } from '../ingest';
import { gradePlan, type Rubric, suggest } from '../rubric';
import { planGate, structurePlan } from '../structure';
import { anchorEvidence } from './anchor-evidence';
import { type AuditedPlan, type FailedPlan, type ReportPlan } from './report-types';

export interface AuditInput {
  readonly bytes: Uint8Array;
  /** The path as given: named in messages and the report. */
  readonly file: string;
  readonly sha256: string;
}

export interface AuditOptions {
  readonly rubric: Rubric;
  readonly detectors: ReadonlyMap<string, Detector<never>>;
  readonly limits?: IngestLimits;
}

/** Everything the pipeline learnt about one plan: kept in the database, shaped into the report. */
export interface PlanAudit {
  readonly plan: Plan;
  readonly suggestions: readonly Suggestion[];
  readonly grade: PlanGrade;
}

/** Plan to suggestions and grade: the detectors, the fold, the grading rule. */
export function scorePlan(plan: Plan, options: AuditOptions): PlanAudit {
  const findings = runDetectors(plan, options.rubric, options.detectors);
  const suggestions = anchorEvidence(plan, suggest(options.rubric, findings));
  const levels = new Map(suggestions.map((s) => [s.criterion, s.level]));
  return { plan, suggestions, grade: gradePlan(options.rubric, levels) };
}

/** PDF bytes to an audit, or to the coded error that says why the file could not be audited. */
export async function auditPdf(input: AuditInput, options: AuditOptions): Promise<{ audit: PlanAudit } | { error: EhcqaError & { code: FileErrorCode } }> {
  const label = baseName(input.file);
  try {
    const doc = await ingestPdf(input.bytes, label, options.limits, planGate(label));
    const plan = structurePlan(doc, label);
    return { audit: scorePlan(plan, options) };
  } catch (error) {
    if (error instanceof EhcqaError && isFileErrorCode(error.code)) return { error: error as EhcqaError & { code: FileErrorCode } };
    return { error: new EhcqaError('unreadable', `${label} could not be audited because of an internal error; the rest of the batch goes on.`, { cause: error }) as EhcqaError & { code: FileErrorCode } };
  }
}

/** Messages name the file, not its folder: paths can hold a child's name too. */
export function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

export function toReportPlan(input: Pick<AuditInput, 'file' | 'sha256'>, audit: PlanAudit): AuditedPlan {
  const { plan, suggestions, grade } = audit;
  const m = plan.metadata;
  return {
    file: input.file,
    sha256: input.sha256,
    status: 'ok',
    pages: plan.pageCount,
    metadata: {
      name: m.name, dateOfBirth: m.dateOfBirth, yearGroup: m.yearGroup, yearGroupDerived: m.yearGroupDerived,
      primaryNeed: m.primaryNeed, setting: m.setting, planDate: m.planDate, planType: m.planType, reviewDate: m.reviewDate,
    },
    sections: plan.sections.map((s) => ({ id: s.id, title: s.title, pageStart: s.pageStart, pageEnd: s.pageEnd, text: s.text })),
    criteria: suggestions.map((s) => ({ id: s.criterion, level: s.level, confidence: s.confidence, rationale: s.rationale, evidence: s.evidence })),
    grade: {
      overall: grade.grade,
      score: round(grade.score ?? 0),
      sections: Object.fromEntries(Object.entries(grade.sections).map(([id, g]) => [id, { score: g.score === null ? null : round(g.score), grade: g.grade }])),
      limitedBy: grade.limitedBy,
    },
  };
}

export function toFailedPlan(input: Pick<AuditInput, 'file' | 'sha256'>, error: { code: FileErrorCode; message: string }, pages: number | null = null): FailedPlan {
  return { file: input.file, sha256: input.sha256, status: 'error', error: { code: error.code, message: error.message }, pages };
}

const round = (n: number) => Math.round(n * 1000) / 1000;

export type { ReportPlan };
