export { ingestPdf, type IngestGate } from './ingest';
export { DEFAULT_LIMITS, type IngestLimits } from './limits';
