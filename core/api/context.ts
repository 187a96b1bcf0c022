import { type WriteDb } from '../store';

/** What operations run against: passed in by each transport, never a module global. */
export interface ApiContext {
  readonly db: WriteDb;
  readonly toolVersion: string;
  /** The clock, injectable so tests and exports are repeatable. */
  readonly now: () => Date;
  /** Workers for PDF parsing; default one per core. */
  readonly workers?: number;
}
