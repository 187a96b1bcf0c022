import { type FormEvent, useState } from 'react';
import type { Auditor } from '../../../../core/store';
import { call } from '../../api/client';
import { AGENCY_LABEL } from '../../ui/labels';

const AGENCIES = Object.keys(AGENCY_LABEL) as (keyof typeof AGENCY_LABEL)[];

/** First start (and "Switch auditor"): who is scoring, for which agency. */
export function ProfileScreen({ auditors, onChosen }: { auditors: readonly Auditor[]; onChosen: (id: number) => void | Promise<void> }) {
  const [name, setName] = useState('');
  const [agency, setAgency] = useState<(typeof AGENCIES)[number]>('send-qa');
  const [role, setRole] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    const result = await call('auditors.create', { name, agency, ...(role.trim() ? { role } : {}) });
    setSaving(false);
    if (!result.ok) return setError(result.error.message);
    await onChosen(result.value.id);
  }

  return (
    <section className="profile" aria-labelledby="profile-title">
      <h1 id="profile-title">{auditors.length === 0 ? 'Welcome to ehcqa' : 'Who is auditing?'}</h1>
      <p className="lede">Your name and agency go with every level you set, so moderation panels can see who judged what. Everything stays on this computer.</p>
      {auditors.length > 0 && (
        <div className="card">
          <h2>Continue as</h2>
          <ul className="auditor-list">
            {auditors.map((a) => (
              <li key={a.id}>
                <button type="button" onClick={() => void onChosen(a.id)}>
                  {a.name} <span className="muted">({AGENCY_LABEL[a.agency]}{a.role ? `, ${a.role}` : ''})</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form className="card" onSubmit={(e) => void submit(e)} aria-describedby={error ? 'profile-error' : undefined}>
        <h2>{auditors.length === 0 ? 'Your profile' : 'A new auditor'}</h2>
        <label htmlFor="auditor-name">Name</label>
        <input id="auditor-name" value={name} onChange={(e) => setName(e.target.value)} required autoComplete="name" />
        <label htmlFor="auditor-agency">Agency</label>
        <select id="auditor-agency" value={agency} onChange={(e) => setAgency(e.target.value as typeof agency)}>
          {AGENCIES.map((a) => <option key={a} value={a}>{AGENCY_LABEL[a]}</option>)}
        </select>
        <label htmlFor="auditor-role">Role <span className="muted">(optional)</span></label>
        <input id="auditor-role" value={role} onChange={(e) => setRole(e.target.value)} placeholder="e.g. SEND QA lead" />
        {error && <p id="profile-error" role="alert" className="error">{error}</p>}
        <button type="submit" className="primary" disabled={saving}>{saving ? 'Saving…' : 'Start auditing'}</button>
      </form>
    </section>
  );
}
