/**
 * Completion and hover latency over the real protocol: the bundled server (out/server/main.cjs,
 * run `npm run bundle` first) on stdio, a generated workspace of 500 files (499 SOPs of 30 steps
 * and one of 200 steps) in a temp folder, the 200-step file open. Target: medians under 50 ms.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { URI } from 'langium';
import { TestLspClient } from '../test/lsp/lsp-client.js';
import { generateSop } from './generate-sop.js';
import { medianMs, report, heading } from './bench-util.js';

const FILES = 500;
const RUNS = 25;

function position(lines: string[], pattern: RegExp, after: string): { line: number; character: number } {
    const line = lines.findIndex(l => pattern.test(l));
    if (line < 0) throw new Error(`no line matches ${pattern}`);
    return { line, character: lines[line].indexOf(after) + after.length };
}

export async function benchLsp(): Promise<void> {
    heading(`# lsp: ${FILES}-file workspace, 200-step SOP open, bundled server over stdio (median of ${RUNS})`);
    const workspace = mkdtempSync(path.join(tmpdir(), 'sop-bench-lsp-'));
    for (let i = 1; i < FILES; i++) writeFileSync(path.join(workspace, `p${i}.sop`), generateSop(30, 5, `p${i}`));
    const text = generateSop(200, 5, 'besar');
    const file = path.join(workspace, 'besar.sop');
    writeFileSync(file, text);
    const uri = URI.file(file).toString();
    const lines = text.split('\n');
    const client = new TestLspClient();
    try {
        const start = performance.now();
        await client.initialize(URI.file(workspace).toString(), 'id');
        await client.open(uri, text);
        await client.waitForDiagnostics(uri, () => true, 120_000);
        report('initialize + open + its diagnostics', performance.now() - start);
        // Measure on an idle server: wait until the start-up validation of every file is published.
        for (let i = 1; i < FILES; i++) await client.waitForDiagnostics(URI.file(path.join(workspace, `p${i}.sop`)).toString(), () => true, 300_000);
        report('... and diagnostics of all files published', performance.now() - start);
        const doc = { textDocument: { uri } };
        const actorAt = position(lines, /^langkah s101 /, 'oleh ');
        const targetAt = position(lines, /^ {4}ya ke s111$/, 'ke ');
        const clauseAt = { line: targetAt.line, character: 0 };
        const send = (method: string, params: object) => client.connection.sendRequest(method, params);
        report('completion: actor after `oleh`', await medianMs(() => send('textDocument/completion', { ...doc, position: actorAt }), RUNS, 3));
        report('completion: step target after `ke` (200 steps)', await medianMs(() => send('textDocument/completion', { ...doc, position: targetAt }), RUNS, 3));
        report('completion: clause start (keywords, snippets)', await medianMs(() => send('textDocument/completion', { ...doc, position: clauseAt }), RUNS, 3));
        report('hover: actor reference', await medianMs(() => send('textDocument/hover', { ...doc, position: actorAt }), RUNS, 3));
        report('hover: step reference', await medianMs(() => send('textDocument/hover', { ...doc, position: { ...targetAt, character: targetAt.character + 1 } }), RUNS, 3));
        report('code lens (main-path time)', await medianMs(() => send('textDocument/codeLens', doc), RUNS, 3));
    } finally {
        await client.shutdown();
        rmSync(workspace, { recursive: true, force: true });
    }
}
