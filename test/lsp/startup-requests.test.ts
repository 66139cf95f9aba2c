import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { URI } from 'langium';
import { describe, it } from 'mocha';
import { TestLspClient } from './lsp-client.js';

/**
 * A request about a closed workspace file sent right behind `initialized` (the connection dispatches
 * queued messages together, transport/message-turns.ts) is answered about that file, not with "no
 * result" because the workspace's files were still being listed.
 */
describe('requests at start-up', function () {
    this.timeout(120_000);

    it('a hover on a closed file sent with initialized waits for the workspace list', async () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'sop-startup-requests-'));
        const text = readFileSync('examples/surat-masuk.sop', 'utf8');
        for (let i = 0; i < 400; i++) writeFileSync(path.join(dir, `f${i}.sop`), text.replace('sop suratMasuk', `sop suratMasuk${i}`));
        const closed = URI.file(path.join(dir, 'f399.sop')).toString();
        const client = new TestLspClient();
        try {
            const initialized = client.initialize(URI.file(dir).toString(), 'en');
            // `initialize` answers first; initialized and the hover then go out in one write.
            await initialized;
            const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: closed }, position: { line: 1, character: 1 } });
            assert.notEqual(hover, null, 'the keyword `sop` of a closed file has a hover');
        } finally {
            await client.shutdown();
            rmSync(dir, { recursive: true, force: true });
        }
    });
});
