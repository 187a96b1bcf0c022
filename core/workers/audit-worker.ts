import { parentPort, workerData } from 'node:worker_threads';
import { detectorsById } from '../detectors/registry';
import { auditPdf } from '../pipeline';
import { type AuditJob, type JobOutcome, type WorkerSetup } from './messages';

/** One PDF at a time, off the main thread: the pool enforces the time and memory limits. */
const setup = workerData as WorkerSetup;

parentPort!.on('message', async (job: AuditJob) => {
  const result = await auditPdf({ bytes: job.bytes, file: job.file, sha256: job.sha256 }, { rubric: setup.rubric, detectors: detectorsById, limits: setup.limits });
  const outcome: JobOutcome = 'audit' in result
    ? { id: job.id, ok: true, audit: result.audit }
    : { id: job.id, ok: false, code: result.error.code, message: result.error.message };
  parentPort!.postMessage(outcome);
});
