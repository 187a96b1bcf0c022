export { structurePlan } from './structure';
