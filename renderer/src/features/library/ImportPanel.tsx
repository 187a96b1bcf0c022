import { useEffect, useRef, useState } from 'react';
import { importFiles, type FileOutcome } from './upload';

/** Import files or a whole folder, with a progress bar and a line per file (bad files in words). */
export function ImportPanel({ onImported }: { onImported: () => void }) {
  const [total, setTotal] = useState(0);
  const [done, setDone] = useState(0);
  const [outcomes, setOutcomes] = useState<FileOutcome[]>([]);
  const [busy, setBusy] = useState(false);
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);

  async function start(list: FileList | null) {
    const files = [...(list ?? [])].filter((f) => /\.pdf$/i.test(f.name));
    if (files.length === 0) return;
    setBusy(true);
    setTotal(files.length);
    setDone(0);
    setOutcomes([]);
    await importFiles(files, (outcome, n) => {
      setDone(n);
      setOutcomes((all) => [...all, outcome]);
    });
    setBusy(false);
    onImported();
  }

  // In the desktop app files are chosen in a native dialog of the main process.
  async function startDesktop(kind: 'dialogs.importFiles' | 'dialogs.importFolder') {
    const desktop = window.ehcqa!;
    setBusy(true);
    setOutcomes([]);
    const stop = desktop.onImportProgress((p) => { setTotal(p.total); setDone(p.done); });
    const result = await desktop[kind]();
    stop();
    setBusy(false);
    if (result.ok && result.value) {
      setTotal(result.value.plans.length);
      setDone(result.value.plans.length);
      setOutcomes(result.value.plans.map((plan) => ({ name: plan.file.split(/[\\/]/).pop() ?? plan.file, plan, error: null })));
    }
    onImported();
  }
  const desktop = Boolean(window.ehcqa);
  const [dragging, setDragging] = useState(false);

  // The desktop menu's File > Import commands arrive here.
  useEffect(() => window.ehcqa?.onMenu?.((command) => {
    if (command === 'import-files') void startDesktop('dialogs.importFiles');
    if (command === 'import-folder') void startDesktop('dialogs.importFolder');
  }), []);

  const audited = outcomes.filter((o) => o.plan?.status === 'ok').length;
  return (
    <section
      className={`card import ${dragging ? 'dragging' : ''}`}
      aria-labelledby="import-title"
      onDragOver={(e) => { e.preventDefault(); setDragging(true); }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => { e.preventDefault(); setDragging(false); if (!busy) void start(e.dataTransfer.files); }}
    >
      <h2 id="import-title">Import plans</h2>
      <p className="muted">Choose PDF files or a folder, or drop PDFs here. Each file is audited on this computer; a file that cannot be audited is listed with the reason.</p>
      <div className="actions">
        <button type="button" className="primary" onClick={() => (desktop ? void startDesktop('dialogs.importFiles') : filesInput.current?.click())} disabled={busy}>Import PDF files…</button>
        <button type="button" onClick={() => (desktop ? void startDesktop('dialogs.importFolder') : folderInput.current?.click())} disabled={busy}>Import a folder…</button>
        <input ref={filesInput} type="file" accept="application/pdf,.pdf" multiple hidden data-testid="import-files" onChange={(e) => void start(e.target.files)} />
        <input ref={folderInput} type="file" multiple hidden data-testid="import-folder" {...{ webkitdirectory: '' }} onChange={(e) => void start(e.target.files)} />
      </div>
      {total > 0 && (
        <div className="import-progress">
          <label htmlFor="import-bar">{busy ? `Auditing ${done} of ${total} files…` : `Done: ${audited} of ${total} files audited.`}</label>
          <progress id="import-bar" max={total} value={done} aria-valuetext={`${done} of ${total} files`} />
          <ul className="outcomes" aria-live="polite">
            {outcomes.map((o, i) => (
              <li key={`${o.name}-${i}`} className={o.plan?.status === 'ok' ? 'ok' : 'bad'}>
                {o.plan?.status === 'ok' ? (
                  <><span className="badge ok">Audited</span> {o.name}: {o.plan.grade.overall}</>
                ) : (
                  <><span className="badge bad">Not audited</span> {o.plan?.status === 'error' ? o.plan.error.message : o.error}</>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
