export { ingestPdf, type IngestGate, MIN_CHARS_PER_PAGE } from './ingest';
export { DEFAULT_LIMITS, type IngestLimits } from './limits';
