import type { ChartConfiguration } from 'chart.js';
import type { DashboardData } from '../../../../core/export';
import type { ChartTable } from './ChartFigure';

export const pct = (share: number | null): string => (share === null ? '–' : `${Math.round(share * 100)}%`);
const pctNumber = (share: number | null): number | null => (share === null ? null : Math.round(share * 1000) / 10);

// Grade colours as the rest of the app uses them, dark enough against white for chart marks.
const GRADE_COLOUR: Record<string, string> = { Outstanding: '#1d4f91', Good: '#1e6b34', 'Requires improvement': '#b06000', Inadequate: '#a3161a' };
/** Axis labels short enough to show whole; the full title is in the table. */
const short = (label: string, max = 26) => (label.length <= max ? label : `${label.slice(0, max - 1)}…`);
const percentAxis = { min: 0, max: 100, ticks: { callback: (v: string | number) => `${v}%` } };

export interface ChartSpec {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly config: ChartConfiguration;
  readonly table: ChartTable;
}

export function gradeChart(d: DashboardData): ChartSpec {
  const top = [...d.grades].sort((a, b) => b.count - a.count)[0];
  return {
    id: 'grades',
    title: 'Grade distribution',
    summary: d.plans === 0 ? 'No plans match the filters.' : `${d.plans} plans; most are ${top?.grade} (${top?.count}). ${d.grades.map((g) => `${g.grade} ${g.count}`).join(', ')}.`,
    config: {
      type: 'bar',
      data: { labels: d.grades.map((g) => g.grade), datasets: [{ label: 'Plans', data: d.grades.map((g) => g.count), backgroundColor: d.grades.map((g) => GRADE_COLOUR[g.grade] ?? '#545f6e') }] },
      options: { plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'Plans' } } } },
    },
    table: { columns: ['Grade', 'Plans', 'Share'], rows: d.grades.map((g) => [g.grade, g.count, pct(g.share)]) },
  };
}

export function trendChart(d: DashboardData): ChartSpec {
  const last = d.trend[d.trend.length - 1];
  return {
    id: 'trend',
    title: 'Trend by month',
    summary: d.trend.length === 0 ? 'No plans match the filters.' : `${d.trend.length} months from ${d.trend[0]!.month} to ${last!.month}; in ${last!.month}, ${pct(last!.goodOrBetter)} of plans were Good or better.`,
    config: {
      type: 'line',
      data: {
        labels: d.trend.map((m) => m.month),
        datasets: [
          { label: 'Good or better', data: d.trend.map((m) => pctNumber(m.goodOrBetter)), borderColor: '#1e6b34', backgroundColor: '#1e6b34' },
          { label: 'Mean score', data: d.trend.map((m) => pctNumber(m.meanScore)), borderColor: '#1d4f91', backgroundColor: '#1d4f91', borderDash: [6, 4] },
        ],
      },
      options: { scales: { y: percentAxis } },
    },
    table: { columns: ['Month', 'Plans', 'Good or better', 'Mean score'], rows: d.trend.map((m) => [m.month, m.plans, pct(m.goodOrBetter), pct(m.meanScore)]) },
  };
}

export function weakestChart(d: DashboardData): ChartSpec {
  const first = d.weakest[0];
  return {
    id: 'weakest',
    title: 'Weakest criteria',
    summary: first ? `The weakest is ${first.criterion} (${first.title}): not met or partly met in ${pct(first.weakShare)} of the plans it applies to.` : 'No plans match the filters.',
    config: {
      type: 'bar',
      data: {
        labels: d.weakest.map((w) => short(`${w.criterion} ${w.title}`)),
        datasets: [
          { label: 'Not met', data: d.weakest.map((w) => pctNumber(w.assessed ? w.notMet / w.assessed : null)), backgroundColor: '#a3161a' },
          { label: 'Partly met', data: d.weakest.map((w) => pctNumber(w.assessed ? w.partly / w.assessed : null)), backgroundColor: '#b06000' },
        ],
      },
      options: { indexAxis: 'y', scales: { x: { ...percentAxis, stacked: true }, y: { stacked: true } } },
    },
    table: { columns: ['Criterion', 'Not met', 'Partly met', 'Plans assessed', 'Weak share'], rows: d.weakest.map((w) => [`${w.criterion} ${w.title}`, w.notMet, w.partly, w.assessed, pct(w.weakShare)]) },
  };
}

export function agencyChart(d: DashboardData): ChartSpec {
  const worst = [...d.byAgency].sort((a, b) => (b.weakShare ?? -1) - (a.weakShare ?? -1))[0];
  return {
    id: 'agency',
    title: 'Weaknesses by agency',
    summary: worst && worst.weakShare !== null ? `Sections written by ${worst.agency} fall short most often: ${pct(worst.weakShare)} of their criteria not met or partly met.` : 'No plans match the filters.',
    config: {
      type: 'bar',
      data: {
        labels: d.byAgency.map((a) => a.agency),
        datasets: [
          { label: 'Not met', data: d.byAgency.map((a) => pctNumber(a.assessed ? a.notMet / a.assessed : null)), backgroundColor: '#a3161a' },
          { label: 'Partly met', data: d.byAgency.map((a) => pctNumber(a.assessed ? a.partly / a.assessed : null)), backgroundColor: '#b06000' },
        ],
      },
      options: { scales: { x: { stacked: true }, y: { ...percentAxis, stacked: true } } },
    },
    table: { columns: ['Agency', 'Not met', 'Partly met', 'Criteria assessed', 'Weak share'], rows: d.byAgency.map((a) => [a.agency, a.notMet, a.partly, a.assessed, pct(a.weakShare)]) },
  };
}
