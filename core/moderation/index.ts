// Moderation: panels of auditors scoring the same plans, their agreement, and the Excel form.
export * from './agreement';
export * from './agency-sections';
export * from './disagreement';
export * from './exercise-agreement';
export * from './sample';
export * from './form';
export * from './plan-reference';
