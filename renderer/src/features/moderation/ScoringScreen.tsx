import { useCallback, useEffect, useState } from 'react';
import type { AssignmentView, ScoringItem } from '../../../../core/api/moderation/views';
import type { Level } from '../../../../core/domain';
import type { Auditor } from '../../../../core/store';
import { call } from '../../api/client';
import { hrefOf } from '../../app/route';
import { LEVEL_LABEL } from '../../ui/labels';
import { ASSIGNMENT_STATUS_LABEL } from './labels';

const LEVELS: Level[] = ['met', 'partly', 'not_met', 'na'];

/**
 * Blind scoring of one plan in an exercise: the auditor's own criteria (their agency's
 * sections), the tool's suggestion for reference, and nobody else's levels.
 */
export function ScoringScreen({ exerciseId, sha256, auditor }: { exerciseId: number; sha256: string; auditor: Auditor }) {
  const [view, setView] = useState<AssignmentView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const apply = useCallback((result: Awaited<ReturnType<typeof call<'exercises.assignment'>>>, saved?: string) => {
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setView(result.value);
    if (saved) setStatus(saved);
  }, []);
  useEffect(() => void call('exercises.assignment', { exerciseId, auditorId: auditor.id }).then((r) => apply(r)), [exerciseId, auditor.id, apply]);

  const plan = view?.plans.find((p) => p.plan.sha256 === sha256);
  if (error && !view) return <p role="alert" className="error">{error}</p>;
  if (!view) return <p aria-live="polite">Loading…</p>;
  if (!plan) return <p role="alert" className="error">You are not assigned this plan in this exercise.</p>;
  const submitted = plan.status === 'submitted';
  const save = async (item: ScoringItem, level: Level | null, reason: string | null) =>
    apply(await call('exercises.score', { exerciseId, auditorId: auditor.id, sha256, criterion: item.id, level, ...(reason ? { reason } : {}) }), `Saved ${item.id}.`);
  const scored = plan.items.filter((i) => i.level).length;

  return (
    <section className="scoring" aria-labelledby="scoring-title">
      <a href={hrefOf({ screen: 'exercise', exerciseId })}>← {view.exercise.name}</a>
      <h1 id="scoring-title">Scoring {plan.plan.reference} <span className="muted">{plan.plan.name}</span></h1>
      <p className="muted">
        {plan.sections ? `Your sections: ${plan.sections.join(', ')}` : 'All sections'} · {scored} of {plan.items.length} scored · {ASSIGNMENT_STATUS_LABEL[plan.status]}
        {' '}· Blind scoring: other auditors' levels appear in the panel once you submit. <span role="status" className="saved">{status}</span>
      </p>
      {error && <p role="alert" className="error">{error}</p>}
      {plan.items.map((item) => <ScoringCard key={item.id} item={item} readOnly={submitted} onSave={save} />)}
      {submitted ? (
        <p className="card">Submitted. <a href={hrefOf({ screen: 'panel', exerciseId, sha256 })}>Open the panel for {plan.plan.reference}</a></p>
      ) : (
        <button type="button" className="primary" onClick={() => void call('exercises.submit', { exerciseId, auditorId: auditor.id, sha256 }).then((r) => apply(r, 'Submitted.'))}>Submit my scores</button>
      )}
    </section>
  );
}

function ScoringCard({ item, readOnly, onSave }: { item: ScoringItem; readOnly: boolean; onSave: (item: ScoringItem, level: Level | null, reason: string | null) => Promise<void> }) {
  const [reason, setReason] = useState(item.reason ?? '');
  useEffect(() => setReason(item.reason ?? ''), [item.reason]);
  return (
    <article className="criterion" data-criterion={item.id} aria-labelledby={`score-${item.id}`}>
      <h2 id={`score-${item.id}`} className="criterion-title"><span className="criterion-id">{item.id}</span>{item.title} <span className="muted">Section {item.section}</span></h2>
      <details><summary>What "met" looks like</summary><p className="guidance">{item.met}</p></details>
      {item.tool && (
        <>
          <p className="suggestion">Tool suggests <span className={`level level-${item.tool.level}`}>{LEVEL_LABEL[item.tool.level]}</span>: <span className="rationale">{item.tool.rationale}</span></p>
          {item.tool.evidence.length > 0 && (
            <ul className="evidence" aria-label={`Evidence for ${item.id}`}>
              {item.tool.evidence.slice(0, 3).map((e, i) => <li key={i} className="quote">“{e.quote}” <span className="where">page {e.page}</span></li>)}
            </ul>
          )}
        </>
      )}
      <div className="inline-fields">
        <label htmlFor={`level-${item.id}`}>Level for {item.id}</label>
        <select id={`level-${item.id}`} value={item.level ?? ''} disabled={readOnly} onChange={(e) => void onSave(item, (e.target.value || null) as Level | null, reason.trim() || null)}>
          <option value="">Not scored</option>
          {LEVELS.map((l) => <option key={l} value={l}>{LEVEL_LABEL[l]}</option>)}
        </select>
      </div>
      <label htmlFor={`reason-${item.id}`} className="note-label">Reason for {item.id}</label>
      <textarea id={`reason-${item.id}`} className="note" rows={2} value={reason} disabled={readOnly} onChange={(e) => setReason(e.target.value)}
        onBlur={() => { if (item.level && reason !== (item.reason ?? '')) void onSave(item, item.level, reason.trim() || null); }} />
    </article>
  );
}
