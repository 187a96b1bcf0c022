import { useCallback, useEffect, useMemo, useState } from 'react';
import type { LibraryRow } from '../../../../core/store';
import type { Auditor } from '../../../../core/store';
import { callOrThrow } from '../../api/client';
import { go } from '../../app/route';
import { gradeClass } from '../../ui/labels';
import { ImportPanel } from './ImportPanel';

const STATUS_LABEL = { not_started: 'Not started', in_progress: 'In progress', complete: 'Complete' } as const;

type Filter = { search: string; keyStage: string; primaryNeed: string; setting: string; grade: string; status: string };
const NO_FILTER: Filter = { search: '', keyStage: '', primaryNeed: '', setting: '', grade: '', status: '' };

/** Every plan with its details, tool grade and this auditor's progress; filters and a search. */
export function LibraryScreen({ auditor }: { auditor: Auditor }) {
  const [rows, setRows] = useState<LibraryRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [filter, setFilter] = useState<Filter>(NO_FILTER);

  const refresh = useCallback(async () => {
    try {
      setRows(await callOrThrow('plans.list', { auditorId: auditor.id }));
    } catch (e) {
      setError((e as Error).message);
    }
  }, [auditor.id]);
  useEffect(() => void refresh(), [refresh]);

  const plans = useMemo(() => (rows ?? []).filter((r) => r.status === 'ok'), [rows]);
  const refused = (rows ?? []).filter((r) => r.status === 'error');
  const options = (pick: (r: LibraryRow) => string | null | undefined) => [...new Set(plans.map(pick).filter((v): v is string => !!v))].sort();
  const shown = plans.filter((r) => {
    const m = r.metadata;
    const haystack = [r.fileName, m?.name, m?.setting, m?.yearGroup, m?.primaryNeed].join(' ').toLowerCase();
    return (!filter.search || haystack.includes(filter.search.toLowerCase()))
      && (!filter.keyStage || r.keyStage === filter.keyStage)
      && (!filter.primaryNeed || m?.primaryNeed === filter.primaryNeed)
      && (!filter.setting || m?.setting === filter.setting)
      && (!filter.grade || r.toolGrade === filter.grade)
      && (!filter.status || r.auditStatus === filter.status);
  });
  const select = (key: keyof Filter, label: string, values: readonly string[], names?: Record<string, string>) => (
    <div className="filter">
      <label htmlFor={`filter-${key}`}>{label}</label>
      <select id={`filter-${key}`} value={filter[key]} onChange={(e) => setFilter({ ...filter, [key]: e.target.value })}>
        <option value="">All</option>
        {values.map((v) => <option key={v} value={v}>{names?.[v] ?? v}</option>)}
      </select>
    </div>
  );

  return (
    <div className="library">
      <h1>Plan library</h1>
      <ImportPanel onImported={() => void refresh()} />
      {error && <p role="alert" className="error">{error}</p>}
      <section aria-labelledby="plans-title">
        <h2 id="plans-title">Plans <span className="muted">({shown.length} of {plans.length})</span></h2>
        <div className="filters" role="search">
          <div className="filter grow">
            <label htmlFor="filter-search">Search</label>
            <input id="filter-search" type="search" value={filter.search} onChange={(e) => setFilter({ ...filter, search: e.target.value })} placeholder="Name, setting, file…" />
          </div>
          {select('keyStage', 'Key stage', options((r) => r.keyStage))}
          {select('primaryNeed', 'Primary need', options((r) => r.metadata?.primaryNeed))}
          {select('setting', 'Setting', options((r) => r.metadata?.setting))}
          {select('grade', 'Tool grade', ['Outstanding', 'Good', 'Requires improvement', 'Inadequate'])}
          {select('status', 'Audit status', Object.keys(STATUS_LABEL), STATUS_LABEL)}
        </div>
        {rows && plans.length === 0 ? (
          <p className="empty">No plans yet. Import PDF files or a folder to start.</p>
        ) : (
          <table className="plans">
            <thead>
              <tr>
                <th scope="col">Child</th><th scope="col">Year group</th><th scope="col">Key stage</th><th scope="col">Primary need</th>
                <th scope="col">Setting</th><th scope="col">Plan date</th><th scope="col">Tool grade</th><th scope="col">Your audit</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => (
                <tr key={r.sha256}>
                  <td><a href={`#/plan/${r.sha256}`} onClick={(e) => { e.preventDefault(); go({ screen: 'plan', sha256: r.sha256 }); }}>{r.metadata?.name ?? r.fileName}</a></td>
                  <td>{r.metadata?.yearGroup ?? '–'}</td>
                  <td>{r.keyStage ?? '–'}</td>
                  <td>{r.metadata?.primaryNeed ?? '–'}</td>
                  <td>{r.metadata?.setting ?? '–'}</td>
                  <td>{r.metadata?.planDate ?? '–'}</td>
                  <td><span className={gradeClass(r.toolGrade)}>{r.toolGrade ?? '–'}</span></td>
                  <td>{STATUS_LABEL[r.auditStatus]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {refused.length > 0 && (
        <section aria-labelledby="refused-title" className="refused">
          <h2 id="refused-title">Files not audited <span className="muted">({refused.length})</span></h2>
          <ul>{refused.map((r) => <li key={r.sha256}>{r.error?.message ?? r.fileName}</li>)}</ul>
        </section>
      )}
    </div>
  );
}
