import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { URI } from 'langium';
import { after, before, describe, it } from 'mocha';
import { ErrorCodes, type ResponseError } from 'vscode-jsonrpc';
import { TestLspClient } from './lsp-client.js';

const SOP = 'sop tepi "TEPI"\npelaksana a "A"\nkapsul s "Memulai" oleh a\n';

async function errorOf(promise: Promise<unknown>): Promise<ResponseError<unknown>> {
    try {
        const result = await promise;
        assert.fail(`expected an error, got ${JSON.stringify(result)}`);
    } catch (e) {
        return e as ResponseError<unknown>;
    }
}

// Issue 11 items 1 and 12: clients other than VS Code send what VS Code never does.
describe('language server: protocol edges', () => {
    const workspace = mkdtempSync(path.join(tmpdir(), 'sop-edges-'));
    const uri = URI.file(path.join(workspace, 'tepi.sop')).toString();
    let client: TestLspClient;

    before(async () => {
        client = new TestLspClient();
        await client.initialize(URI.file(workspace).toString(), 'en');
    });

    after(() => client.shutdown());

    it('ignores a didOpen of a document that is not a SOP and keeps serving', async () => {
        await client.connection.sendNotification('textDocument/didOpen', {
            textDocument: { uri: 'file:///home/user/notes.txt', languageId: 'plaintext', version: 1, text: 'hello' },
        });
        await client.connection.sendNotification('textDocument/didChange', {
            textDocument: { uri: 'file:///home/user/notes.txt', version: 2 }, contentChanges: [{ text: 'hello again' }],
        });
        await client.open(uri, `${SOP}langkah x oleh b\n`);
        const diagnostics = await client.waitForDiagnostics(uri, d => d.length > 0);
        assert.ok(diagnostics.some(d => /'b'/.test(String(d.message))));
        const symbols = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
        assert.ok(Array.isArray(symbols));
    });

    it('answers params: null with InvalidParams (-32602), not an internal error', async () => {
        for (const method of ['textDocument/hover', 'textDocument/completion', 'textDocument/references', 'textDocument/semanticTokens/full', 'sop/render']) {
            const error = await errorOf(client.connection.sendRequest(method, null));
            assert.equal(error.code, ErrorCodes.InvalidParams, method);
        }
        const missing = await errorOf(client.connection.sendRequest('textDocument/hover', { position: { line: 0, character: 0 } }));
        assert.equal(missing.code, ErrorCodes.InvalidParams);
    });

    it('answers requests on an unknown URI without reading the disk', async () => {
        const unknown = URI.file(path.join(workspace, 'does-not-exist.sop')).toString();
        const position = { line: 0, character: 1 };
        const references = await client.connection.sendRequest('textDocument/references', { textDocument: { uri: unknown }, position, context: { includeDeclaration: true } });
        assert.ok(references === null || (Array.isArray(references) && references.length === 0), JSON.stringify(references));
        for (const method of ['textDocument/documentHighlight', 'textDocument/prepareRename', 'textDocument/hover', 'textDocument/definition']) {
            const result = await client.connection.sendRequest(method, { textDocument: { uri: unknown }, position });
            assert.ok(result === null || (Array.isArray(result) && result.length === 0), `${method}: ${JSON.stringify(result)}`);
        }
    });

    it('refuses a sop/render paper that is not a paper size', async () => {
        const kertas = URI.file(path.join(workspace, 'kertas.sop')).toString();
        await client.open(kertas, SOP);
        for (const paper of ['__proto__', 'constructor', 'toString', 'A5', 42]) {
            const error = await errorOf(client.connection.sendRequest('sop/render', { uri: kertas, paper }));
            assert.equal(error.code, ErrorCodes.InvalidParams, String(paper));
        }
        const ok = await client.connection.sendRequest<{ status: string; paper: string }>('sop/render', { uri: kertas, paper: 'F4' });
        assert.equal(ok.paper, 'F4');
    });
});
