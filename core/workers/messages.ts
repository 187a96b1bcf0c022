import { type FileErrorCode } from '../domain';
import { type IngestLimits } from '../ingest';
import { type PlanAudit } from '../pipeline';
import { type Rubric } from '../rubric';

export interface WorkerSetup {
  readonly rubric: Rubric;
  readonly limits: IngestLimits;
  /** Where /proc cannot be read, the child reports its own RSS this often (ms); 0: never. */
  readonly memoryReportMs: number;
}

export interface AuditJob {
  readonly id: number;
  readonly file: string;
  readonly sha256: string;
  readonly bytes: Uint8Array;
}

export type JobOutcome =
  | { readonly id: number; readonly ok: true; readonly audit: PlanAudit }
  | { readonly id: number; readonly ok: false; readonly code: FileErrorCode; readonly message: string };

/** From the pool to a child: its setup once, then one job at a time. */
export type ToChild = { readonly type: 'setup'; readonly setup: WorkerSetup } | { readonly type: 'job'; readonly job: AuditJob };

/** From a child to the pool. */
export type FromChild =
  | { readonly type: 'ready' }
  | { readonly type: 'memory'; readonly rss: number }
  | { readonly type: 'outcome'; readonly outcome: JobOutcome };
