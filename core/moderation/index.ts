// Moderation: panels of auditors scoring the same plans. For now, the agreement statistics.
export * from './agreement';
