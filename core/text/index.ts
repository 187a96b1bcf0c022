export * from './sentences';
export * from './normalise';
export * from './dates';
export * from './school-year';
export * from './postcode';
