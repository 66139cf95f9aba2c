import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { BatchChecker, type BatchResult, type CheckedFile, type CheckOptions } from './check-batch.js';
import type { FromCheckWorker, ToCheckWorker } from './check-worker-messages.js';
import { InternalError, IoError } from './cli-workspace.js';

/** Files per batch: small enough for flat memory and even shares, large enough that a batch's overhead is noise. */
export const BATCH_FILES = Number(process.env.SOP_BATCH ?? 25);

/** Fewer files than this are checked in the CLI's own thread: starting a worker costs more than it saves. */
export const MIN_FILES_FOR_WORKERS = 51;

/** What the machine offers: its cores, and how many threads were waiting to run over the last minute. */
export interface MachineLoad {
    cores: number;
    load: number;
}

/**
 * How many worker threads check `files` files: `SOP_CHECK_WORKERS` when set (0: none, for tests and
 * comparisons), else one per free core when there are enough files and at least two cores are free.
 * A thread on a core that is already busy only adds work: each worker compiles the checks anew, and
 * two workers time-sliced on one core cost ~25% more CPU than one thread (measured on 1,000 files).
 */
export function workerCount(files: number, env: Record<string, string | undefined>, machine: MachineLoad = currentLoad()): number {
    const forced = env.SOP_CHECK_WORKERS;
    if (forced !== undefined && /^\d+$/.test(forced.trim())) return Math.min(Number(forced), Math.ceil(files / BATCH_FILES));
    const free = Math.round(machine.cores - machine.load);
    if (files < MIN_FILES_FOR_WORKERS || free < 2) return 0;
    return Math.min(free, 8, Math.ceil(files / BATCH_FILES));
}

function currentLoad(): MachineLoad {
    return { cores: availableParallelism(), load: loadavg()[0] };
}

export interface PoolOptions {
    workers: number;
    /** The worker's entry (`findCheckWorker()`); without one every batch runs in this thread. */
    workerFile?: string;
    /** Called after each batch with the number of files done. */
    progress?: (done: number, total: number) => void;
}

interface Runner {
    check(files: string[]): Promise<BatchResult>;
    close(): Promise<void>;
}

/**
 * Checks `files` in batches, spread over worker threads (or in this thread), and returns every file's
 * result in the order of `files`. As a check of all files in one workspace does: an unreadable file
 * is an IoError (the first one), otherwise a crashed check is an InternalError (the first one); a
 * worker that dies is an InternalError too, never a pass.
 */
export async function checkInBatches(files: string[], options: CheckOptions, pool: PoolOptions): Promise<CheckedFile[]> {
    const batches: string[][] = [];
    for (let i = 0; i < files.length; i += BATCH_FILES) batches.push(files.slice(i, i + BATCH_FILES));
    const results: Array<BatchResult | undefined> = new Array(batches.length);
    const runners = pool.workers > 0 && pool.workerFile
        ? Array.from({ length: pool.workers }, () => new WorkerRunner(pool.workerFile!, options))
        : [new InProcessRunner(options)];
    let next = 0;
    let done = 0;
    let stop = false;
    const drain = async (runner: Runner) => {
        while (!stop && next < batches.length) {
            const index = next++;
            const result = results[index] = await runner.check(batches[index]);
            // A file that cannot be read ends the run; batches before it still report theirs first.
            if (result.kind === 'unreadable') stop = true;
            done += batches[index].length;
            pool.progress?.(done, files.length);
        }
    };
    const settled = await Promise.allSettled(runners.map(runner => drain(runner).catch(e => {
        stop = true;
        throw e;
    })));
    await Promise.all(runners.map(r => r.close()));
    const crashed = settled.find(s => s.status === 'rejected');
    if (crashed) throw crashed.reason;
    return collect(results);
}

function collect(results: ReadonlyArray<BatchResult | undefined>): CheckedFile[] {
    const unreadable = results.find(r => r?.kind === 'unreadable');
    if (unreadable?.kind === 'unreadable') throw new IoError(unreadable.message);
    for (const r of results) {
        if (r?.kind === 'checked' && r.failure) throw new InternalError(`check ${r.failure.check} failed: ${r.failure.error.split('\n')[0]}`, r.failure.error);
    }
    return results.flatMap(r => (r?.kind === 'checked' ? r.files : []));
}

class InProcessRunner implements Runner {
    private readonly checker: BatchChecker;

    constructor(options: CheckOptions) {
        this.checker = new BatchChecker(options);
    }

    check(files: string[]): Promise<BatchResult> {
        return this.checker.check(files);
    }

    async close(): Promise<void> { /* nothing to release */ }
}

/** One worker thread, one batch at a time. */
class WorkerRunner implements Runner {
    private readonly worker: Worker;
    private waiting: { id: number; resolve: (r: BatchResult) => void; reject: (e: Error) => void } | undefined;
    private lost: Error | undefined;
    private ids = 0;

    constructor(file: string, options: CheckOptions) {
        this.worker = startWorker(file, options);
        this.worker.on('message', (message: FromCheckWorker) => this.answered(message));
        this.worker.on('error', error => this.fail(`a check worker crashed: ${error.message}`, error.stack ?? error.message));
        this.worker.on('exit', code => this.fail(`a check worker stopped (exit code ${code})`, ''));
    }

    check(files: string[]): Promise<BatchResult> {
        if (this.lost) return Promise.reject(this.lost);
        const id = ++this.ids;
        return new Promise((resolve, reject) => {
            this.waiting = { id, resolve, reject };
            this.worker.postMessage({ type: 'check', id, files } satisfies ToCheckWorker);
        });
    }

    async close(): Promise<void> {
        this.lost ??= new InternalError('the check workers were stopped', '');
        await this.worker.terminate();
    }

    private answered(message: FromCheckWorker): void {
        if (message.type === 'ready') return;
        const waiting = this.waiting;
        if (!waiting || waiting.id !== message.id) return;
        this.waiting = undefined;
        if (message.type === 'checked') waiting.resolve(message.result);
        else waiting.reject(new InternalError(`a check worker failed: ${message.message}`, message.detail));
    }

    private fail(message: string, detail: string): void {
        if (this.lost) return;
        this.lost = new InternalError(message, detail);
        this.waiting?.reject(this.lost);
        this.waiting = undefined;
    }
}

/**
 * A worker on `file`. The TypeScript source (tests under tsx) needs tsx's loader and the groupBy
 * polyfill inside the thread: on Node 20 a worker does not get the hooks that `--import` installs.
 */
function startWorker(file: string, options: CheckOptions): Worker {
    if (!file.endsWith('.ts')) return new Worker(file, { workerData: options });
    const polyfill = JSON.stringify(pathToFileURL(fileURLToPath(new URL('../../../polyfill-groupby.mjs', import.meta.url))).href);
    const url = JSON.stringify(pathToFileURL(file).href);
    const code = `import(${polyfill}).then(() => import('tsx/esm/api')).then(tsx => tsx.register()).then(() => import(${url}))`;
    return new Worker(code, { eval: true, workerData: options });
}

/** The worker's entry: beside the bundled CLI (out/cli/check-worker.cjs), or the TypeScript source under tsx. */
export function findCheckWorker(): string | undefined {
    return ['./check-worker.cjs', './check-worker.ts'].map(c => fileURLToPath(new URL(c, import.meta.url))).find(file => existsSync(file));
}
