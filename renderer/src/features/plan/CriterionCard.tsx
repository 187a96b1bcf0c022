import { forwardRef, useEffect, useState } from 'react';
import type { CriterionView } from '../../../../core/api';
import type { Evidence, Level, Suggestion } from '../../../../core/domain';
import type { Judgement } from '../../../../core/store';
import { LEVEL_LABEL } from '../../ui/labels';

export interface CriterionCardProps {
  readonly criterion: CriterionView;
  readonly suggestion: Suggestion | undefined;
  readonly judgement: Judgement | undefined;
  readonly showGuidance: boolean;
  readonly pendingLevel: Level | null;
  readonly onFocus: () => void;
  readonly onAccept: () => void;
  readonly onChoose: (level: Level) => void;
  readonly onSaveOverride: (level: Level, reason: string) => void;
  readonly onCancelOverride: () => void;
  readonly onNote: (note: string) => void;
  readonly onEvidence: (evidence: Evidence) => void;
}

const LEVELS: Level[] = ['met', 'partly', 'not_met', 'na'];

/** One criterion: the tool's suggestion and evidence, the auditor's level, reason and note. */
export const CriterionCard = forwardRef<HTMLElement, CriterionCardProps>(function CriterionCard(props, ref) {
  const { criterion, suggestion, judgement, showGuidance, pendingLevel } = props;
  const [reason, setReason] = useState(judgement?.reason ?? '');
  const [note, setNote] = useState(judgement?.note ?? '');
  useEffect(() => setNote(judgement?.note ?? ''), [judgement?.note]);
  // Autosave: a note is stored a moment after typing stops, and on leaving the field.
  const { onNote } = props;
  useEffect(() => {
    if (note === (judgement?.note ?? '')) return;
    const timer = setTimeout(() => onNote(note), 800);
    return () => clearTimeout(timer);
  }, [note, judgement?.note, onNote]);
  const level = judgement?.level ?? null;
  const headingId = `criterion-${criterion.id}`;
  const overridden = level !== null && suggestion && level !== suggestion.level;

  return (
    <article ref={ref} tabIndex={0} className={`criterion ${level ? 'judged' : ''}`} aria-labelledby={headingId} data-criterion={criterion.id} onFocus={props.onFocus}>
      <header>
        <h4 id={headingId}>
          <span className="criterion-id">{criterion.id}</span> {criterion.title}
          {criterion.limiting && <span className="tag" title="A limiting criterion: not met caps the grade">limiting</span>}
        </h4>
        {suggestion && (
          <p className="suggestion">
            Tool suggests <span className={`level level-${suggestion.level}`}>{LEVEL_LABEL[suggestion.level]}</span>
            <span className="muted"> ({Math.round(suggestion.confidence * 100)}% confidence)</span>
          </p>
        )}
      </header>
      {suggestion && <p className="rationale">{suggestion.rationale}</p>}
      {showGuidance && <p className="guidance"><strong>What met looks like:</strong> {criterion.met}</p>}
      {suggestion && suggestion.evidence.length > 0 && (
        <ul className="evidence" aria-label={`Evidence for ${criterion.id}`}>
          {suggestion.evidence.map((e, i) => (
            <li key={i}>
              <button type="button" className="quote" onClick={() => props.onEvidence(e)} data-testid="evidence">
                <span className="where">{e.section ? `Section ${e.section}, ` : ''}page {e.page}</span> {/^["“]/.test(e.quote) ? e.quote : `“${e.quote}”`}
              </button>
            </li>
          ))}
        </ul>
      )}
      <fieldset className="levels">
        <legend>Your level {level ? <span className="muted">(set: {LEVEL_LABEL[level]}{overridden ? ', overrides the tool' : ''})</span> : <span className="muted">(not set)</span>}</legend>
        <button type="button" className="accept" onClick={props.onAccept} disabled={!suggestion} aria-keyshortcuts="a Enter">Accept suggestion</button>
        {LEVELS.map((l, i) => (
          <button key={l} type="button" aria-pressed={level === l} className={`level-choice level-${l}`} onClick={() => props.onChoose(l)} aria-keyshortcuts={String(i + 1)}>
            {LEVEL_LABEL[l]}
          </button>
        ))}
      </fieldset>
      {overridden && judgement?.reason && <p className="reason"><strong>Reason:</strong> {judgement.reason}</p>}
      {pendingLevel && (
        <form className="override" onSubmit={(e) => { e.preventDefault(); if (reason.trim()) props.onSaveOverride(pendingLevel, reason); }}>
          <label htmlFor={`reason-${criterion.id}`}>Why {LEVEL_LABEL[pendingLevel]} rather than the tool's {suggestion ? LEVEL_LABEL[suggestion.level] : ''}? (required)</label>
          <textarea id={`reason-${criterion.id}`} value={reason} onChange={(e) => setReason(e.target.value)} autoFocus rows={2} required
            onKeyDown={(e) => { if (e.key === 'Escape') props.onCancelOverride(); if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); if (reason.trim()) props.onSaveOverride(pendingLevel, reason); } }} />
          <div className="actions">
            <button type="submit" className="primary" disabled={!reason.trim()}>Save level</button>
            <button type="button" onClick={props.onCancelOverride}>Cancel</button>
          </div>
        </form>
      )}
      <label className="note-label" htmlFor={`note-${criterion.id}`}>Note</label>
      <textarea id={`note-${criterion.id}`} className="note" rows={1} value={note} onChange={(e) => setNote(e.target.value)}
        onBlur={() => { if (note !== (judgement?.note ?? '')) props.onNote(note); }} placeholder="Optional note for this criterion" />
    </article>
  );
});
