/**
 * Keystroke-to-picture latency of the live preview on the server side, over the real protocol:
 * `didChange` of a 50-step SOP → `sop/documentsChanged` push → `sop/render` answer (what the preview
 * host waits for before posting the pages to the webview). The client adds its debounce
 * (`sop.preview.debounceMs`, default 20 ms) and the webview's DOM swap on top. Target: under 150 ms.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { URI } from 'langium';
import { TestLspClient } from '../test/lsp/lsp-client.js';
import { DocumentsChangedNotification, RenderRequest } from '../server/src/protocol/sop-protocol.js';
import { generateSop } from './generate-sop.js';
import { report } from './bench-util.js';

const STEPS = 50;
const EDITS = 20;

export async function benchPreview(): Promise<void> {
    console.log(`# preview: ${STEPS}-step SOP, didChange → documentsChanged → sop/render over stdio (median of ${EDITS} edits)`);
    const workspace = mkdtempSync(path.join(tmpdir(), 'sop-bench-preview-'));
    const uri = URI.file(path.join(workspace, 'lima-puluh.sop')).toString();
    const text = generateSop(STEPS, 5, 'limaPuluh');
    const client = new TestLspClient();
    let pushed: () => void = () => undefined;
    client.connection.onNotification(DocumentsChangedNotification, p => { if (p.uris.includes(uri)) pushed(); });
    try {
        await client.initialize(URI.file(workspace).toString(), 'id');
        await client.open(uri, text);
        await client.connection.sendRequest(RenderRequest, { uri });
        const toPush: number[] = [];
        const toPicture: number[] = [];
        for (let i = 0; i < EDITS + 3; i++) {
            const edited = text.replace(/"([^"]*)"/, (_, t: string) => `"${t} ${'x'.repeat(i + 1)}"`);
            const start = performance.now();
            const push = new Promise<void>(resolve => { pushed = resolve; });
            await client.change(uri, edited, i + 2);
            await push;
            const pushedAt = performance.now();
            const result = await client.connection.sendRequest(RenderRequest, { uri });
            if (result.status !== 'ok') throw new Error('the generated SOP does not render');
            if (i >= 3) {
                toPush.push(pushedAt - start);
                toPicture.push(performance.now() - start);
            }
        }
        const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
        report('edit → documentsChanged push', median(toPush));
        report('edit → render answer (pages + ranges)', median(toPicture), 'ms', `max ${Math.max(...toPicture).toFixed(0)} ms`);
    } finally {
        await client.shutdown();
        rmSync(workspace, { recursive: true, force: true });
    }
}
