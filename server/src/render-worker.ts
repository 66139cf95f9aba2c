/**
 * Entry of the preview's render worker (a `worker_threads` worker, bundled to out/server/render-worker.cjs):
 * draws pages for the language server so that a long render does not hold up its message loop.
 */
import { parentPort } from 'node:worker_threads';
import { renderPreview } from './requests/preview-render.js';
import type { FromRenderWorker, ToRenderWorker } from './requests/render-worker-messages.js';

const port = parentPort;
if (!port) throw new Error('render-worker.ts runs as a worker thread of the language server');
port.on('message', (message: ToRenderWorker) => {
    switch (message.type) {
        case 'render': {
            let answer: FromRenderWorker;
            try {
                answer = { type: 'rendered', id: message.id, rendering: renderPreview(message.model, message.options) };
            } catch (error) {
                answer = { type: 'failed', id: message.id, message: error instanceof Error ? error.message : String(error) };
            }
            port.postMessage(answer);
            break;
        }
        default: {
            const unknown: never = message.type;
            throw new Error(`render worker: unknown message ${String(unknown)}`);
        }
    }
});
port.postMessage({ type: 'ready' } satisfies FromRenderWorker);
