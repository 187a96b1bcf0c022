import { detectorsById } from '../detectors/registry';
import { auditPdf } from '../pipeline';
import { type FromChild, type ToChild, type WorkerSetup } from './messages';

/**
 * One PDF at a time in a child process: the pool watches this process's memory and time and
 * kills it past either limit, which a thread could not be (pdfjs's buffers live outside V8's
 * heap, so a thread's heap limit does not bound them).
 */
let setup: WorkerSetup | null = null;
const send = (message: FromChild) => process.send!(message);

process.on('message', (message: ToChild) => {
  switch (message.type) {
    case 'setup':
      setup = message.setup;
      if (setup.memoryReportMs > 0) setInterval(() => send({ type: 'memory', rss: process.memoryUsage.rss() }), setup.memoryReportMs).unref();
      return;
    case 'job': {
      const { job } = message;
      const options = { rubric: setup!.rubric, detectors: detectorsById, limits: setup!.limits };
      // A Buffer arrives as a Buffer, which pdfjs refuses: a plain view of the same bytes.
      const bytes = new Uint8Array(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
      void auditPdf({ bytes, file: job.file, sha256: job.sha256 }, options).then((result) => {
        send({
          type: 'outcome',
          outcome: 'audit' in result
            ? { id: job.id, ok: true, audit: result.audit }
            : { id: job.id, ok: false, code: result.error.code, message: result.error.message },
        });
      });
      return;
    }
  }
});
// Loaded and listening: messages sent before this point could be lost, so the pool waits for it.
send({ type: 'ready' });
// The pool is gone (closed, or killed): nothing is left to do.
process.on('disconnect', () => process.exit(0));
