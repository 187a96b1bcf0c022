import { type Logger } from '../log/logger';
import { type Rubric } from '../rubric';
import { type WriteDb } from '../store';
import { type AuditPool } from '../workers/pool';

/** What operations run against: passed in by each transport, never a module global. */
export interface ApiContext {
  readonly db: WriteDb;
  readonly toolVersion: string;
  /** The clock, injectable so tests and exports are repeatable. */
  readonly now: () => Date;
  /** Workers for PDF parsing; default one per core (capped by the memory budget, core/workers/pool.ts). */
  readonly workers?: number;
  /** Time limit per file, in ms, for a pool the import starts itself; default 30 s. */
  readonly timeoutMs?: number;
  /** Memory limit per file (resident, in MB) for a pool the import starts itself; default 512. */
  readonly memoryMb?: number;
  /** A long-lived pool (the app keeps one); without it each import starts its own. */
  readonly pool?: AuditPool;
  /** The rubric the app audits with; without it the default rubric file is read. */
  readonly rubric?: Rubric;
  /** Events with hashes and codes only; never plan text. */
  readonly logger?: Logger;
}
