import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { URI } from 'langium';
import { after, before, describe, it } from 'mocha';
import { TestLspClient } from './lsp-client.js';

describe('language server over stdio', () => {
    const workspace = mkdtempSync(path.join(tmpdir(), 'sop-lsp-'));
    const closedFile = path.join(workspace, 'closed.sop');
    writeFileSync(closedFile, 'sop tertutup "T"\npelaksana a "A"\nkapsul s "Memulai" oleh a waktu 3 mnt\n');
    let client: TestLspClient;

    before(async () => {
        client = new TestLspClient();
        const result = await client.initialize(URI.file(workspace).toString(), 'id');
        assert.ok(result.capabilities.textDocumentSync);
    });

    after(() => client.shutdown());

    it('publishes diagnostics for an opened file, in the client locale', async () => {
        const uri = URI.file(path.join(workspace, 'open.sop')).toString();
        await client.open(uri, 'sop buka "B"\npelaksana a "A"\nkapsul s "Memulai" oleh b\n');
        const diagnostics = await client.waitForDiagnostics(uri, d => d.length > 0);
        const linking = diagnostics.find(d => /'b'/.test(String(d.message)));
        assert.ok(linking, JSON.stringify(diagnostics));
        assert.equal(linking.range.start.line, 2);
    });

    it('validates closed workspace files at start-up', async () => {
        const diagnostics = await client.waitForDiagnostics(URI.file(closedFile).toString(), d => d.length > 0);
        assert.ok(diagnostics.some(d => /Satuan waktu "mnt"/.test(String(d.message))), JSON.stringify(diagnostics));
    });

    it('re-validates after an edit', async () => {
        const uri = URI.file(path.join(workspace, 'edit.sop')).toString();
        await client.open(uri, 'sop ubah "U"\npelaksana a "A"\nkapsul s "Memulai" oleh b\n');
        await client.waitForDiagnostics(uri, d => d.length > 0);
        await client.change(uri, 'sop ubah "U"\npelaksana a "A"\nkapsul s "Memulai" oleh a\n', 2);
        // The file is now free of errors; style and completeness warnings may remain.
        const after = await client.waitForDiagnostics(uri, d => !d.some(x => x.severity === 1));
        assert.deepEqual(after.filter(d => d.severity === 1), []);
    });

    it('never crashes on garbage and keeps answering', async () => {
        const uri = URI.file(path.join(workspace, 'garbage.sop')).toString();
        await client.open(uri, '"\u0000 oleh ke ke ke )))) /* \n langkah');
        const diagnostics = await client.waitForDiagnostics(uri, d => d.length > 0);
        assert.ok(diagnostics.length > 0);
    });
});
