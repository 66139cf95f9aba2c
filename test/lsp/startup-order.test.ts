import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { URI } from 'langium';
import { describe, it } from 'mocha';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { generateRealisticSop } from '../../bench/generate-realistic-sop.js';
import { TestLspClient } from './lsp-client.js';

const FILES = 240;

/** Closed files `f0` … plus `open.sop`, which names `f7` under keterkaitan and shares `f9`'s nomor. */
function workspace(): { dir: string; open: string; closed: string[] } {
    const dir = mkdtempSync(path.join(tmpdir(), 'sop-startup-order-'));
    const closed: string[] = [];
    for (let i = 0; i < FILES; i++) {
        const file = path.join(dir, `f${i}.sop`);
        writeFileSync(file, generateRealisticSop(30, 5, `f${i}`).replace('SOP-0/BENCH', `SOP-${i}/BENCH`));
        closed.push(URI.file(file).toString());
    }
    const open = path.join(dir, 'open.sop');
    const text = generateRealisticSop(30, 5, 'dibuka').replace('SOP-0/BENCH', 'SOP-9/BENCH')
        .replace('nomor "', 'keterkaitan\n    f7\nnomor "');
    writeFileSync(open, text);
    return { dir, open, closed };
}

/**
 * Start-up in a workspace of many files with one file open: the open file's diagnostics come
 * first (before any closed file's), are right the first time (its `keterkaitan` to a closed file
 * never shows as unresolved) and still see the whole workspace (the shared nomor); the closed
 * files all follow, and the open file's requests are answered while they are still being built.
 * Order only: no timing is asserted.
 */
describe('start-up order (open file first, the workspace after, in batches)', function () {
    this.timeout(240_000);

    it('builds and publishes the open file before linking the closed ones, then every closed file', async () => {
        const { dir, open, closed } = workspace();
        const uri = URI.file(open).toString();
        const client = new TestLspClient();
        const order: string[] = [];
        const openPublishes: PublishDiagnosticsParams[] = [];
        let symbolsAnsweredAfter = -1;
        client.onPublish(p => {
            order.push(p.uri);
            if (p.uri === uri) openPublishes.push(p);
        });
        try {
            await client.initialize(URI.file(dir).toString(), 'en');
            await client.open(uri, readFileSync(open, 'utf8'));
            // Requests that wait until their (closed) file is linked: answered only once the open file is done.
            const closedLinked = closed.filter((_, i) => i % 10 === 0).map(u => client.connection
                .sendRequest('textDocument/hover', { textDocument: { uri: u }, position: { line: 0, character: 5 } })
                .then(() => order.filter(x => x === uri).length));
            await client.waitForDiagnostics(uri, () => true, 120_000);
            await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
            symbolsAnsweredAfter = new Set(order.filter(u => u !== uri)).size;
            for (const u of closed) await client.waitForDiagnostics(u, () => true, 200_000);
            await client.waitForDiagnostics(uri, d => d.some(x => x.code === 'duplicate-number'), 60_000);

            const openPublishedBefore = await Promise.all(closedLinked);
            // Most, not all: a start-up build that began before the editor's didOpen may have linked a first batch.
            const after = openPublishedBefore.filter(n => n > 0).length;
            assert.ok(after >= openPublishedBefore.length * 0.75, `closed files are linked after the open file is published (${openPublishedBefore.join(' ')})`);
            const firstClosed = order.findIndex(u => u !== uri);
            assert.ok(order.indexOf(uri) < firstClosed, `the open file is published first (at ${order.indexOf(uri)}, the first closed file at ${firstClosed})`);
            assert.ok(symbolsAnsweredAfter < closed.length, `a request on the open file is answered before the workspace is done (${symbolsAnsweredAfter} of ${closed.length} files published)`);
            for (const p of openPublishes) assert.ok(!p.diagnostics.some(d => d.code === 'unresolved-sop'), 'the keterkaitan to f7 never shows as unresolved');
        } finally {
            await client.shutdown();
            rmSync(dir, { recursive: true, force: true });
        }
    });
});
