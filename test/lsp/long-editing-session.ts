/**
 * A long editing session over the real protocol: random incremental edits (mid-token inserts,
 * deletes, 5 KB pastes), sent in bursts without waiting, interleaved with requests. Afterwards the
 * server's diagnostics are compared with a fresh `sop check` of the same text. Figures: request
 * latency, the longest a heartbeat waited (an unknown method is answered straight from the
 * server's message loop, so its latency shows how long that loop was blocked), and the server's
 * memory after the first 500 edits and at the end.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { URI } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { runCli } from '../../server/src/cli/sop-cli.js';
import type { CliDiagnostic } from '../../server/src/cli/cli-workspace.js';
import { prng } from '../support/prng.js';
import { InspectorHeap } from '../support/inspector-heap.js';
import { TestLspClient } from './lsp-client.js';

export interface SessionFigures {
    edits: number;
    requests: number;
    requestErrors: string[];
    requestMedianMs: number;
    requestMaxMs: number;
    heartbeatMaxMs: number;
    rssAfter500Mb?: number;
    /** The server's live heap after a full collection (only with a global WebSocket, see `InspectorHeap`). */
    heapAfter500Mb?: number;
    heapEndMb?: number;
    lengthAfter500?: number;
    rssEndMb?: number;
    finalLength: number;
    lspDiagnostics: string[];
    checkDiagnostics: string[];
}

const FRAGMENTS = ['a', 'e', 'ng', ' ', '\n', '"', 'oleh ', 'ke ', 'ya ', 'waktu 5 menit', 'langkah ', 'keputusan ', '-', ',', 'é', '\t', '// x\n'];
const CANCELLED = new Set([-32800, -32801]);

function pasteBlock(k: number): string {
    const step = (i: number) => `\nlangkah tempel${k}_${i} "Menempelkan berkas ${i}" oleh admin\n    kelengkapan "Berkas"\n    waktu 5 menit\n    output "Berkas tertempel"\n`;
    let text = '';
    for (let i = 0; text.length < 5000; i++) text += step(i);
    return text;
}

function rssMb(pid: number | undefined): number | undefined {
    try {
        const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
        return kb ? Number(kb) / 1024 : undefined;
    } catch {
        return undefined;
    }
}

function cliKey(d: CliDiagnostic): string {
    return `${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}`;
}

const SEVERITY = ['', 'error', 'warning', 'info', 'hint'];

function lspKey(d: Diagnostic): string {
    const code = String(d.code ?? (d.data as { code?: string } | undefined)?.code ?? 'syntax');
    return `${d.range.start.line + 1}:${d.range.start.character + 1} ${SEVERITY[d.severity ?? 1]} ${code} ${d.message}`;
}

