import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { invoke } from '../../core/api';
import { type ReportPlan } from '../../core/pipeline';
import { openDatabase } from '../../core/store';
import { type LabelledFile } from './labels';

/** Audits labelled files through the real API (workers, database) and pairs reports with labels. */
export async function auditLabelled(files: readonly LabelledFile[]): Promise<{ labels: LabelledFile['labels']; report: ReportPlan }[]> {
  const db = openDatabase(join(mkdtempSync(join(tmpdir(), 'ehcqa-eval-')), 'eval.db'));
  try {
    const result = await invoke({ db, toolVersion: 'test', now: () => new Date('2026-12-01T00:00:00Z') }, 'plans.import', { paths: files.map((f) => f.path) });
    if (!result.ok) throw new Error(result.error.message);
    return result.value.plans.map((report, i) => ({ labels: files[i]!.labels, report }));
  } finally {
    db.close();
  }
}
