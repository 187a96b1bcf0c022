import { type ChildProcess, fork } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { type FileErrorCode } from '../domain';
import { DEFAULT_LIMITS, type IngestLimits } from '../ingest';
import { baseName } from '../pipeline';
import { type Rubric } from '../rubric';
import { CAN_READ_PROC, rssOfProcess } from './memory';
import { type AuditJob, type FromChild, type JobOutcome, type ToChild } from './messages';

export interface PoolOptions {
  readonly rubric: Rubric;
  readonly limits?: IngestLimits;
  /** Children at once; default one per core, never more than the memory budget allows. */
  readonly size?: number;
  /** Longest a file may take, in ms. */
  readonly timeoutMs?: number;
  /** Most resident memory one child may use while reading a file, in MB. */
  readonly memoryMb?: number;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MEMORY_MB = 512;
/** The whole app, children included, stays under this whatever a folder holds. */
export const APP_MEMORY_BUDGET_MB = 1536;
/** Kept for the main process: database, report, the files in flight. */
export const MAIN_MEMORY_MB = 512;
/** How often each child's resident memory is read. */
const WATCH_INTERVAL_MS = 100;
/** A child left this full after a file is replaced before the next file, so the next starts small. */
const RECYCLE_FRACTION = 0.75;
/** Children that die before they are ready, in a row, before the pool gives up on starting them. */
const MAX_START_FAILURES = 3;

const ENTRY = fileURLToPath(new URL('./audit-worker-entry.js', import.meta.url));

/** Every core, but only as many children as fit beside the main process in the memory budget. */
export function poolSize(requested: number | undefined, memoryMb: number): number {
  const fit = Math.floor((APP_MEMORY_BUDGET_MB - MAIN_MEMORY_MB) / memoryMb);
  return Math.max(1, Math.min(requested ?? availableParallelism(), fit));
}

interface Waiting {
  readonly job: AuditJob;
  readonly resolve: (o: JobOutcome) => void;
  /** Children that died unexpectedly on this file already. */
  readonly crashes: number;
  /**
   * After a crash, only a child started since may take the file: children killed together
   * (from outside) may still look idle until their own exit is seen.
   */
  readonly minSerial?: number;
}

interface Busy extends Waiting {
  readonly timer: NodeJS.Timeout;
}

interface Slot {
  readonly child: ChildProcess;
  /** Order of starting: a retried file waits for a child started after its crash. */
  readonly serial: number;
  ready: boolean;
  /** Set once the pool has let this child go: its exit is then expected. */
  retired: boolean;
  busy: Busy | null;
  /** The child's own last report, where /proc cannot be read. */
  reportedRss: number;
}

/**
 * Audits PDFs in child processes, one file per child at a time. Each file has a time limit and
 * a resident-memory limit (pdfjs's buffers and inflated streams live outside V8's heap, so only
 * the operating system's figure bounds them); past either the child is killed, the file ends
 * with a code and a sentence saying which limit, a new child takes its place and the batch goes on.
 */
export class AuditPool {
  readonly size: number;
  private readonly slots: Slot[] = [];
  private readonly queue: Waiting[] = [];
  private serials = 0;
  private readonly rubric: Rubric;
  private readonly limits: IngestLimits;
  private readonly timeoutMs: number;
  private readonly memoryMb: number;
  private readonly watchdog: NodeJS.Timeout;
  private startFailures = 0;
  private closed = false;

  constructor(options: PoolOptions) {
    this.rubric = options.rubric;
    this.limits = options.limits ?? DEFAULT_LIMITS;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.memoryMb = options.memoryMb ?? DEFAULT_MEMORY_MB;
    this.size = poolSize(options.size, this.memoryMb);
    this.watchdog = setInterval(() => this.watch(), WATCH_INTERVAL_MS);
    this.watchdog.unref();
  }

