import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { type FileErrorCode } from '../domain';
import { DEFAULT_LIMITS, type IngestLimits } from '../ingest';
import { baseName } from '../pipeline';
import { type Rubric } from '../rubric';
import { type AuditJob, type JobOutcome } from './messages';

export interface PoolOptions {
  readonly rubric: Rubric;
  readonly limits?: IngestLimits;
  /** Workers at once; default: one per core. */
  readonly size?: number;
  /** Longest a file may take, in ms. */
  readonly timeoutMs?: number;
  /** Heap limit per worker, in MB. */
  readonly memoryMb?: number;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MEMORY_MB = 512;

interface Slot {
  worker: Worker;
  busy: { job: AuditJob; resolve: (o: JobOutcome) => void; timer: NodeJS.Timeout } | null;
}

const ENTRY = new URL('./audit-worker-entry.js', import.meta.url);

/**
 * Audits PDFs in worker threads, one file per worker at a time. A file that runs past the time
 * limit or the memory limit ends with a code and a sentence saying which limit; its worker is
 * replaced and the batch goes on.
 */
export class AuditPool {
  private readonly slots: Slot[] = [];
  private readonly queue: { job: AuditJob; resolve: (o: JobOutcome) => void }[] = [];
  private readonly options: Required<Omit<PoolOptions, 'limits'>> & { limits: IngestLimits };
  private closed = false;

  constructor(options: PoolOptions) {
    this.options = {
      rubric: options.rubric,
      limits: options.limits ?? DEFAULT_LIMITS,
      size: Math.max(1, options.size ?? availableParallelism()),
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      memoryMb: options.memoryMb ?? DEFAULT_MEMORY_MB,
    };
  }

  run(job: AuditJob): Promise<JobOutcome> {
    if (this.closed) return Promise.reject(new Error('pool closed'));
    return new Promise((resolve) => {
      this.queue.push({ job, resolve });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots.length = 0;
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => s.busy === null);
      if (!slot && this.slots.length < this.options.size) slot = this.spawn();
      if (!slot) return;
      const next = this.queue.shift()!;
      const timer = setTimeout(() => this.fail(slot!, 'unreadable', `${baseName(next.job.file)} took longer than ${Math.round(this.options.timeoutMs / 1000)} s to read (the time limit for one file), so it was stopped.`), this.options.timeoutMs);
      slot.busy = { job: next.job, resolve: next.resolve, timer };
      slot.worker.postMessage(next.job);
    }
  }

  private spawn(): Slot {
    const worker = new Worker(ENTRY, {
      workerData: { rubric: this.options.rubric, limits: this.options.limits },
      resourceLimits: { maxOldGenerationSizeMb: this.options.memoryMb, maxYoungGenerationSizeMb: 64 },
    });
    const slot: Slot = { worker, busy: null };
    worker.on('message', (outcome: JobOutcome) => {
      const busy = slot.busy;
      if (!busy || busy.job.id !== outcome.id) return;
      clearTimeout(busy.timer);
      slot.busy = null;
      busy.resolve(outcome);
      this.pump();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const memory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      const file = slot.busy ? baseName(slot.busy.job.file) : 'A file';
      this.fail(slot, memory ? 'too_large' : 'unreadable', memory
        ? `${file} needed more than ${this.options.memoryMb} MB of memory to read (the memory limit for one file), so it was stopped.`
        : `${file} could not be read: the reader stopped unexpectedly.`);
    });
    worker.on('exit', () => {
      if (slot.busy) this.fail(slot, 'unreadable', `${baseName(slot.busy.job.file)} could not be read: the reader stopped unexpectedly.`);
    });
    this.slots.push(slot);
    return slot;
  }

  /** Ends the slot's job with a code, replaces its worker and carries on with the queue. */
  private fail(slot: Slot, code: FileErrorCode, message: string): void {
    const busy = slot.busy;
    slot.busy = null;
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    void slot.worker.terminate();
    if (busy) {
      clearTimeout(busy.timer);
      busy.resolve({ id: busy.job.id, ok: false, code, message });
    }
    if (!this.closed) this.pump();
  }
}
