import { type RubricSectionId, type SectionId } from './sections';

export const LEVELS = ['met', 'partly', 'not_met', 'na'] as const;
export type Level = (typeof LEVELS)[number];

export interface Evidence {
  readonly section: SectionId | null;
  readonly page: number;
  /** Text that occurs in the plan (white space normalised). */
  readonly quote: string;
}

/**
 * A detector's observation about one criterion. Immutable (frozen when made): the grade stage
 * and the auditor's judgement sit beside findings, they never edit them.
 */
export interface Finding {
  readonly criterion: string;
  readonly level: Level;
  readonly confidence: number;
  readonly rationale: string;
  readonly evidence: readonly Evidence[];
}

/** The tool's pre-score of one criterion: its findings folded into one level. */
export type Suggestion = Finding;

export type Grade = 'Outstanding' | 'Good' | 'Requires improvement' | 'Inadequate';
export const GRADES: readonly Grade[] = ['Outstanding', 'Good', 'Requires improvement', 'Inadequate'];

export interface GradeResult {
  readonly grade: Grade;
  /** Weighted, normalised score 0..1; null when every criterion is `na`. */
  readonly score: number | null;
  /** Limiting criteria `not_met` that capped the grade. */
  readonly limitedBy: readonly string[];
}

export interface PlanGrade extends GradeResult {
  readonly sections: Readonly<Partial<Record<RubricSectionId, GradeResult>>>;
}
