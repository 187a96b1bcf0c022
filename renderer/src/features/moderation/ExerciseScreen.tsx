import { useCallback, useEffect, useState } from 'react';
import type { AgreementView } from '../../../../core/api/moderation/agreement-view';
import type { ExerciseDetail } from '../../../../core/api/moderation/views';
import type { Auditor } from '../../../../core/store';
import { call } from '../../api/client';
import { hrefOf } from '../../app/route';
import { AGENCY_LABEL } from '../../ui/labels';
import { toBase64 } from '../library/upload';
import { downloadBase64, XLSX_TYPE } from '../../ui/download';
import { ASSIGNMENT_STATUS_LABEL, decimal3, percent } from './labels';

const download = (fileName: string, dataBase64: string) => downloadBase64(fileName, dataBase64, XLSX_TYPE);

/** One exercise: who scores what and how far they are, the scoring forms, the agreement figures. */
export function ExerciseScreen({ exerciseId, auditor }: { exerciseId: number; auditor: Auditor }) {
  const [detail, setDetail] = useState<ExerciseDetail | null>(null);
  const [agreement, setAgreement] = useState<AgreementView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [formAuditor, setFormAuditor] = useState('');
  const [formMessage, setFormMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const refresh = useCallback(async () => {
    const [d, a] = await Promise.all([call('exercises.get', { exerciseId }), call('exercises.agreement', { exerciseId })]);
    if (!d.ok) return setError(d.error.message);
    setDetail(d.value);
    if (a.ok) setAgreement(a.value);
  }, [exerciseId]);
  useEffect(() => void refresh(), [refresh]);

  if (error) return <p role="alert" className="error">{error}</p>;
  if (!detail) return <p aria-live="polite">Loading the exercise…</p>;
  const e = detail.exercise;
  const status = (sha: string, id: number) => detail.assignmentList.find((a) => a.planSha256 === sha && a.auditorId === id);

  async function exportForm() {
    const result = await call('forms.export', { exerciseId, auditorId: Number(formAuditor) });
    if (!result.ok) return setFormMessage({ ok: false, text: result.error.message });
    download(result.value.fileName, result.value.dataBase64);
    setFormMessage({ ok: true, text: `Form ${result.value.fileName} downloaded.` });
  }

  async function importForm(file: File | undefined) {
    if (!file) return;
    const result = await call('forms.import', { dataBase64: toBase64(await file.arrayBuffer()), exerciseId });
    if (!result.ok) setFormMessage({ ok: false, text: result.error.message });
    else {
      setFormMessage({ ok: true, text: `Imported ${file.name}: ${result.value.scores} levels, ${result.value.submitted} plans submitted.` });
      await refresh();
    }
  }

  return (
    <section className="exercise" aria-labelledby="exercise-title">
      <a href={hrefOf({ screen: 'moderation' })}>← Moderation</a>
      <h1 id="exercise-title">{e.name}</h1>
      <p className="muted">
        {detail.plans} plans · {detail.auditors} auditors{e.splitByAgency ? ' · split by agency' : ''} · {e.selection.method === 'sample' ? `random sample of ${e.selection.size} (seed ${e.selection.seed})` : e.selection.method === 'all' ? 'every audited plan' : 'plans chosen'}
        {e.dueDate ? ` · due ${e.dueDate}` : ''} · {e.status === 'signed_off' ? 'signed off' : 'open'}
      </p>
      <section className="card" aria-labelledby="progress-title">
        <h2 id="progress-title">Plans and assignments</h2>
        <table className="plans">
          <thead>
            <tr><th scope="col">Plan</th>{detail.auditorList.map((a) => <th scope="col" key={a.id}>{a.name} <span className="muted">({AGENCY_LABEL[a.agency]})</span></th>)}<th scope="col">Panel</th></tr>
          </thead>
          <tbody>
            {detail.planLabels.map((p) => (
              <tr key={p.sha256}>
                <th scope="row">{p.reference} <span className="muted">{p.name}</span></th>
                {detail.auditorList.map((a) => {
                  const s = status(p.sha256, a.id);
                  return <td key={a.id}>{s ? `${ASSIGNMENT_STATUS_LABEL[s.status]}${s.sections ? ` (${s.sections.join(', ')})` : ''}` : '–'}{s && a.id === auditor.id && s.status !== 'submitted' && <> · <a href={hrefOf({ screen: 'scoring', exerciseId, sha256: p.sha256 })}>Score</a></>}</td>;
                })}
                <td><a href={hrefOf({ screen: 'panel', exerciseId, sha256: p.sha256 })}>Panel for {p.reference}</a>{detail.signOffs.some((s) => s.planSha256 === p.sha256) ? ' · signed off' : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="card" aria-labelledby="forms-title">
        <h2 id="forms-title">Excel scoring forms</h2>
        <p className="muted">For partners who cannot install software: a form per auditor with their plans and sections. A returned form is imported whole, or refused with the cells to correct.</p>
        <div className="inline-fields">
          <label htmlFor="form-auditor">Form for</label>
          <select id="form-auditor" value={formAuditor} onChange={(ev) => setFormAuditor(ev.target.value)}>
            <option value="">Choose an auditor</option>
            {detail.auditorList.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
          </select>
          <button type="button" onClick={() => void exportForm()} disabled={!formAuditor}>Download form</button>
        </div>
        <label htmlFor="form-upload">Import a returned form (.xlsx)</label>
        <input id="form-upload" data-testid="form-upload" type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={(ev) => { void importForm(ev.target.files?.[0]); ev.target.value = ''; }} />
        {formMessage && (formMessage.ok ? <p role="status" className="saved">{formMessage.text}</p> : <div role="alert" className="error form-problems">{formMessage.text.split('\n').map((line, i) => <p key={i}>{line}</p>)}</div>)}
      </section>
      {agreement && <AgreementFigures view={agreement} />}
    </section>
  );
}

function AgreementFigures({ view }: { view: AgreementView }) {
  const a = view.agreement;
  const rows = [
    { label: 'Overall', stats: a.overall, tool: a.tool.overall },
    ...Object.entries(a.sections).map(([s, stats]) => ({ label: `Section ${s}`, stats, tool: a.tool.sections[s as 'A'] })),
  ];
  return (
    <section className="card" aria-labelledby="agreement-title">
      <h2 id="agreement-title">Agreement</h2>
      <p className="muted">From submitted scores. Exact: share of auditor pairs giving the same level. Fleiss' kappa and Krippendorff's alpha (ordinal) correct for chance. Tool: how often the pre-score matched the agreed level.</p>
      <table className="plans agreement" data-testid="agreement">
        <thead><tr><th scope="col">Scope</th><th scope="col">Items</th><th scope="col">Exact</th><th scope="col">Fleiss κ</th><th scope="col">Krippendorff α</th><th scope="col">Tool = agreed</th><th scope="col">Tool κw</th></tr></thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th><td>{r.stats.pairableItems}</td><td>{percent(r.stats.percentAgreement)}</td><td>{decimal3(r.stats.fleissKappa)}</td><td>{decimal3(r.stats.krippendorffAlphaOrdinal)}</td>
              <td>{r.tool ? `${percent(r.tool.percentAgreement)} of ${r.tool.n}` : '–'}</td><td>{decimal3(r.tool?.weightedKappaQuadratic)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <details>
        <summary>By criterion</summary>
        <table className="plans agreement">
          <thead><tr><th scope="col">Criterion</th><th scope="col">Items</th><th scope="col">Exact</th><th scope="col">Krippendorff α</th><th scope="col">Tool = agreed</th></tr></thead>
          <tbody>
            {view.criteria.map((c) => (
              <tr key={c.id}><th scope="row">{c.id} <span className="muted">{c.title}</span></th><td>{a.criteria[c.id]?.pairableItems}</td><td>{percent(a.criteria[c.id]?.percentAgreement)}</td><td>{decimal3(a.criteria[c.id]?.krippendorffAlphaOrdinal)}</td><td>{percent(a.tool.criteria[c.id]?.percentAgreement)}</td></tr>
            ))}
          </tbody>
        </table>
      </details>
      <h3>Pairs of auditors</h3>
      <ul>
        {a.overall.pairwise.map((p) => <li key={`${p.raterA}-${p.raterB}`}>{view.raters[p.raterA]?.name} and {view.raters[p.raterB]?.name}: weighted kappa {decimal3(p.weightedKappaQuadratic)} on {p.n} items</li>)}
      </ul>
    </section>
  );
}
