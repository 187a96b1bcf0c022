export { structurePlan } from './structure';
export { planGate } from './plan-likeness';
