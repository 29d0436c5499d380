import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FileOutcome, FileTask } from './file-validation';

/** Where a worker reads a file from: a path on disk, or the text itself. */
export type WorkerSource = { path: string } | { text: string | Buffer };

/** One request to a validation worker. */
export interface WorkerRequest {
  task: FileTask;
  source: WorkerSource;
}

/** A validation worker's answer. */
export type WorkerReply = { ok: true; outcome: FileOutcome } | { ok: false; message: string };

// The server and the CLI run their TypeScript through tsx (npm start, npm run cli), vitest
// through its own transform; neither reaches a worker thread by itself. Each worker therefore
// loads tsx's loader explicitly, whoever started the process.
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const WORKER_MODULE = new URL('./validation-worker.ts', import.meta.url);

/**
 * A small pool of validation worker threads, started on first use and kept for the next run
 * (a worker takes a few hundred milliseconds to start). Idle workers do not keep the process
 * alive; a worker with a task does.
 */
class ValidationPool {
  private readonly idle: Worker[] = [];
  private readonly waiting: { request: WorkerRequest; settle: (reply: WorkerReply) => void }[] = [];
  private started = 0;

  constructor(private readonly size: number) {}

  /** Whether workers are already running (then even a small import is worth sending to them). */
  get warm(): boolean {
    return this.started > 0;
  }

  /** Validate one file on a worker thread. */
  async validate(task: FileTask, source: WorkerSource): Promise<FileOutcome> {
    const reply = await new Promise<WorkerReply>((settle) => {
      this.waiting.push({ request: { task, source }, settle });
      this.dispatch();
    });
    if (!reply.ok) throw new Error(`Import validation worker failed: ${reply.message}`);
    return reply.outcome;
  }

  private dispatch(): void {
    while (this.waiting.length > 0) {
      const worker = this.idle.pop() ?? (this.started < this.size ? this.start() : null);
      if (!worker) return;
      const job = this.waiting.shift()!;
      worker.ref();
      const done = (reply: WorkerReply, healthy: boolean) => {
        worker.off('message', onMessage).off('error', onError);
        if (healthy) {
          worker.unref();
          this.idle.push(worker);
        } else {
          this.started -= 1;
          void worker.terminate();
        }
        job.settle(reply);
        this.dispatch();
      };
      const onMessage = (reply: WorkerReply) => done(reply, true);
      const onError = (error: Error) => done({ ok: false, message: error.message }, false);
      worker.on('message', onMessage).on('error', onError);
      worker.postMessage(job.request);
    }
  }

  private start(): Worker {
    this.started += 1;
    const worker = new Worker(WORKER_MODULE, { execArgv: ['--import', TSX_LOADER] });
    worker.on('exit', () => {
      const index = this.idle.indexOf(worker);
      if (index >= 0) {
        this.idle.splice(index, 1);
        this.started -= 1;
      }
    });
    return worker;
  }
}

/** The process's validation pool: as many workers as cores, at most four. */
export const validationPool = new ValidationPool(Math.min(4, Math.max(1, availableParallelism())));
