import { type FileErrorCode } from '../domain';
import { type IngestLimits } from '../ingest';
import { type PlanAudit } from '../pipeline';
import { type Rubric } from '../rubric';

export interface WorkerSetup {
  readonly rubric: Rubric;
  readonly limits: IngestLimits;
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
