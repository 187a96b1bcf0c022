import { type Level, type RubricSectionId } from '../domain';
import { agreementStatistics, type AgreementStatistics, levelMatrix, RUBRIC_CATEGORIES } from './agreement';

/** The scores of one exercise as the agreement figures need them. */
export interface ExerciseRatings {
  /** Columns of every matrix, in this order. */
  readonly raters: readonly number[];
  readonly plans: readonly string[];
  readonly criteria: readonly { readonly id: string; readonly section: RubricSectionId }[];
  /** key `${plan}/${criterion}` → rater id → level. */
  readonly levels: ReadonlyMap<string, ReadonlyMap<number, Level>>;
  readonly tool: ReadonlyMap<string, Level>;
  readonly agreed: ReadonlyMap<string, Level>;
}

/** How far the tool's pre-score matches what the panel agreed. */
export interface ToolAgreement {
  /** Items with both a tool level and an agreed level (not N/A). */
  readonly n: number;
  readonly percentAgreement: number | null;
  readonly weightedKappaQuadratic: number | null;
}

export interface ExerciseAgreement {
  readonly raters: readonly number[];
  readonly overall: AgreementStatistics;
  readonly sections: Readonly<Partial<Record<RubricSectionId, AgreementStatistics>>>;
  readonly criteria: Readonly<Record<string, AgreementStatistics>>;
  readonly tool: { readonly overall: ToolAgreement; readonly sections: Readonly<Partial<Record<RubricSectionId, ToolAgreement>>>; readonly criteria: Readonly<Record<string, ToolAgreement>> };
}

const key = (plan: string, criterion: string) => `${plan}/${criterion}`;

/**
 * Agreement per criterion (rows: the plans), per section (rows: plan × criterion of the section)
 * and overall (every plan × criterion), between the auditors; and the tool's against the agreed
 * levels on the same rows. A criterion an auditor was not assigned is a missing rating.
 */
export function exerciseAgreement(ratings: ExerciseRatings): ExerciseAgreement {
  const rows = (criteria: readonly string[]) => ratings.plans.flatMap((plan) => criteria.map((c) => key(plan, c)));
  const panel = (keys: readonly string[]) =>
    agreementStatistics(levelMatrix(keys.map((k) => ratings.raters.map((r) => ratings.levels.get(k)?.get(r)))), { categories: RUBRIC_CATEGORIES });
  const tool = (keys: readonly string[]): ToolAgreement => {
    const stats = agreementStatistics(levelMatrix(keys.map((k) => [ratings.tool.get(k), ratings.agreed.get(k)])), { categories: RUBRIC_CATEGORIES });
    return { n: stats.pairableItems, percentAgreement: stats.percentAgreement, weightedKappaQuadratic: stats.pairwise[0]?.weightedKappaQuadratic ?? null };
  };
  const ids = ratings.criteria.map((c) => c.id);
  const sectionIds = [...new Set(ratings.criteria.map((c) => c.section))];
  const ofSection = (s: RubricSectionId) => ratings.criteria.filter((c) => c.section === s).map((c) => c.id);
  return {
    raters: ratings.raters,
    overall: panel(rows(ids)),
    sections: Object.fromEntries(sectionIds.map((s) => [s, panel(rows(ofSection(s)))])),
    criteria: Object.fromEntries(ids.map((id) => [id, panel(rows([id]))])),
    tool: {
      overall: tool(rows(ids)),
      sections: Object.fromEntries(sectionIds.map((s) => [s, tool(rows(ofSection(s)))])),
      criteria: Object.fromEntries(ids.map((id) => [id, tool(rows([id]))])),
    },
  };
}