export async function runEditingSession(edits: number, seed: number, log: (line: string) => void = () => undefined): Promise<SessionFigures> {
    const random = prng(seed);
    const workspace = mkdtempSync(path.join(tmpdir(), 'sop-long-edit-'));
    const uri = URI.file(path.join(workspace, 'panjang.sop')).toString();
    let document = TextDocument.create(uri, 'sop', 1, readFileSync('examples/surat-masuk.sop', 'utf8'));
    const client = new TestLspClient(undefined, { inspect: InspectorHeap.available() });
    const requests: Array<Promise<void>> = [];
    const latencies: number[] = [];
    const requestErrors: string[] = [];
    let heartbeatMaxMs = 0;
    let rssAfter500Mb: number | undefined;
    let heapAfter500Mb: number | undefined;
    let probing = false;
    let probeEnded = 0;
    const probe = async () => {
        probing = true;
        try {
            return await client.heap?.liveMb();
        } finally {
            probing = false;
            probeEnded = performance.now();
        }
    };
    let lengthAfter500: number | undefined;
    let heartbeat: NodeJS.Timeout | undefined;
    try {
        await client.initialize(URI.file(workspace).toString(), 'en');
        await client.open(uri, document.getText());
        heartbeat = setInterval(() => {
            const sent = performance.now();
            client.connection.sendRequest('sop/heartbeat', {}).catch(() => undefined).finally(() => {
                // The heap probe's full collection stops the server's loop: not the server's doing.
                if (probing || sent < probeEnded) return;
                heartbeatMaxMs = Math.max(heartbeatMaxMs, performance.now() - sent);
            });
        }, 50);
        for (let k = 0; k < edits; k++) {
            const text = document.getText();
            const offset = Math.floor(random() * (text.length + 1));
            const roll = random();
            const large = text.length > 60_000;
            const deleteLength = large && roll < 0.5 ? Math.floor(random() * 8000) : roll < 0.35 ? 1 + Math.floor(random() * 40) : 0;
            const insert = roll > 0.98 && !large ? pasteBlock(k) : roll > 0.35 ? FRAGMENTS[Math.floor(random() * FRAGMENTS.length)] : '';
            const range = { start: document.positionAt(offset), end: document.positionAt(Math.min(text.length, offset + deleteLength)) };
            const change = { range, text: insert };
            document = TextDocument.update(document, [change], document.version + 1);
            void client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: document.version }, contentChanges: [change] });
            if (k % 7 === 3) requests.push(request(client, uri, document, random, latencies, requestErrors));
            // Bursts: usually the next edit follows at once; now and then the client breathes.
            if (random() < 0.1) await new Promise(resolve => setTimeout(resolve, Math.floor(random() * 30)));
            if (k === 499) {
                await settle(client, uri);
                rssAfter500Mb = rssMb(client.pid);
                heapAfter500Mb = await probe();
                lengthAfter500 = document.getText().length;
            }
            if ((k + 1) % 1000 === 0) log(`long editing: ${k + 1}/${edits} edits, ${document.getText().length} characters`);
        }
        await settle(client, uri);
        await Promise.all(requests);
        // The heartbeat measures the server's loop: `sop check` below runs in this process and would
        // hold up the delivery of its answers (a second and more), counted as the server's wait.
        clearInterval(heartbeat);
        // RSS first: the probe's full collection gives memory back to the system.
        const rssEndMb = rssMb(client.pid);
        const heapEndMb = await probe();
        const lspDiagnostics = (await client.waitForDiagnostics(uri)).map(lspKey).sort();
        const checkDiagnostics = (await checkOf(document.getText())).map(cliKey).sort();
        const sorted = [...latencies].sort((a, b) => a - b);
        return {
            edits, requests: requests.length, requestErrors,
            requestMedianMs: sorted[Math.floor(sorted.length / 2)] ?? 0, requestMaxMs: sorted[sorted.length - 1] ?? 0,
            heartbeatMaxMs, rssAfter500Mb, rssEndMb, finalLength: document.getText().length,
            heapAfter500Mb, heapEndMb, lengthAfter500,
            lspDiagnostics, checkDiagnostics,
        };
    } finally {
        clearInterval(heartbeat);
        await client.shutdown();
    }
}

/** Waits until the newest text is validated: `sop/render` answers only then, after its diagnostics were sent. */
async function settle(client: TestLspClient, uri: string): Promise<void> {
    await client.connection.sendRequest('sop/render', { uri });
}

async function request(client: TestLspClient, uri: string, document: TextDocument, random: () => number, latencies: number[], errors: string[]): Promise<void> {
    const position = document.positionAt(Math.floor(random() * (document.getText().length + 1)));
    const textDocument = { uri };
    const choices: Array<[string, object]> = [
        ['textDocument/hover', { textDocument, position }],
        ['textDocument/completion', { textDocument, position }],
        ['textDocument/documentSymbol', { textDocument }],
        ['textDocument/semanticTokens/full', { textDocument }],
        ['textDocument/foldingRange', { textDocument }],
        ['textDocument/references', { textDocument, position, context: { includeDeclaration: true } }],
        ['sop/render', { uri }],
    ];
    const [method, params] = choices[Math.floor(random() * choices.length)];
    const sent = performance.now();
    try {
        await client.connection.sendRequest(method, params);
    } catch (e) {
        const code = (e as { code?: number }).code;
        if (code === undefined || !CANCELLED.has(code)) errors.push(`${method}: ${(e as Error).message}`);
    } finally {
        latencies.push(performance.now() - sent);
    }
}

async function checkOf(text: string): Promise<CliDiagnostic[]> {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'sop-long-check-')), 'panjang.sop');
    writeFileSync(file, text);
    let out = '';
    await runCli(['check', file, '--format', 'json', '--hints'], { out: t => { out += t; }, err: () => undefined, env: { LANG: 'en_US.UTF-8' } });
    return JSON.parse(out) as CliDiagnostic[];
}
