/** Limits on one file, so a huge or hostile PDF ends with a code instead of eating the machine. */
export interface IngestLimits {
  /** Largest file accepted, in bytes. */
  readonly maxBytes: number;
  /** Most pages read. */
  readonly maxPages: number;
}

export const DEFAULT_LIMITS: IngestLimits = {
  maxBytes: 100 * 1024 * 1024,
  maxPages: 400,
};
