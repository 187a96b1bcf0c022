export * from './dataset';
export { type IdentifierMode, Pseudonymiser } from './pseudonymise';
export { pseudonymiserFor, planReference } from './plan-pseudonyms';
export { trainingWorkbook } from './training-workbook';
export { moderationWorkbook } from './moderation-workbook';
export { dashboardData, type DashboardData } from './dashboard';
export { type InsightFilters } from './insight';
