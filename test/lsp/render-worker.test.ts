import assert from 'node:assert/strict';
import * as path from 'node:path';
import { after, before, describe, it } from 'mocha';
import { RenderRequest, type RenderResult } from '../../server/src/protocol/sop-protocol.js';
import { generateRealisticSop } from '../../bench/generate-realistic-sop.js';
import { TestLspClient } from './lsp-client.js';

/**
 * Issues 11 and 15: the server's message loop stays free while the preview of a big document is
 * drawn (the bundled server draws in out/server/render-worker.cjs). Heartbeats are sent one after
 * another, each when the previous one is answered (an unknown method is answered straight from the
 * message loop); while the server drew in its own thread, the heartbeat in flight waited for the
 * render's answer and only the few answered before the drawing started counted.
 */
// The bundled server finds its worker beside it (out/server/), `sop lsp` (out/cli/main.cjs) one folder over.
for (const [entry, args] of [['the bundled server', [path.resolve('out/server/main.cjs'), '--stdio']], ['sop lsp', [path.resolve('bin/sop.cjs'), 'lsp']]] as const) describe(`sop/render leaves the message loop free (${entry})`, function () {
    this.timeout(180_000);
    const uri = 'file:///tmp/sop-render-worker/besar.sop';
    let client: TestLspClient;

    before(async () => {
        client = new TestLspClient([...args]);
        await client.initialize(null, 'en');
        await client.open(uri, generateRealisticSop(800, 6, 'besar'));
        await client.waitForDiagnostics(uri, () => true, 120_000);
    });

    after(() => client.shutdown());

    it('answers heartbeats one after another while a big document renders', async () => {
        let rendered = false;
        let answeredMeanwhile = 0;
        const started = performance.now();
        const render = client.connection.sendRequest(RenderRequest, { uri }).then((result: RenderResult) => {
            rendered = true;
            return result;
        });
        const longest = { ms: 0 };
        const heartbeats = (async () => {
            while (!rendered) {
                const sent = performance.now();
                await client.connection.sendRequest('sop/heartbeat', {}).catch(() => undefined);
                longest.ms = Math.max(longest.ms, performance.now() - sent);
                if (!rendered) answeredMeanwhile++;
            }
        })();
        const result = await render;
        await heartbeats;
        assert.equal(result.status, 'ok');
        const pages = result.status === 'ok' ? result.pages.length : 0;
        console.log(`      render of 800 steps (${pages} pages): ${(performance.now() - started).toFixed(0)} ms; ${answeredMeanwhile} heartbeats answered meanwhile, the longest in ${longest.ms.toFixed(0)} ms`);
        assert.ok(pages > 50, `a big document (${pages} pages)`);
        assert.ok(answeredMeanwhile >= 20, `heartbeats answered while the render ran: ${answeredMeanwhile}`);
    });

    it('answers every one of several renders of the same view sent together, with the same pages', async () => {
        // The first is drawing when the others arrive; the second waits and is superseded by the third,
        // whose pages it gets (test/unit/preview-renderer.test.ts shows the superseding itself).
        const answers = await Promise.all([1, 2, 3].map(() => client.connection.sendRequest(RenderRequest, { uri })));
        assert.deepEqual(answers.map(a => a.status), ['ok', 'ok', 'ok']);
        const hashes = answers.map(a => (a.status === 'ok' ? a.pages.map(p => p.hash).join() : ''));
        assert.equal(hashes[1], hashes[0]);
        assert.equal(hashes[2], hashes[0]);
    });
});
