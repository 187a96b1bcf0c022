export * from './database';
export * from './plans-repository';
export * from './audits-repository';
export { defaultDatabasePath } from './location';
