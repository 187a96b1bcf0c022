import { type Grade, type GradeResult, type Level, type PlanGrade, RUBRIC_SECTION_IDS, type RubricSectionId } from '../domain';
import { type Criterion, type Rubric } from './rubric';

const VALUE: Record<Exclude<Level, 'na'>, number> = { met: 2, partly: 1, not_met: 0 };

/**
 * The grading rule of the rubric (default-rubric.md, "Scale"): a weighted, normalised score and
 * the limiting criteria decide the grade. The same rule grades the plan and each section.
 * `levels` maps criterion id to level; a missing level counts as `na`.
 */
export function gradeCriteria(rubric: Rubric, criteria: readonly Criterion[], levels: ReadonlyMap<string, Level>): GradeResult {
  let weighted = 0;
  let possible = 0;
  let anyBelowMet = false;
  const limitedBy: string[] = [];
  for (const criterion of criteria) {
    const level = levels.get(criterion.id) ?? 'na';
    if (level === 'na') continue;
    weighted += criterion.weight * VALUE[level];
    possible += criterion.weight * 2;
    if (level !== 'met') anyBelowMet = true;
    if (level === 'not_met' && criterion.limiting) limitedBy.push(criterion.id);
  }
  const score = possible === 0 ? null : weighted / possible;
  const { inadequate, requiresImprovement } = rubric.grading;
  const below = (threshold: number) => score !== null && score < threshold;
  let grade: Grade;
  if (below(inadequate.scoreBelow) || limitedBy.length >= inadequate.limitingNotMetAtLeast) grade = 'Inadequate';
  else if (below(requiresImprovement.scoreBelow) || limitedBy.length >= requiresImprovement.limitingNotMetAtLeast) grade = 'Requires improvement';
  else if (anyBelowMet) grade = 'Good';
  else grade = 'Outstanding';
  return { grade, score, limitedBy };
}

/** Grades the whole plan and every section that has criteria. */
export function gradePlan(rubric: Rubric, levels: ReadonlyMap<string, Level>): PlanGrade {
  const overall = gradeCriteria(rubric, rubric.criteria, levels);
  const sections: Partial<Record<RubricSectionId, GradeResult>> = {};
  for (const section of RUBRIC_SECTION_IDS) {
    const own = rubric.criteria.filter((c) => c.section === section);
    if (own.length > 0) sections[section] = gradeCriteria(rubric, own, levels);
  }
  return { ...overall, sections };
}
