import { z } from 'zod';
import { type Level } from '../../domain';

/**
 * How a share of flawed units (provision lines, outcomes, needs) becomes a level. A few flawed
 * units among many sound ones are `partly`; `not_met` is kept for widespread failure, because
 * most plans meet most criteria and a detector that cries wolf is as costly as one that misses.
 */
export const shareThresholds = z.strictObject({
  /** `not_met` when at least this share of units is flawed... */
  notMetShare: z.number().min(0).max(1),
  /** ...and at least this many units are flawed. */
  notMetMinCount: z.number().int().min(1).default(2),
  /** `partly` needs at least this many flawed units (1: one flaw is enough)... */
  partlyMinCount: z.number().int().min(1).default(1),
  /** ...or, below that count, at least this share of them (one flaw in a short list still shows). */
  partlyShare: z.number().min(0).max(1).optional(),
  /** `met` while fewer than this share of units is flawed, whatever their count: word matching misses the odd unit of a long list. */
  metBelowShare: z.number().min(0).max(1).optional(),
  /**
   * `not_met` whenever this many units are flawed, whatever their share: for criteria whose
   * standard is "none" (no vague wording), a long plan does not dilute repeated failures.
   */
  notMetAtCount: z.number().int().min(1).optional(),
});
export type ShareThresholds = z.infer<typeof shareThresholds>;

export function levelFromShare(flawed: number, total: number, t: ShareThresholds): Exclude<Level, 'na'> {
  if (total === 0 || flawed === 0) return 'met';
  if (t.metBelowShare !== undefined && flawed / total < t.metBelowShare) return 'met';
  if (flawed < t.partlyMinCount && (t.partlyShare === undefined || flawed / total < t.partlyShare)) return 'met';
  if (flawed / total >= t.notMetShare && flawed >= t.notMetMinCount) return 'not_met';
  if (t.notMetAtCount !== undefined && flawed >= t.notMetAtCount) return 'not_met';
  return 'partly';
}

/** "1 of 7 provision lines", "3 of 7 provision lines". */
export const countOf = (n: number, total: number, noun: string, plural = `${noun}s`): string =>
  `${n} of ${total} ${total === 1 ? noun : plural}`;

/**
 * A quoted list of distinct examples for a rationale: "access to", "as required". A phrase that
 * only has a capital because it opens a sentence ("Access to") is folded; names keep theirs.
 */
export function examples(found: readonly string[], max = 2): string {
  const seen = new Map<string, string>();
  for (const f of found) {
    const clean = f.replace(/\s+/g, ' ').trim();
    if (!seen.has(clean.toLowerCase())) seen.set(clean.toLowerCase(), /^[A-Z][a-z]/.test(clean) && clean.includes(' ') ? clean.toLowerCase() : clean);
  }
  return [...seen.values()].slice(0, max).map((f) => `"${f}"`).join(', ');
}

/** Fewer units to judge means less certainty; a handful of units is enough for a firm view. */
export function confidenceFor(base: number, units: number, fullAt = 4): number {
  const scale = units >= fullAt ? 1 : 0.7 + (0.3 * units) / fullAt;
  return Math.round(base * scale * 100) / 100;
}
