import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SopDocument } from '../model/sop-document.js';
import { renderPreview, type PreviewRenderOptions, type PreviewRendering } from './preview-render.js';
import type { FromRenderWorker, ToRenderWorker } from './render-worker-messages.js';

/** The answer for a render whose asker cancelled it before it was drawn. */
export const CANCELLED = Symbol('cancelled');

/** Drawn pages with the context of the render that drew them (a newer one's, for a superseded render). */
export interface Rendered<T> {
    rendering: PreviewRendering;
    context: T;
}

interface Waiter<T> {
    cancelled: () => boolean;
    resolve: (rendered: Rendered<T> | typeof CANCELLED) => void;
    reject: (error: Error) => void;
}

interface Job<T> {
    id: number;
    key: string;
    model: SopDocument;
    options: PreviewRenderOptions;
    context: T;
    /** Its own asker and those of the renders it superseded. */
    waiters: Array<Waiter<T>>;
}

/** A worker that crashed this often is not started again: the server renders in its own thread. */
const MAX_CRASHES = 3;

/**
 * Draws the preview's pages in a worker thread, one render at a time, so that the server's message
 * loop stays free while a big document renders (100–300 ms, seconds for thousands of steps). A render
 * waiting for the worker is superseded by a newer one with the same key (document, paper and view):
 * it is never drawn, and its asker gets the newer one's pages and context (an editor shows the newest
 * anyway, and no asker is left without an answer). Without a worker (its file missing, it cannot
 * start, or it crashed repeatedly) renders run in this thread, as the CLI's do; the log says so once.
 */
export class PreviewRenderer<T> {
    private worker: Worker | undefined;
    private running: Job<T> | undefined;
    private readonly queued = new Map<string, Job<T>>();
    private nextId = 1;
    private crashes = 0;
    /** Whether any worker ever said it is ready: one that never does means workers cannot run here. */
    private online = false;
    private inProcess = false;

    /** `workerFile`: the entry to run (`findRenderWorker()`); undefined renders in this thread. */
    constructor(private readonly log: (line: string) => void, private readonly workerFile: string | undefined) {}

    /**
     * The pages of `model` with `context`, or of a newer render with the same key (and its context)
     * when that one superseded this one before it started; CANCELLED when `cancelled` before drawing.
     */
    render(key: string, model: SopDocument, options: PreviewRenderOptions, context: T, cancelled: () => boolean = () => false): Promise<Rendered<T> | typeof CANCELLED> {
        if (this.inProcess || !this.workerFile) {
            this.fallBack(this.workerFile ? undefined : 'its file is missing beside the server');
            return new Promise(resolve => resolve({ rendering: renderPreview(model, options), context }));
        }
        return new Promise((resolve, reject) => {
            const older = this.queued.get(key)?.waiters ?? [];
            this.queued.delete(key);
            this.queued.set(key, { id: this.nextId++, key, model, options, context, waiters: [...older, { cancelled, resolve, reject }] });
            this.pump();
        });
    }

    /** Stops the worker; renders still waiting are drawn in this thread. */
    dispose(): void {
        this.inProcess = true;
        void this.worker?.terminate();
        this.worker = undefined;
        this.drainInProcess();
    }

    private pump(): void {
        if (this.running) return;
        for (const [key, job] of this.queued) {
            this.queued.delete(key);
            if (!stillWanted(job)) continue;
            const worker = this.started();
            if (!worker) {
                this.queued.set(key, job);
                this.drainInProcess();
                return;
            }
            this.running = job;
            const message: ToRenderWorker = { type: 'render', id: job.id, model: job.model, options: job.options };
            worker.postMessage(message);
            return;
        }
    }

    private started(): Worker | undefined {
        if (this.worker || this.inProcess) return this.worker;
        try {
            const worker = startWorker(this.workerFile!);
            // The worker must not keep `sop lsp` alive after its client left.
            worker.unref();
            worker.on('message', (message: FromRenderWorker) => this.answered(message));
            worker.on('error', error => this.lost(worker, error.message));
            worker.on('exit', code => this.lost(worker, `it exited with code ${code}`));
            this.worker = worker;
        } catch (error) {
            this.fallBack(error instanceof Error ? error.message : String(error));
        }
        return this.worker;
    }

    private answered(message: FromRenderWorker): void {
        if (message.type === 'ready') {
            this.online = true;
            return;
        }
        const job = this.running;
        if (!job || job.id !== message.id) return;
        this.running = undefined;
        switch (message.type) {
            case 'rendered': settle(job, () => message.rendering); break;
            case 'failed': settle(job, () => { throw new Error(message.message); }); break;
            default: {
                const unknown: never = message;
                settle(job, () => { throw new Error(`render worker: unknown answer ${JSON.stringify(unknown)}`); });
            }
        }
        this.pump();
    }

    /** The worker failed or ended: its render and the waiting ones are drawn here; the next render starts a new worker. */
    private lost(worker: Worker, reason: string): void {
        if (this.worker !== worker) return;
        this.worker = undefined;
        if (!this.online) this.fallBack(reason);
        else if (++this.crashes >= MAX_CRASHES) this.fallBack(`${reason} (${this.crashes} times)`);
        else this.log(`SOP preview: the render worker stopped (${reason}); a new one starts with the next render.`);
        const job = this.running;
        this.running = undefined;
        if (job) this.queued.set(`${job.key}#lost`, job);
        if (this.inProcess) this.drainInProcess();
        else this.pump();
    }

    private fallBack(reason: string | undefined): void {
        if (this.inProcess) return;
        this.inProcess = true;
        this.log(`SOP preview: the render worker cannot run (${reason ?? 'it failed to start'}); pages are drawn in the server's thread.`);
    }

    private drainInProcess(): void {
        for (const job of this.queued.values()) {
            if (stillWanted(job)) settle(job, () => renderPreview(job.model, job.options));
        }
        this.queued.clear();
    }
}

/** Answers the cancelled waiters of `job`; whether any waiter is left to draw for. */
function stillWanted<T>(job: Job<T>): boolean {
    for (const waiter of job.waiters.filter(w => w.cancelled())) waiter.resolve(CANCELLED);
    job.waiters = job.waiters.filter(w => !w.cancelled());
    return job.waiters.length > 0;
}

/** Answers every waiter of `job` with what `draw` gives, or its error. */
function settle<T>(job: Job<T>, draw: () => PreviewRendering): void {
    try {
        const rendered = { rendering: draw(), context: job.context };
        for (const waiter of job.waiters) waiter.resolve(rendered);
    } catch (error) {
        for (const waiter of job.waiters) waiter.reject(error instanceof Error ? error : new Error(String(error)));
    }
}

/**
 * A worker on `file`. The TypeScript source (tests and scripts under tsx) needs tsx's loader inside
 * the thread: on Node 20 a worker does not get the hooks that `--import tsx` installs.
 */
function startWorker(file: string): Worker {
    if (!file.endsWith('.ts')) return new Worker(file);
    const url = JSON.stringify(pathToFileURL(file).href);
    return new Worker(`import('tsx/esm/api').then(tsx => tsx.register()).then(() => import(${url}))`, { eval: true });
}

/**
 * The worker's entry file: beside the bundled server (out/server/render-worker.cjs), from the bundled
 * CLI (`sop lsp`, out/cli/main.cjs), or the TypeScript source when running under tsx.
 */
export function findRenderWorker(): string | undefined {
    const candidates = ['./render-worker.cjs', '../server/render-worker.cjs', '../render-worker.ts'];
    return candidates.map(c => fileURLToPath(new URL(c, import.meta.url))).find(file => existsSync(file));
}
