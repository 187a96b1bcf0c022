export { ingestPdf } from './ingest';
export { DEFAULT_LIMITS, type IngestLimits } from './limits';
