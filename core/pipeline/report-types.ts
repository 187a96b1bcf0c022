import { type ErrorInfo, type FileErrorCode, type Grade, type Level, type PlanMetadata, type RubricSectionId, type SectionId } from '../domain';

/** The JSON report of report-format.md: a contract read by other tools. Add fields, never rename. */
export interface Report {
  readonly tool: { readonly name: 'ehcqa'; readonly version: string };
  readonly rubric: { readonly id: string; readonly version: string };
  readonly generatedAt: string;
  readonly plans: readonly ReportPlan[];
}

/** The plan's metadata as the report shows it (the caseworker stays out: not a contract field). */
export type ReportMetadata = Omit<PlanMetadata, 'caseworker'>;

export interface ReportSection {
  readonly id: SectionId;
  readonly title: string;
  readonly pageStart: number;
  readonly pageEnd: number;
  readonly text: string;
}

export interface ReportCriterion {
  readonly id: string;
  readonly level: Level;
  readonly confidence: number;
  readonly rationale: string;
  readonly evidence: readonly { readonly section: SectionId | null; readonly page: number; readonly quote: string }[];
}

export interface ReportGrade {
  readonly overall: Grade;
  readonly score: number;
  readonly sections: Readonly<Partial<Record<RubricSectionId, { readonly score: number | null; readonly grade: Grade }>>>;
  readonly limitedBy: readonly string[];
}

export interface AuditedPlan {
  readonly file: string;
  readonly sha256: string;
  readonly status: 'ok';
  readonly pages: number;
  readonly metadata: ReportMetadata;
  readonly sections: readonly ReportSection[];
  readonly criteria: readonly ReportCriterion[];
  readonly grade: ReportGrade;
}

export interface FailedPlan {
  readonly file: string;
  readonly sha256: string;
  readonly status: 'error';
  readonly error: ErrorInfo & { readonly code: FileErrorCode };
  readonly pages: number | null;
}

export type ReportPlan = AuditedPlan | FailedPlan;
