import * as assert from 'node:assert/strict';
import type { Workbench } from './workbench.js';

export interface LatencySample {
    /** Key press to the new render in the webview's DOM. */
    total: number;
    /** Of which: from the `render` message's arrival in the webview to the DOM swap's end. */
    swap: number;
}

/**
 * Types `keys` one at a time into the focused editor and returns, per key, the milliseconds from
 * the key press to the preview webview showing a new render (a higher body data-version) whose
 * text contains `prefix` + the keys typed so far. Each key waits for its render before the next.
 */
export async function measureTypingLatency(wb: Workbench, keys: string, prefix: string): Promise<LatencySample[]> {
    const samples: LatencySample[] = [];
    for (let i = 0; i < keys.length; i++) {
        const frame = await wb.previewFrameHandle();
        const token = prefix + keys.slice(0, i + 1);
        // Arm the observer first, then press: the clock starts before the key leaves the test.
        await frame.evaluate(armLatencyProbe, token);
        const pressed = Date.now();
        await wb.page.keyboard.press(keys[i]);
        const times = await withTimeout(frame.evaluate(() => (window as unknown as { __sopLatency: Promise<ProbeTimes> }).__sopLatency),
            30_000, `preview update ${i + 1} (${token})`);
        assert.equal(typeof times?.landed, 'number', 'the probe reports a time');
        samples.push({ total: times.landed - pressed, swap: times.arrived ? Math.round(times.landed - times.arrived) : NaN });
    }
    return samples;
}

/**
 * Runs in the webview: window.__sopLatency resolves with the times (same clock as the test: one
 * machine) at which the host's `render` message arrived and the new render carrying `token` landed
 * (text compared without white space: the renderer wraps long activities into several lines).
 * Our listener runs after the preview's own (registration order), so the arrival is the message
 * event's timeStamp and the result waits one task for it. No named inner functions: tsx would wrap
 * them in a helper that does not exist in the page.
 */
function armLatencyProbe(token: string): void {
    const previous = Number(document.body.dataset.version ?? 0);
    let arrived = 0;
    window.addEventListener('message', event => {
        if ((event.data as { type?: string } | undefined)?.type === 'render') arrived = performance.timeOrigin + event.timeStamp;
    });
    (window as unknown as { __sopLatency: Promise<ProbeTimes> }).__sopLatency = new Promise<ProbeTimes>(resolve => {
        const observer = new MutationObserver(() => {
            if (Number(document.body.dataset.version ?? 0) > previous
                && (document.getElementById('sop-pages')?.textContent ?? '').replace(/\s+/g, '').includes(token)) {
                observer.disconnect();
                const landed = Date.now();
                setTimeout(() => resolve({ arrived, landed }), 0);
            }
        });
        observer.observe(document.body, { attributes: true, attributeFilter: ['data-version'] });
    });
}

interface ProbeTimes {
    /** When the (last) `render` message reached the webview; 0 if none was seen. */
    arrived: number;
    /** When the new pages were in the DOM and body data-version had moved. */
    landed: number;
}

async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`Timed out after ${ms} ms: ${what}`)), ms);
    });
    try {
        return await Promise.race([promise, timeout]);
    } finally {
        clearTimeout(timer);
    }
}

export function median(values: number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
