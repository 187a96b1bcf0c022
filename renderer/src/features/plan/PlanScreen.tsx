import { useCallback, useEffect, useRef, useState } from 'react';
import type { PlanReviewView } from '../../../../core/api';
import type { Level } from '../../../../core/domain';
import type { Auditor } from '../../../../core/store';
import { call } from '../../api/client';
import { go } from '../../app/route';
import { LEVEL_KEYS } from '../../ui/labels';
import { CriterionCard } from './CriterionCard';
import { GradeSummary } from './GradeSummary';
import { type Highlight, PdfViewer } from './PdfViewer';

const SECTION_ORDER = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'P'];

/**
 * One plan beside its pre-scores. Every change is saved at once; the screen resumes at the
 * criterion the auditor last touched. Keys: ↑/↓ (or k/j) move, a or Enter accepts the
 * suggestion, 1-4 choose Met, Partly met, Not met, N/A, g shows guidance, e shows evidence.
 */
export function PlanScreen({ sha256, auditor }: { sha256: string; auditor: Auditor }) {
  const [view, setView] = useState<PlanReviewView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [focused, setFocused] = useState<string | null>(null);
  const [pending, setPending] = useState<{ criterion: string; level: Level } | null>(null);
  const [guidance, setGuidance] = useState(false);
  const [highlight, setHighlight] = useState<Highlight | null>(null);
  const cards = useRef(new Map<string, HTMLElement>());

  const apply = useCallback((result: Awaited<ReturnType<typeof call<'audits.review'>>>, saved?: string) => {
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setError(null);
    setView(result.value);
    if (saved) setStatus(saved);
  }, []);

  useEffect(() => {
    void call('audits.review', { sha256, auditorId: auditor.id }).then((r) => {
      apply(r);
      const resume = r.ok ? r.value.review?.lastCriterion : null;
      if (resume) setTimeout(() => cards.current.get(resume)?.focus(), 50);
    });
  }, [sha256, auditor.id, apply]);

  const setLevel = useCallback(async (criterion: string, level: Level | null, reason?: string) => {
    setPending(null);
    apply(await call('audits.setLevel', { sha256, auditorId: auditor.id, criterion, level, ...(reason ? { reason } : {}) }), `Saved ${criterion}.`);
  }, [apply, auditor.id, sha256]);

  const saveNote = useCallback(async (criterion: string, note: string) => {
    apply(await call('audits.setNote', { sha256, auditorId: auditor.id, criterion, note }), `Note on ${criterion} saved.`);
  }, [apply, auditor.id, sha256]);

  const choose = useCallback((criterion: string, level: Level) => {
    const suggestion = view?.suggestions.find((s) => s.criterion === criterion);
    if (suggestion && suggestion.level === level) void setLevel(criterion, level);
    else setPending({ criterion, level });
  }, [setLevel, view]);

  const ids = view ? view.criteria.map((c) => c.id) : [];
  const onKeyDown = (event: React.KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (!focused || target.closest('textarea, input, select') || event.ctrlKey || event.metaKey || event.altKey) return;
    const index = ids.indexOf(focused);
    const move = (delta: number) => {
      const next = ids[Math.max(0, Math.min(ids.length - 1, index + delta))];
      if (next) cards.current.get(next)?.focus();
    };
    const key = event.key;
    if (key === 'ArrowDown' || key === 'j') move(1);
    else if (key === 'ArrowUp' || key === 'k') move(-1);
    else if ((key === 'a' || (key === 'Enter' && target.tagName === 'ARTICLE'))) {
      const s = view?.suggestions.find((x) => x.criterion === focused);
      if (s) void setLevel(focused, s.level);
    } else if (LEVEL_KEYS[key]) choose(focused, LEVEL_KEYS[key]);
    else if (key === 'g') setGuidance((g) => !g);
    else if (key === 'e') {
      const first = view?.suggestions.find((x) => x.criterion === focused)?.evidence[0];
      if (first) setHighlight({ page: first.page, quote: first.quote, nonce: Date.now() });
    } else return;
    event.preventDefault();
  };

  if (error && !view) return <div className="centre"><p role="alert" className="error">{error}</p><button type="button" onClick={() => go({ screen: 'library' })}>Back to the library</button></div>;
  if (!view) return <p aria-live="polite">Loading the plan…</p>;

  const m = view.plan.metadata;
  const bySection = SECTION_ORDER.map((id) => ({ id, criteria: view.criteria.filter((c) => c.section === id) })).filter((g) => g.criteria.length > 0);
  const judged = view.judgements.filter((j) => j.level).length;
  return (
    <div className="plan-screen">
      <div className="plan-head">
        <button type="button" className="link" onClick={() => go({ screen: 'library' })}>← Library</button>
        <h1>{m.name ?? 'Plan'} <span className="muted">{[m.yearGroup, m.primaryNeed, m.setting].filter(Boolean).join(' · ')}</span></h1>
        <p className="progress-note">{judged} of {view.criteria.length} criteria judged <span className="save-status" role="status">{status}</span></p>
        {error && <p role="alert" className="error">{error}</p>}
        <GradeSummary grade={view.grade} toolGrade={view.toolGrade} />
      </div>
      <nav className="section-nav" aria-label="Sections of the plan">
        <ul>
          {view.plan.sections.map((s) => (
            <li key={s.id}>
              <button type="button" onClick={() => setHighlight({ page: s.pageStart, quote: s.passages[0]?.text ?? '', nonce: Date.now() })}>
                <span className="section-id">{s.id}</span> <span className="section-title">{s.title}</span> <span className="muted">p{s.pageStart}</span>
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <PdfViewer sha256={sha256} highlight={highlight} />
      <section className="rubric" aria-labelledby="rubric-title" onKeyDown={onKeyDown}>
        <h2 id="rubric-title">Rubric <span className="muted">(↑↓ move · a accept · 1–4 level · g guidance · e evidence)</span></h2>
        <button type="button" className="link" onClick={() => setGuidance((g) => !g)} aria-pressed={guidance}>{guidance ? 'Hide' : 'Show'} guidance</button>
        {bySection.map((group) => (
          <section key={group.id} aria-labelledby={`rubric-${group.id}`} className="rubric-section">
            <h3 id={`rubric-${group.id}`}>Section {group.id} <span className="muted">{view.grade.sections[group.id as 'A']?.grade}</span></h3>
            {group.criteria.map((c) => (
              <CriterionCard
                key={c.id}
                ref={(el) => { if (el) cards.current.set(c.id, el); }}
                criterion={c}
                suggestion={view.suggestions.find((s) => s.criterion === c.id)}
                judgement={view.judgements.find((j) => j.criterion === c.id)}
                showGuidance={guidance}
                pendingLevel={pending?.criterion === c.id ? pending.level : null}
                onFocus={() => setFocused(c.id)}
                onAccept={() => { const s = view.suggestions.find((x) => x.criterion === c.id); if (s) void setLevel(c.id, s.level); }}
                onChoose={(l) => choose(c.id, l)}
                onSaveOverride={(l, reason) => void setLevel(c.id, l, reason)}
                onCancelOverride={() => setPending(null)}
                onNote={(note) => void saveNote(c.id, note)}
                onEvidence={(e) => setHighlight({ page: e.page, quote: e.quote, nonce: Date.now() })}
              />
            ))}
          </section>
        ))}
        <OverallNote view={view} auditorId={auditor.id} onSaved={(v) => { setView(v); setStatus('Overall note saved.'); }} />
      </section>
    </div>
  );
}

function OverallNote({ view, auditorId, onSaved }: { view: PlanReviewView; auditorId: number; onSaved: (v: PlanReviewView) => void }) {
  const [note, setNote] = useState(view.review?.overallNote ?? '');
  const save = async (status?: 'complete' | 'in_progress') => {
    const r = await call('audits.setOverall', { sha256: view.sha256, auditorId, note, ...(status ? { status } : {}) });
    if (r.ok) onSaved(r.value);
  };
  return (
    <div className="overall-note card">
      <label htmlFor="overall-note">Overall note</label>
      <textarea id="overall-note" rows={3} value={note} onChange={(e) => setNote(e.target.value)} onBlur={() => void save()} />
      <button type="button" className="primary" onClick={() => void save(view.review?.status === 'complete' ? 'in_progress' : 'complete')}>
        {view.review?.status === 'complete' ? 'Reopen this audit' : 'Mark audit complete'}
      </button>
    </div>
  );
}
