import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { InspectorHeap } from '../support/inspector-heap.js';
import type { Diagnostic, InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

/**
 * A minimal LSP client over stdio against the bundled server (`out/server/main.cjs`), so tests
 * exercise exactly what editors run.
 */
export class TestLspClient {
    readonly connection: MessageConnection;
    private readonly process: ChildProcess;
    private readonly diagnostics = new Map<string, Diagnostic[]>();
    private readonly waiters: Array<() => void> = [];
    private readonly publishListeners: Array<(params: PublishDiagnosticsParams) => void> = [];

    /** The server's live heap, when it was started with `{ inspect: true }`. */
    readonly heap: InspectorHeap | undefined;

    /**
     * `SOP_TEST_SERVER_NODE_ARGS` (e.g. `--cpu-prof`) goes to the server's node, for profiling a test's
     * server; `inspect` opens its inspector on a free port to measure its live heap.
     */
    constructor(args: string[] = [path.resolve('out/server/main.cjs'), '--stdio'], options: { inspect?: boolean } = {}) {
        const nodeArgs = process.env.SOP_TEST_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
        if (options.inspect) nodeArgs.push('--inspect=127.0.0.1:0');
        this.process = spawn(process.execPath, [...nodeArgs, ...args], { stdio: ['pipe', 'pipe', options.inspect ? 'pipe' : 'inherit'] });
        if (options.inspect) this.heap = new InspectorHeap(this.process.stderr!);
        this.connection = createMessageConnection(
            new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
        this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
            this.diagnostics.set(p.uri, p.diagnostics);
            this.publishListeners.forEach(l => l(p));
            this.waiters.splice(0).forEach(w => w());
        });
        this.connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
        this.connection.onRequest('client/registerCapability', () => null);
        this.connection.onRequest('window/workDoneProgress/create', () => null);
        this.connection.listen();
    }

    /** Calls `listener` on every publishDiagnostics, in arrival order (the connection allows one handler per method). */
    onPublish(listener: (params: PublishDiagnosticsParams) => void): void {
        this.publishListeners.push(listener);
    }

    /** The server's process id (for memory figures). */
    get pid(): number | undefined {
        return this.process.pid;
    }

    async initialize(rootUri: string | null, locale = 'en'): Promise<InitializeResult> {
        const result = await this.connection.sendRequest<InitializeResult>('initialize', {
            processId: process.pid, rootUri, locale, capabilities: { workspace: { configuration: true } },
            workspaceFolders: rootUri ? [{ uri: rootUri, name: 'ws' }] : null,
        });
        await this.connection.sendNotification('initialized', {});
        return result;
    }

    open(uri: string, text: string, version = 1): Promise<void> {
        return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'sop', version, text } });
    }

    change(uri: string, text: string, version: number): Promise<void> {
        return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    }

    /** Resolves with the diagnostics of `uri` once `accept` is satisfied (polls on each publish). */
    async waitForDiagnostics(uri: string, accept: (d: Diagnostic[]) => boolean = () => true, timeoutMs = 15000): Promise<Diagnostic[]> {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
            const current = this.diagnostics.get(uri);
            if (current && accept(current)) return current;
            if (Date.now() > deadline) throw new Error(`no matching diagnostics for ${uri}: ${JSON.stringify(current)}`);
            await new Promise<void>(resolve => {
                this.waiters.push(resolve);
                setTimeout(resolve, 200);
            });
        }
    }

    async shutdown(): Promise<void> {
        try {
            await this.connection.sendRequest('shutdown');
            await this.connection.sendNotification('exit');
            // Let the server leave on its own (a profiled server writes its profile on exit).
            if (this.process.exitCode === null) {
                await new Promise<void>(resolve => {
                    this.process.once('exit', () => resolve());
                    setTimeout(resolve, 2000).unref();
                });
            }
        } finally {
            this.connection.dispose();
            this.process.kill();
        }
    }
}