  run(job: AuditJob): Promise<JobOutcome> {
    if (this.closed) return Promise.reject(new Error('pool closed'));
    return new Promise((resolve) => {
      this.queue.push({ job, resolve, crashes: 0 });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.watchdog);
    const stopped = `the import was stopped before it was read.`;
    for (const waiting of this.queue.splice(0)) waiting.resolve(failure(waiting.job, 'unreadable', `${baseName(waiting.job.file)}: ${stopped}`));
    await Promise.all(this.slots.splice(0).map((slot) => {
      const exited = new Promise<void>((resolve) => (slot.child.exitCode !== null || slot.child.signalCode !== null ? resolve() : slot.child.once('exit', () => resolve())));
      this.retire(slot, 'unreadable', (file) => `${file}: ${stopped}`);
      return exited;
    }));
  }

  private pump(): void {
    if (this.closed) return;
    while (this.queue.length > 0) {
      const head = this.queue[0]!;
      const slot = this.slots.find((s) => s.ready && !s.busy && s.serial >= (head.minSerial ?? 0));
      if (!slot) {
        // A crash freed a place, so a retried file always has room for its new child.
        if (this.slots.length < this.size) this.spawn();
        return;
      }
      const next = this.queue.shift()!;
      const timer = setTimeout(() => this.retire(slot, 'unreadable', (file) => `${file} took longer than ${formatSeconds(this.timeoutMs)} to read, the time limit per file, so it was stopped.`), this.timeoutMs);
      slot.busy = { ...next, timer };
      this.send(slot, { type: 'job', job: next.job });
    }
  }

  private spawn(): void {
    const child = fork(ENTRY, [], {
      // The heap limit is a second guard; the watchdog's resident-memory limit is the real one.
      execArgv: [`--max-old-space-size=${this.memoryMb}`],
      serialization: 'advanced',
      // A child's output could quote a document: none of it reaches a terminal or a log.
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
      // Under Electron, process.execPath is the app itself: run it as plain Node.
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1', DOTENV_CONFIG_QUIET: 'true' },
    });
    const slot: Slot = { child, serial: this.serials++, ready: false, retired: false, busy: null, reportedRss: 0 };
    this.slots.push(slot);
    child.on('message', (message: FromChild) => this.receive(slot, message));
    child.on('error', () => this.retire(slot, 'unreadable', (file) => `${file} could not be read: the reader stopped unexpectedly.`));
    child.on('exit', (code, signal) => {
      if (slot.retired) return;
      if (!slot.ready) this.startFailures++;
      // V8 aborts when the heap limit is reached.
      const outOfMemory = signal === 'SIGABRT' || code === 134;
      if (outOfMemory) this.retire(slot, 'too_large', (file) => this.memorySentence(file));
      else if (slot.busy && slot.busy.crashes === 0) {
        // Killed from outside, or died before it read the file: the file gets one more child.
        const { job, resolve, crashes, timer } = slot.busy;
        clearTimeout(timer);
        slot.busy = null;
        this.queue.unshift({ job, resolve, crashes: crashes + 1, minSerial: this.serials });
        this.retire(slot, 'unreadable', () => '');
      } else this.retire(slot, 'unreadable', (file) => `${file} could not be read: the reader stopped unexpectedly.`);
    });
  }

  private receive(slot: Slot, message: FromChild): void {
    switch (message.type) {
      case 'ready':
        this.send(slot, { type: 'setup', setup: { rubric: this.rubric, limits: this.limits, memoryReportMs: CAN_READ_PROC ? 0 : WATCH_INTERVAL_MS } });
        slot.ready = true;
        this.startFailures = 0;
        this.pump();
        return;
      case 'memory':
        slot.reportedRss = message.rss;
        return;
      case 'outcome': {
        const busy = slot.busy;
        if (!busy || busy.job.id !== message.outcome.id) return;
        clearTimeout(busy.timer);
        slot.busy = null;
        busy.resolve(message.outcome);
        // A child that kept much of what the last file needed would start the next one near the limit.
        const rss = this.rssOf(slot);
        if (rss !== null && rss > this.memoryMb * 1024 * 1024 * RECYCLE_FRACTION) this.retire(slot, 'unreadable', () => '');
        this.pump();
        return;
      }
    }
  }

  /** Every ~100 ms: a child over the memory limit is killed and its file ends too_large. */
  private watch(): void {
    const limit = this.memoryMb * 1024 * 1024;
    for (const slot of [...this.slots]) {
      if (!slot.busy) continue;
      const rss = this.rssOf(slot);
      if (rss !== null && rss > limit) this.retire(slot, 'too_large', (file) => this.memorySentence(file));
    }
  }

  private rssOf(slot: Slot): number | null {
    if (!CAN_READ_PROC) return slot.reportedRss || null;
    return slot.child.pid === undefined ? null : rssOfProcess(slot.child.pid);
  }

  private memorySentence(file: string): string {
    return `${file} used more than ${this.memoryMb} MB of memory while being read, the memory limit per file, so it was stopped.`;
  }

  private send(slot: Slot, message: ToChild): void {
    // A child that died between our check and this send is handled by its 'exit' event.
    slot.child.send(message, (error) => {
      if (error) this.retire(slot, 'unreadable', (file) => `${file} could not be read: the reader stopped unexpectedly.`);
    });
  }

  /** Kills the slot's child, ends its file (if any) with the code, and lets a new child take its place. */
  private retire(slot: Slot, code: FileErrorCode, sentence: (file: string) => string): void {
    if (slot.retired) return;
    slot.retired = true;
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    slot.child.kill('SIGKILL');
    const busy = slot.busy;
    slot.busy = null;
    if (busy) {
      clearTimeout(busy.timer);
      busy.resolve(failure(busy.job, code, sentence(baseName(busy.job.file))));
    }
    if (this.startFailures >= MAX_START_FAILURES) {
      for (const waiting of this.queue.splice(0)) waiting.resolve(failure(waiting.job, 'unreadable', `${baseName(waiting.job.file)} could not be read: the PDF reader could not be started.`));
      return;
    }
    this.pump();
  }
}

function failure(job: AuditJob, code: FileErrorCode, message: string): JobOutcome {
  return { id: job.id, ok: false, code, message };
}

function formatSeconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`;
}
