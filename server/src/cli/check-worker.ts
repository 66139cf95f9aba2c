/**
 * Entry of a `sop check` worker thread (bundled to out/cli/check-worker.cjs): checks the batches of
 * files the main thread sends, one at a time, in a workspace of its own (check-pool.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { BatchChecker } from './check-batch.js';
import type { CheckWorkerData, FromCheckWorker, ToCheckWorker } from './check-worker-messages.js';

const port = parentPort;
if (!port) throw new Error('check-worker.ts runs as a worker thread of `sop check`');
const checker = new BatchChecker(workerData as CheckWorkerData);
port.on('message', (message: ToCheckWorker) => {
    switch (message.type) {
        case 'check': {
            checker.check(message.files).then(
                result => port.postMessage({ type: 'checked', id: message.id, result } satisfies FromCheckWorker),
                (error: unknown) => port.postMessage({
                    type: 'failed', id: message.id,
                    message: error instanceof Error ? error.message : String(error),
                    detail: error instanceof Error ? error.stack ?? error.message : String(error),
                } satisfies FromCheckWorker),
            );
            break;
        }
        default: {
            const unknown: never = message.type;
            throw new Error(`check worker: unknown message ${String(unknown)}`);
        }
    }
});
port.postMessage({ type: 'ready' } satisfies FromCheckWorker);
