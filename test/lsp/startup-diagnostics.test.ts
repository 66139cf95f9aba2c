import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { URI } from 'langium';
import { describe, it } from 'mocha';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { generateSop } from '../../bench/generate-sop.js';
import { TestLspClient } from './lsp-client.js';

/** A workspace big enough that its start-up validation is still running when the editor's first messages arrive. */
function workspace(): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'sop-startup-'));
    for (const name of readdirSync('examples').filter(n => n.endsWith('.sop'))) copyFileSync(path.join('examples', name), path.join(dir, name));
    for (let i = 0; i < 12; i++) writeFileSync(path.join(dir, `gen-${i}.sop`), generateSop(40, 5, `gen${i}`));
    copyFileSync('test/e2e/fixtures/broken.sop', path.join(dir, 'broken.sop'));
    return dir;
}

const key = (d: Diagnostic) => `${d.range.start.line}:${d.range.start.character}:${d.code}:${d.message}`;

/**
 * What VS Code's client does at start-up: `initialized`, then at once the `workspace/didChangeConfiguration`
 * that vscode-languageclient sends when the server registers for the `sop` section, and the
 * `didOpen` of the file the user opened. The start-up validation of the workspace is still running.
 */
describe('diagnostics at start-up (the editor opens a file while the workspace is validated)', function () {
    this.timeout(60_000);

    const orders: Array<[string, number, boolean]> = [];
    for (const [delay, openFirst] of [[0, false], [600, true]] as const) orders.push([`config after ${delay} ms, ${openFirst ? 'open first' : 'open after'}`, delay, openFirst]);
    for (const [title, delay, openFirst] of orders) {
        it(`publishes every diagnostic once (${title})`, async () => {
            const dir = workspace();
            const file = path.join(dir, 'broken.sop');
            const uri = URI.file(file).toString();
            const client = new TestLspClient();
            try {
                await client.initialize(URI.file(dir).toString(), 'en');
                const open = () => client.open(uri, readFileSync(file, 'utf8'));
                if (openFirst) await open();
                await new Promise(resolve => setTimeout(resolve, delay));
                await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { sop: { validation: { severity: {} } } } });
                if (!openFirst) await open();
                const published = await client.waitForDiagnostics(uri, d => d.length > 0);
                // Let every build that is still running finish, then look at what is shown.
                await new Promise(resolve => setTimeout(resolve, 2500));
                const shown = await client.waitForDiagnostics(uri);
                assert.ok(published.length > 0);
                assert.deepEqual(shown.map(key), [...new Set(shown.map(key))], `no diagnostic twice: ${shown.map(key).join('\n')}`);
            } finally {
                await client.shutdown();
            }
        });
    }

    it('still re-validates when a setting really changes', async () => {
        const dir = workspace();
        const uri = URI.file(path.join(dir, 'broken.sop')).toString();
        const client = new TestLspClient();
        try {
            await client.initialize(URI.file(dir).toString(), 'en');
            await client.open(uri, readFileSync(path.join(dir, 'broken.sop'), 'utf8'));
            await client.waitForDiagnostics(uri, d => d.some(x => x.code === 'duplicate-name'));
            await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { sop: { validation: { severity: { 'duplicate-name': 'off' } } } } });
            const after = await client.waitForDiagnostics(uri, d => d.length > 0 && !d.some(x => x.code === 'duplicate-name'));
            assert.ok(after.some(x => x.code === 'decision-missing-branch'), 'the other checks still report');
        } finally {
            await client.shutdown();
        }
    });
});
