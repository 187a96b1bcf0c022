import { baseName, type ReportPlan } from '../pipeline';

const WEAKEST = 3;

/** The terminal table: file, grade, score and the weakest criteria (or the error in words). */
export function formatAuditTable(plans: readonly ReportPlan[]): string {
  const rows = plans.map((p) => {
    if (p.status === 'error') return [baseName(p.file), `refused (${p.error.code})`, '', p.error.message];
    const weakest = p.criteria
      .filter((c) => c.level === 'not_met' || c.level === 'partly')
      .sort((a, b) => rank(a.level) - rank(b.level))
      .slice(0, WEAKEST)
      .map((c) => `${c.id} ${c.level === 'not_met' ? 'not met' : 'partly'}`);
    return [baseName(p.file), p.grade.overall, p.grade.score.toFixed(2), weakest.join(', ') || 'none'];
  });
  const header = ['File', 'Grade', 'Score', 'Weakest criteria'];
  const widths = header.map((h, i) => Math.min(60, Math.max(h.length, ...rows.map((r) => r[i]!.length))));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
  const audited = plans.filter((p) => p.status === 'ok').length;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), '', `${audited} of ${plans.length} files audited.`].join('\n');
}

const rank = (level: string) => (level === 'not_met' ? 0 : 1);
