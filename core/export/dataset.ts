import { type AuditorAgency, type Grade, type Level, type Outcome, type PlanMetadata, type ProvisionItem, type Suggestion } from '../domain';
import { type Rubric } from '../rubric';
import { type IdentifierMode } from './pseudonymise';

export type { AuditorAgency } from '../domain';

/** One audited plan as the exports see it: the store's rows, read once. */
export interface ExportPlan {
  /** The plan's content hash. */
  readonly key: string;
  readonly fileName: string;
  readonly metadata: PlanMetadata;
  readonly keyStage: string | null;
  readonly importedAt: string;
  readonly toolGrade: Grade;
  readonly toolScore: number | null;
  readonly suggestions: readonly Suggestion[];
  readonly outcomes: readonly Outcome[];
  readonly provision: readonly ProvisionItem[];
  /**
   * The plan's own text (front page and sections), read only to find who the plan names; never
   * written to a workbook.
   */
  readonly identityTexts: readonly string[];
}

export interface ExportAuditor {
  readonly id: number;
  readonly name: string;
  readonly agency: AuditorAgency;
  readonly role: string | null;
}

/** An auditor's level or comment on one criterion of one plan. */
export interface ExportJudgement {
  readonly planKey: string;
  readonly auditorId: number;
  readonly criterion: string;
  readonly level: Level | null;
  readonly reason: string | null;
  readonly note: string | null;
  readonly updatedAt: string;
}

/** An auditor's overall note on a plan. */
export interface ExportPlanNote {
  readonly planKey: string;
  readonly auditorId: number;
  readonly note: string;
}

export interface ExportTrailEntry {
  readonly at: string;
  readonly auditorId: number | null;
  readonly entity: string;
  /** Usually starts with the plan's hash: `sha256/auditor/criterion`. */
  readonly entityKey: string;
  readonly field: string;
  readonly oldValue: string | null;
  readonly newValue: string | null;
  readonly reason: string | null;
}

export interface PeriodFilter {
  readonly from: string | null;
  readonly to: string | null;
}

/** Everything the training-needs workbook and the dashboard are built from. */
export interface TrainingDataset {
  readonly generatedAt: string;
  readonly toolVersion: string;
  readonly rubric: Rubric;
  readonly period: PeriodFilter;
  readonly plans: readonly ExportPlan[];
  readonly auditors: readonly ExportAuditor[];
  readonly judgements: readonly ExportJudgement[];
  readonly planNotes: readonly ExportPlanNote[];
}

/** One auditor's level in a moderation exercise. */
export interface ModerationRating {
  readonly planKey: string;
  readonly criterion: string;
  readonly auditorId: number;
  readonly level: Level | null;
  readonly reason: string | null;
}

/** The level the moderators agreed for a plan's criterion, and why. */
export interface AgreedLevel {
  readonly planKey: string;
  readonly criterion: string;
  readonly level: Level;
  readonly reason: string | null;
}

export interface ModerationDataset {
  readonly generatedAt: string;
  readonly toolVersion: string;
  readonly rubric: Rubric;
  readonly exercise: { readonly id: string; readonly name: string; readonly createdAt: string; readonly filters: string | null };
  readonly plans: readonly ExportPlan[];
  readonly auditors: readonly ExportAuditor[];
  readonly ratings: readonly ModerationRating[];
  readonly agreed: readonly AgreedLevel[];
  readonly trail: readonly ExportTrailEntry[];
}

export interface ExportOptions {
  readonly mode: IdentifierMode;
}
