export { loadRubric, type OptionValidators } from './load';
export { gradeCriteria, gradePlan } from './grade';
export { type Rubric, type Criterion, criterionById } from './rubric';
export { suggest } from './suggest';
