import { type TrainingDataset } from './dataset';
import {
  type AgencyWeakness, assessPlans, type CriterionWeakness, criterionWeaknesses, filterPlans, type GradeCount, gradeDistribution,
  type InsightFilters, type MonthTrend, trendByMonth, weaknessesByAgency,
} from './insight';

/** What the dashboard draws: aggregates only (counts and shares), so it never shows a child's details. */
export interface DashboardData {
  readonly filters: InsightFilters;
  /** The values each filter can take, from all plans (not only the filtered ones). */
  readonly choices: { readonly keyStages: readonly string[]; readonly primaryNeeds: readonly string[]; readonly settings: readonly string[]; readonly months: readonly string[] };
  readonly plans: number;
  readonly grades: readonly GradeCount[];
  readonly trend: readonly MonthTrend[];
  /** The ten weakest criteria. */
  readonly weakest: readonly CriterionWeakness[];
  readonly byAgency: readonly AgencyWeakness[];
}

const distinct = (values: readonly (string | null)[]) => [...new Set(values.filter((v): v is string => !!v))].sort();

export function dashboardData(data: TrainingDataset, filters: InsightFilters): DashboardData {
  const all = assessPlans(data.rubric, data.plans, data.judgements);
  const plans = filterPlans(all, filters);
  return {
    filters,
    choices: {
      keyStages: distinct(all.map((p) => p.plan.keyStage)),
      primaryNeeds: distinct(all.map((p) => p.plan.metadata.primaryNeed)),
      settings: distinct(all.map((p) => p.plan.metadata.setting)),
      months: distinct(all.map((p) => p.month)),
    },
    plans: plans.length,
    grades: gradeDistribution(plans),
    trend: trendByMonth(plans),
    weakest: criterionWeaknesses(data.rubric, plans).filter((w) => w.assessed > 0).slice(0, 10),
    byAgency: weaknessesByAgency(data.rubric, plans),
  };
}
