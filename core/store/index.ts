export * from './database';
export * from './plans-repository';
export * from './audits-repository';
export { defaultDatabasePath } from './location';
export * from './auditors-repository';
export * from './judgements-repository';
export * from './reviews-repository';
export * from './trail-repository';
export * from './library-query';
