import { type FormEvent, useCallback, useEffect, useState } from 'react';
import type { PanelCell, PanelRow, PanelView } from '../../../../core/api/moderation/views';
import type { Level } from '../../../../core/domain';
import type { Auditor } from '../../../../core/store';
import { call } from '../../api/client';
import { hrefOf } from '../../app/route';
import { AGENCY_LABEL, LEVEL_LABEL } from '../../ui/labels';
import { ASSIGNMENT_STATUS_LABEL, DISAGREEMENT_LABEL } from './labels';

const LEVELS: Level[] = ['met', 'partly', 'not_met', 'na'];

function Cell({ cell }: { cell: PanelCell }) {
  switch (cell.state) {
    case 'not_assigned':
      return <span className="muted">not theirs</span>;
    case 'hidden':
      return <span className="muted">hidden until you submit</span>;
    case 'shown':
      return cell.level ? <><span className={`level level-${cell.level}`}>{LEVEL_LABEL[cell.level]}</span>{cell.reason && <span className="cell-reason">{cell.reason}</span>}</> : <span className="muted">not scored</span>;
  }
}

/**
 * The panel grid for one plan: criteria by auditors, the tool's suggestion beside, how far
 * apart the levels are (in words and colour), discussion notes, agreed levels and sign-off.
 */
