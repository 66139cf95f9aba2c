/**
 * The live heap of a Node process started with `--inspect=127.0.0.1:0`: a full garbage collection,
 * then the heap in use, over the inspector protocol. RSS says how much the process has taken from the
 * system, which V8 gives back lazily; this says what the process still holds, which is what a leak grows.
 * Needs a global WebSocket (Node 22, or Node 20 with `--experimental-websocket`).
 */
import type { Readable } from 'node:stream';

export class InspectorHeap {
    private url: Promise<string>;

    /** Reads the inspector's address from the process's stderr, passing every other line through. */
    constructor(stderr: Readable) {
        this.url = new Promise(resolve => {
            let pending = '';
            stderr.setEncoding('utf8');
            stderr.on('data', (chunk: string) => {
                pending += chunk;
                const lines = pending.split('\n');
                pending = lines.pop() ?? '';
                for (const line of lines) {
                    const address = /Debugger listening on (ws:\/\/\S+)/.exec(line)?.[1];
                    if (address) resolve(address);
                    else if (!/^(For help, see|Debugger (attached|ending|listening))/.test(line)) process.stderr.write(`${line}\n`);
                }
            });
        });
    }

    static available(): boolean {
        return typeof (globalThis as { WebSocket?: unknown }).WebSocket === 'function';
    }

    /** MB in use on the main thread's heap after a full collection. */
    async liveMb(): Promise<number> {
        const socket = new WebSocket(await this.url);
        await new Promise((resolve, reject) => { socket.onopen = resolve; socket.onerror = reject; });
        const answers = new Map<number, (result: unknown) => void>();
        socket.onmessage = event => {
            const message = JSON.parse(String(event.data)) as { id?: number; result?: unknown };
            if (message.id !== undefined) answers.get(message.id)?.(message.result);
        };
        let id = 0;
        const call = (method: string) => new Promise<unknown>(resolve => {
            answers.set(++id, resolve);
            socket.send(JSON.stringify({ id, method }));
        });
        try {
            await call('HeapProfiler.collectGarbage');
            const usage = await call('Runtime.getHeapUsage') as { usedSize: number };
            return usage.usedSize / 1e6;
        } finally {
            socket.close();
        }
    }
}
