import type { SopDocument } from '../model/sop-document.js';
import type { PreviewRenderOptions, PreviewRendering } from './preview-render.js';

/**
 * Messages between the language server's thread and its render worker (`server/src/render-worker.ts`),
 * a discriminated union on `type` each way. The model is plain data, so it crosses by structured clone.
 */
export type ToRenderWorker = { type: 'render'; id: number; model: SopDocument; options: PreviewRenderOptions };

export type FromRenderWorker =
    /** Sent once the worker's code is loaded (a thread comes `online` before its module loads, or fails to). */
    | { type: 'ready' }
    | { type: 'rendered'; id: number; rendering: PreviewRendering }
    | { type: 'failed'; id: number; message: string };