export function PanelScreen({ exerciseId, sha256, auditor }: { exerciseId: number; sha256: string; auditor: Auditor }) {
  const [view, setView] = useState<PanelView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const apply = useCallback((result: Awaited<ReturnType<typeof call<'exercises.panel'>>>, saved?: string) => {
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setView(result.value);
    if (saved) setStatus(saved);
  }, []);
  useEffect(() => void call('exercises.panel', { exerciseId, sha256, auditorId: auditor.id }).then((r) => apply(r)), [exerciseId, sha256, auditor.id, apply]);

  if (error && !view) return <p role="alert" className="error">{error}</p>;
  if (!view) return <p aria-live="polite">Loading the panel…</p>;
  const agree = async (row: PanelRow, level: Level, reason: string) =>
    apply(await call('exercises.agree', { exerciseId, sha256, auditorId: auditor.id, criterion: row.id, level, ...(reason.trim() ? { reason: reason.trim() } : {}) }), `Agreed level for ${row.id} saved.`);
  const strong = view.rows.filter((r) => r.disagreement === 'strong').length;
  const mild = view.rows.filter((r) => r.disagreement === 'mild').length;

  return (
    <section className="panel" aria-labelledby="panel-title">
      <a href={hrefOf({ screen: 'exercise', exerciseId })}>← {view.exercise.name}</a>
      <h1 id="panel-title">Panel for {view.plan.reference} <span className="muted">{view.plan.name}</span></h1>
      {view.blind ? (
        <p className="card blind" role="note">Blind scoring: submit your own scores for this plan to see the other auditors' levels. <a href={hrefOf({ screen: 'scoring', exerciseId, sha256 })}>Score this plan</a></p>
      ) : (
        <p className="muted" data-testid="disagreement-summary">{strong} strong and {mild} mild disagreements. {view.signOff ? `Signed off ${view.signOff.at.slice(0, 10)}: a change now needs a reason and is logged.` : ''}</p>
      )}
      <p><span role="status" className="saved">{status}</span></p>
      {error && <p role="alert" className="error">{error}</p>}
      <div className="grid-wrap">
        <table className="panel-grid" data-testid="panel-grid">
          <caption className="visually-hidden">Levels by criterion and auditor</caption>
          <thead>
            <tr>
              <th scope="col">Criterion</th>
              <th scope="col">Tool</th>
              {view.auditors.map((a) => <th scope="col" key={a.auditor.id}>{a.auditor.name}<br /><span className="muted">{AGENCY_LABEL[a.auditor.agency]} · {ASSIGNMENT_STATUS_LABEL[a.status]}</span></th>)}
              <th scope="col">Disagreement</th>
              <th scope="col">Agreed level</th>
            </tr>
          </thead>
          <tbody>
            {view.rows.map((row) => (
              <tr key={row.id} data-criterion={row.id} className={row.disagreement ? `disagree-${row.disagreement}` : undefined}>
                <th scope="row"><span className="criterion-id">{row.id}</span> {row.title}</th>
                <td>{row.tool ? <span className={`level level-${row.tool}`}>{LEVEL_LABEL[row.tool]}</span> : '–'}</td>
                {row.cells.map((cell, i) => <td key={view.auditors[i]!.auditor.id}><Cell cell={cell} /></td>)}
                <td className="disagreement">{row.disagreement ? <span className={`flag flag-${row.disagreement}`}>{DISAGREEMENT_LABEL[row.disagreement]}</span> : '–'}</td>
                <td>{view.canModerate ? <AgreeForm row={row} signedOff={view.signOff !== null} onAgree={agree} /> : row.agreed ? <span className={`level level-${row.agreed.level}`}>{LEVEL_LABEL[row.agreed.level]}</span> : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!view.blind && <Notes view={view} onAdd={async (criterion, text) => apply(await call('exercises.note', { exerciseId, sha256, auditorId: auditor.id, text, ...(criterion ? { criterion } : {}) }), 'Note added.')} />}
      {!view.blind && <History view={view} />}
      {view.canModerate && !view.signOff && (
        <button type="button" className="primary" onClick={() => void call('exercises.signOff', { exerciseId, sha256, auditorId: auditor.id }).then((r) => apply(r, 'Signed off.'))}>Sign off this plan</button>
      )}
    </section>
  );
}

function AgreeForm({ row, signedOff, onAgree }: { row: PanelRow; signedOff: boolean; onAgree: (row: PanelRow, level: Level, reason: string) => Promise<void> }) {
  const [level, setLevel] = useState<Level | ''>(row.agreed?.level ?? '');
  const [reason, setReason] = useState(row.agreed?.reason ?? '');
  useEffect(() => {
    setLevel(row.agreed?.level ?? '');
    setReason(row.agreed?.reason ?? '');
  }, [row.agreed?.level, row.agreed?.reason]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (level) void onAgree(row, level, reason);
  };
  const changed = level !== (row.agreed?.level ?? '') || reason !== (row.agreed?.reason ?? '');
  return (
    <form className="agree" onSubmit={submit}>
      <label htmlFor={`agreed-${row.id}`} className="visually-hidden">Agreed level for {row.id}</label>
      <select id={`agreed-${row.id}`} value={level} onChange={(e) => setLevel(e.target.value as Level)}>
        <option value="">Choose</option>
        {LEVELS.map((l) => <option key={l} value={l}>{LEVEL_LABEL[l]}</option>)}
      </select>
      <label htmlFor={`agreed-reason-${row.id}`} className="visually-hidden">Reason for the agreed level of {row.id}{signedOff ? ' (needed after sign-off)' : ''}</label>
      <input id={`agreed-reason-${row.id}`} value={reason} onChange={(e) => setReason(e.target.value)} placeholder={signedOff ? 'Reason (needed)' : 'Reason'} />
      <button type="submit" disabled={!level || !changed}>Save <span className="visually-hidden">{row.id}</span></button>
    </form>
  );
}

function Notes({ view, onAdd }: { view: PanelView; onAdd: (criterion: string, text: string) => Promise<void> }) {
  const [criterion, setCriterion] = useState('');
  const [text, setText] = useState('');
  return (
    <section className="card" aria-labelledby="notes-title">
      <h2 id="notes-title">Discussion notes</h2>
      {view.notes.length === 0 ? <p className="empty">No notes yet.</p> : (
        <ul className="notes">
          {view.notes.map((n) => (
            <li key={n.id}><strong>{n.authorName}</strong>{n.criterion ? ` on ${n.criterion}` : ''}: {n.text} <span className="muted">{n.at.slice(0, 16).replace('T', ' ')}</span></li>
          ))}
        </ul>
      )}
      <form onSubmit={(e) => { e.preventDefault(); if (text.trim()) void onAdd(criterion, text).then(() => setText('')); }}>
        <label htmlFor="note-criterion">About</label>
        <select id="note-criterion" value={criterion} onChange={(e) => setCriterion(e.target.value)}>
          <option value="">The whole plan</option>
          {view.rows.map((r) => <option key={r.id} value={r.id}>{r.id} {r.title}</option>)}
        </select>
        <label htmlFor="note-text">Note</label>
        <textarea id="note-text" rows={2} value={text} onChange={(e) => setText(e.target.value)} />
        <button type="submit">Add note</button>
      </form>
    </section>
  );
}

const ENTITY_LABEL: Record<string, string> = { exercise_score: 'score', exercise_agreed: 'agreed level', exercise_signoff: 'sign-off' };
const valueLabel = (v: string | null) => (v === null ? 'none' : v in LEVEL_LABEL ? LEVEL_LABEL[v as Level] : v.slice(0, 16).replace('T', ' '));

/** The trail of this plan: append-only, so it reads as what happened, in order. */
function History({ view }: { view: PanelView }) {
  return (
    <details className="card history">
      <summary>History ({view.history.length} changes)</summary>
      <ol>
        {view.history.map((t) => (
          <li key={t.id}>
            <span className="muted">{t.at.slice(0, 16).replace('T', ' ')}</span> {t.authorName}: {ENTITY_LABEL[t.entity] ?? t.entity}{t.entity === 'exercise_signoff' ? '' : ` of ${t.entityKey.split('/').at(-1)}`}: {valueLabel(t.oldValue)} → {valueLabel(t.newValue)}
            {t.reason ? <> — <q>{t.reason}</q></> : null}
          </li>
        ))}
      </ol>
    </details>
  );
}
