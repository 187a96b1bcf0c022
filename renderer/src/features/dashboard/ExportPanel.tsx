import { useEffect, useState } from 'react';
import { call, callOrThrow } from '../../api/client';
import { downloadBase64, XLSX_TYPE } from '../../ui/download';

/** The workbooks, pseudonymised unless the switch is on; the period is the dashboard's. */
export function ExportPanel({ from, to }: { from: string; to: string }) {
  const [identifiers, setIdentifiers] = useState(false);
  const [exercises, setExercises] = useState<{ id: number; name: string }[]>([]);
  const [exercise, setExercise] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  useEffect(() => {
    void call('exercises.list', {}).then((r) => { if (r.ok) setExercises(r.value.map((e) => ({ id: e.exercise.id, name: e.exercise.name }))); });
  }, []);

  const save = async (which: 'training' | 'moderation') => {
    setBusy(true);
    setMessage(null);
    try {
      const file = which === 'training'
        ? await callOrThrow('exports.training', { identifiers, ...(from ? { from } : {}), ...(to ? { to } : {}) })
        : await callOrThrow('exports.moderation', { exerciseId: Number(exercise), identifiers });
      downloadBase64(file.fileName, file.dataBase64, XLSX_TYPE);
      setMessage({ kind: 'ok', text: `Saved ${file.fileName}: ${file.plans} plans, ${file.identifiers ? 'with identifiers' : 'pseudonymised'}.` });
    } catch (e) {
      setMessage({ kind: 'error', text: (e as Error).message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="export-panel" aria-labelledby="export-title">
      <h2 id="export-title">Workbooks</h2>
      <p className="muted">The charts' data is in the training workbook too. Exports are pseudonymised: no child's or family's name, date of birth, NHS number, UPN, address, postcode, phone number or e-mail.</p>
      <div className="identifiers-switch">
        <input id="export-identifiers" type="checkbox" checked={identifiers} onChange={(e) => setIdentifiers(e.target.checked)} />
        <label htmlFor="export-identifiers">Include identifiers (names, dates of birth, contact details) – personal data</label>
      </div>
      <div className="export-actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void save('training')}>Download training-needs workbook</button>
        <label htmlFor="export-exercise">Moderation exercise</label>
        <select id="export-exercise" value={exercise} onChange={(e) => setExercise(e.target.value)}>
          <option value="">Choose…</option>
          {exercises.map((e) => <option key={e.id} value={e.id}>{e.name}</option>)}
        </select>
        <button type="button" disabled={busy || !exercise} onClick={() => void save('moderation')}>Download moderation workbook</button>
      </div>
      {message && <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'error' : 'ok'}>{message.text}</p>}
    </section>
  );
}
