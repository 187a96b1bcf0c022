import type { ReportPlan } from '../../../../core/pipeline';
import { call } from '../../api/client';

export interface FileOutcome {
  readonly name: string;
  readonly plan: ReportPlan | null;
  readonly error: string | null;
}

export function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

/**
 * Uploads and audits files a few at a time (the bridge audits each on its worker pool), so
 * the progress bar moves file by file and one bad file never stops the rest.
 */
export async function importFiles(files: readonly File[], onDone: (outcome: FileOutcome, done: number) => void): Promise<void> {
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++]!;
      let outcome: FileOutcome;
      try {
        const dataBase64 = toBase64(await file.arrayBuffer());
        const result = await call('plans.upload', { files: [{ name: file.name, dataBase64 }] });
        outcome = result.ok ? { name: file.name, plan: result.value.plans[0] ?? null, error: null } : { name: file.name, plan: null, error: result.error.message };
      } catch {
        outcome = { name: file.name, plan: null, error: `${file.name} could not be read from disk.` };
      }
      done++;
      onDone(outcome, done);
    }
  };
  await Promise.all([worker(), worker()]);
}
