import { type Level } from '../domain';
import { levelValue } from './agreement';

/**
 * How far apart a panel's levels for one criterion are: `strong` when two levels apart (met
 * against not met), `mild` when one apart (or one says not applicable and another gives a
 * level), `none` when everyone gave the same level, `single` when fewer than two levels are in.
 */
export type Disagreement = 'none' | 'mild' | 'strong' | 'single';

export function disagreementOf(levels: readonly (Level | null | undefined)[]): Disagreement {
  const given = levels.filter((l): l is Level => l !== null && l !== undefined);
  if (given.length < 2) return 'single';
  const values = given.map(levelValue).filter((v): v is number => v !== null);
  if (values.length > 0 && Math.max(...values) - Math.min(...values) >= 2) return 'strong';
  return new Set(given).size > 1 ? 'mild' : 'none';
}

export const DISAGREEMENT_WORDS: Record<Disagreement, string> = {
  none: 'Agreed',
  mild: 'Mild disagreement (one level apart)',
  strong: 'Strong disagreement (two levels apart)',
  single: 'Not enough scores',
};
