import { type WriteDb } from '../database';

/** One schema step. Append-only: a released migration is never edited, a new one is added. */
export interface Migration {
  readonly name: string;
  up(db: WriteDb): void;
}
