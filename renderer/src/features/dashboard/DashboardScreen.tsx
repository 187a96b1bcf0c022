import { useEffect, useMemo, useState } from 'react';
import type { DashboardData } from '../../../../core/export';
import { callOrThrow } from '../../api/client';
import { ChartFigure } from './ChartFigure';
import { agencyChart, gradeChart, trendChart, weakestChart } from './chart-configs';
import { ExportPanel } from './ExportPanel';

type Filters = { keyStage: string; primaryNeed: string; setting: string; from: string; to: string };
const NONE: Filters = { keyStage: '', primaryNeed: '', setting: '', from: '', to: '' };

/** Grades, trend, weakest criteria and agencies across the audited plans, as charts with their data. */
export function DashboardScreen() {
  const [filters, setFilters] = useState<Filters>(NONE);
  const [data, setData] = useState<DashboardData | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const args = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== '')) as Partial<Filters>;
    callOrThrow('exports.dashboard', args).then((d) => { if (live) { setData(d); setError(null); } }, (e: Error) => { if (live) setError(e.message); });
    return () => { live = false; };
  }, [filters]);

  const charts = useMemo(() => (data ? [gradeChart(data), trendChart(data), weakestChart(data), agencyChart(data)] : []), [data]);
  const select = (key: 'keyStage' | 'primaryNeed' | 'setting', label: string, values: readonly string[]) => (
    <div className="filter">
      <label htmlFor={`dash-${key}`}>{label}</label>
      <select id={`dash-${key}`} value={filters[key]} onChange={(e) => setFilters({ ...filters, [key]: e.target.value })}>
        <option value="">All</option>
        {values.map((v) => <option key={v} value={v}>{v}</option>)}
      </select>
    </div>
  );

  return (
    <div className="dashboard">
      <h1>Dashboard</h1>
      {error && <p role="alert" className="error">{error}</p>}
      <div className="filters" role="search" aria-label="Dashboard filters">
        {select('keyStage', 'Key stage', data?.choices.keyStages ?? [])}
        {select('primaryNeed', 'Primary need', data?.choices.primaryNeeds ?? [])}
        {select('setting', 'Setting', data?.choices.settings ?? [])}
        <div className="filter">
          <label htmlFor="dash-from">Plans dated from</label>
          <input id="dash-from" type="date" value={filters.from} onChange={(e) => setFilters({ ...filters, from: e.target.value })} />
        </div>
        <div className="filter">
          <label htmlFor="dash-to">to</label>
          <input id="dash-to" type="date" value={filters.to} onChange={(e) => setFilters({ ...filters, to: e.target.value })} />
        </div>
      </div>
      {data && <p aria-live="polite" data-testid="dashboard-count">{data.plans} {data.plans === 1 ? 'plan' : 'plans'} match the filters.</p>}
      {!data && !error && <p aria-live="polite">Loading…</p>}
      <div className="charts">
        {charts.map((c) => <ChartFigure key={c.id} id={c.id} title={c.title} summary={c.summary} config={c.config} table={c.table} />)}
      </div>
      <ExportPanel from={filters.from} to={filters.to} />
    </div>
  );
}
