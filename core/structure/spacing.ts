import { type Line } from '../domain';

/** Lines further apart than this share of the font size are separate paragraphs (single spacing). */
export const PARAGRAPH_GAP = 1.5;
/** Line spacing wider than this is not line spacing but paragraph spacing. */
const MAX_LINE_PITCH = 2;

/**
 * The gap, as a share of the font size, beyond which lines are separate paragraphs. Single
 * spacing puts lines ~1.2 font sizes apart, but word processors' "1.5 lines" and accessible
 * templates space them 1.6-1.8 apart: the document's own line pitch (the tightest spacing that
 * is common between lines of one column) sets the threshold.
 */
export function paragraphGap(lines: readonly Line[]): number {
  const counts = new Map<number, number>();
  let total = 0;
  for (let i = 1; i < lines.length; i++) {
    const [prev, line] = [lines[i - 1]!, lines[i]!];
    if (prev.page !== line.page || Math.abs(prev.fontSize - line.fontSize) > 0.5 || Math.abs(prev.x - line.x) > 2) continue;
    const ratio = Math.round(((line.y - prev.y) / line.fontSize) * 10) / 10;
    if (ratio < 0.9 || ratio > 3) continue;
    counts.set(ratio, (counts.get(ratio) ?? 0) + 1);
    total++;
  }
  const common = [...counts].filter(([, n]) => n >= Math.max(3, total * 0.15)).map(([ratio]) => ratio).sort((a, b) => a - b);
  const pitch = common[0];
  if (pitch === undefined || pitch > MAX_LINE_PITCH) return PARAGRAPH_GAP;
  return Math.max(PARAGRAPH_GAP, pitch * 1.25);
}
