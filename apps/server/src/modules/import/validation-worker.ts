/**
 * A validation worker thread (validation-pool.ts): reads and validates one import file per
 * request with the same code as the main thread, and answers with the outcome.
 */
import { createReadStream } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { validateFile } from './file-validation';
import type { WorkerReply, WorkerRequest } from './validation-pool';

const port = parentPort!;

port.on('message', (request: WorkerRequest) => {
  const source = 'path' in request.source ? createReadStream(request.source.path) : request.source.text;
  validateFile(request.task, source).then(
    (outcome) => port.postMessage({ ok: true, outcome } satisfies WorkerReply),
    (error: unknown) =>
      port.postMessage({
        ok: false,
        message: error instanceof Error ? error.message : String(error),
      } satisfies WorkerReply),
  );
});
