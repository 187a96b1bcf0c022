export * from './audit';
export * from './report-types';
