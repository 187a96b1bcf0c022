import { seededRandom } from '../text/seeded-random';

/**
 * A repeatable random sample: the same seed over the same candidates gives the same plans, so
 * a QA lead can show how a sample was drawn. mulberry32 (a small, well-mixed 32-bit generator)
 * and a partial Fisher–Yates shuffle; the sample keeps the candidates' original order.
 */
export function seededSample<T>(candidates: readonly T[], size: number, seed: number): T[] {
  const random = seededRandom(seed);
  const indexes = candidates.map((_, i) => i);
  const take = Math.min(Math.max(0, Math.floor(size)), candidates.length);
  for (let i = 0; i < take; i++) {
    const j = i + Math.floor(random() * (indexes.length - i));
    [indexes[i], indexes[j]] = [indexes[j]!, indexes[i]!];
  }
  return indexes.slice(0, take).sort((a, b) => a - b).map((i) => candidates[i]!);
}

/** Sample size for a share of the candidates: at least one plan when there is any. */
export const sizeForPercent = (candidates: number, percent: number): number => (candidates === 0 ? 0 : Math.max(1, Math.round((candidates * percent) / 100)));
