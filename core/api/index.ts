export { invoke, isOperationName, operations, OPERATION_NAMES, LOCAL_OPERATIONS, RENDERER_OPERATIONS, type OperationName, type ArgsOf, type ValueOf, type ApiEvents, type Emit } from './operations';
export { type ApiContext } from './context';
export { type PlanReviewView, type CriterionView } from './review';
