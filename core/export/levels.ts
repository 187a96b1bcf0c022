import { type Grade, type Level } from '../domain';

/** Levels as auditors read them in a workbook (the scoring form's words). */
export const LEVEL_WORD: Readonly<Record<Level, string>> = { met: 'Met', partly: 'Partly met', not_met: 'Not met', na: 'N/A' };

/** Fills that carry the level at a glance; the word is always there too (colour is never the only cue). */
export const LEVEL_FILL: Readonly<Record<Level, string>> = { met: 'FFC6EFCE', partly: 'FFFFEB9C', not_met: 'FFFFC7CE', na: 'FFEDEDED' };

export const GOOD_OR_BETTER: ReadonlySet<Grade> = new Set<Grade>(['Outstanding', 'Good']);

export const isWeak = (level: Level | null | undefined): boolean => level === 'not_met' || level === 'partly';
