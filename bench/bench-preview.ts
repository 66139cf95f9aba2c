/**
 * Keystroke-to-picture latency and bytes of the live preview on the server side, over the real
 * protocol: `didChange` (one character) of a realistic 200-step SOP → `sop/documentsChanged` push
 * → `sop/render` answer (what the preview host waits for before posting the pages to the webview).
 * The host sends `known` (hashes of the pages it holds), so the answer carries only the pages whose
 * SVG changed; the bytes of a full answer are reported beside it. Targets (issue 15): < 100 ms per
 * answer at 200 steps; bytes per keystroke as small as the edit allows (a full answer was 884 KB).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { URI } from 'langium';
import { TestLspClient } from '../test/lsp/lsp-client.js';
import { completePages, DocumentsChangedNotification, RenderRequest, type RenderSuccess } from '../server/src/protocol/sop-protocol.js';
import { generateRealisticSop } from './generate-realistic-sop.js';
import { report, heading } from './bench-util.js';

const STEPS = 200;
const EDITS = 20;
const WARMUP = 3;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (value: unknown) => Buffer.byteLength(JSON.stringify(value)) / 1024;

export async function benchPreview(): Promise<void> {
    heading(`# preview: realistic ${STEPS}-step SOP, one-character didChange → documentsChanged → sop/render over stdio (median of ${EDITS} edits)`);
    const workspace = mkdtempSync(path.join(tmpdir(), 'sop-bench-preview-'));
    const uri = URI.file(path.join(workspace, 'dua-ratus.sop')).toString();
    const text = generateRealisticSop(STEPS, 5, 'duaRatus');
    const client = new TestLspClient();
    let pushed: () => void = () => undefined;
    client.connection.onNotification(DocumentsChangedNotification, p => { if (p.uris.includes(uri)) pushed(); });
    try {
        await client.initialize(URI.file(workspace).toString(), 'id');
        await client.open(uri, text);
        const first = await client.connection.sendRequest(RenderRequest, { uri }) as RenderSuccess;
        let held = new Map(completePages(first.pages)!.map(p => [p.hash, p.svg]));
        const toPush: number[] = [];
        const toPicture: number[] = [];
        const deltaKb: number[] = [];
        const sentPages: number[] = [];
        let fullKb = 0;
        for (let i = 0; i < EDITS + WARMUP; i++) {
            // One character of a step's activity in the middle of the SOP, a different letter each time.
            // (Not a growing word: a word longer than its column widens the column on every page.)
            const edited = text.replace(/^(langkah s101 "[^"]*)"/m, (_, head: string) => `${head}${String.fromCharCode(97 + (i % 26))}"`);
            const start = performance.now();
            const push = new Promise<void>(resolve => { pushed = resolve; });
            await client.change(uri, edited, i + 2);
            await push;
            const pushedAt = performance.now();
            const result = await client.connection.sendRequest(RenderRequest, { uri, known: [...held.keys()] });
            if (result.status !== 'ok') throw new Error('the generated SOP does not render');
            const end = performance.now();
            const pages = completePages(result.pages, held);
            if (!pages) throw new Error('a page left out of the answer was not held');
            held = new Map(pages.map(p => [p.hash, p.svg]));
            if (i >= WARMUP) {
                toPush.push(pushedAt - start);
                toPicture.push(end - start);
                deltaKb.push(kb(result));
                sentPages.push(result.pages.filter(p => p.svg !== undefined).length);
            }
            if (i === EDITS + WARMUP - 1) fullKb = kb(await client.connection.sendRequest(RenderRequest, { uri }));
        }
        report('edit → documentsChanged push', median(toPush));
        report('edit → render answer (changed pages + ranges)', median(toPicture), 'ms', `max ${Math.max(...toPicture).toFixed(0)} ms (target < 100 ms)`, { size: `${STEPS} steps`, runs: toPicture.length, p95Ms: [...toPicture].sort((a, b) => a - b)[Math.ceil(toPicture.length * 0.95) - 1] });
        report('render answer after a one-character edit', median(deltaKb), 'KB', `${median(sentPages)} of ${first.pages.length} pages sent`, { size: `${STEPS} steps`, bytes: Math.round(median(deltaKb) * 1024) });
        report('render answer with every page (no `known`)', fullKb, 'KB');
    } finally {
        await client.shutdown();
        rmSync(workspace, { recursive: true, force: true });
    }
}
