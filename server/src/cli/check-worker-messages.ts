import type { BatchResult, CheckOptions } from './check-batch.js';

/** What the main thread of `sop check` sends a check worker (its CheckOptions come as workerData). */
export type ToCheckWorker = { type: 'check'; id: number; files: string[] };

/** A worker's answers: ready once started, then one per batch (`failed`: the batch threw). */
export type FromCheckWorker =
    | { type: 'ready' }
    | { type: 'checked'; id: number; result: BatchResult }
    | { type: 'failed'; id: number; message: string; detail: string };

export type CheckWorkerData = CheckOptions;
