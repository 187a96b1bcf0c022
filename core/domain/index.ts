export * from './errors';
export * from './result';
export * from './document';
export * from './sections';
export * from './plan';
export * from './finding';
export * from './agencies';
