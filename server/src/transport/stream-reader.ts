import type { Readable } from 'node:stream';
import { AbstractMessageReader, Disposable, type DataCallback, type Message } from 'vscode-jsonrpc';

const HEADER_END = Buffer.from('\r\n\r\n', 'ascii');

/**
 * Reads `Content-Length`-framed JSON-RPC messages from a stream and hands over every complete
 * message of a chunk at once. vscode-jsonrpc's StreamMessageReader decodes one message per turn
 * of the event loop (its semaphore waits for `setImmediate` between messages), so while a build
 * took turns, messages sat in the reader: a request sent behind a burst of edits waited seconds.
 */
export class SyncStreamMessageReader extends AbstractMessageReader {
    private pending: Buffer = Buffer.alloc(0);
    private callback: DataCallback | undefined;

    constructor(private readonly readable: Readable) {
        super();
        readable.on('error', error => this.fireError(error));
        readable.on('close', () => this.fireClose());
    }

    listen(callback: DataCallback): Disposable {
        this.callback = callback;
        const onData = (chunk: Buffer) => this.onData(chunk);
        this.readable.on('data', onData);
        return Disposable.create(() => this.readable.off('data', onData));
    }

    private onData(chunk: Buffer): void {
        this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
        let start = 0;
        for (;;) {
            const headerEnd = this.pending.indexOf(HEADER_END, start);
            if (headerEnd < 0) break;
            const length = contentLength(this.pending.toString('ascii', start, headerEnd));
            if (length === undefined) {
                this.fireError(new Error(`Header must provide a numeric Content-Length: ${this.pending.toString('ascii', start, headerEnd)}`));
                // Nothing after a broken header can be framed; drop it as the library's reader does.
                this.pending = Buffer.alloc(0);
                return;
            }
            const bodyStart = headerEnd + HEADER_END.length;
            if (this.pending.length < bodyStart + length) break;
            const body = this.pending.toString('utf8', bodyStart, bodyStart + length);
            start = bodyStart + length;
            let message: Message;
            try {
                message = JSON.parse(body) as Message;
            } catch (e) {
                this.fireError(e instanceof Error ? e : new Error(String(e)));
                continue;
            }
            this.callback?.(message);
        }
        this.pending = start === 0 ? this.pending : this.pending.subarray(start);
    }
}

function contentLength(headers: string): number | undefined {
    for (const line of headers.split('\r\n')) {
        const colon = line.indexOf(':');
        if (colon > 0 && line.slice(0, colon).trim().toLowerCase() === 'content-length') {
            const value = Number(line.slice(colon + 1).trim());
            return Number.isInteger(value) && value >= 0 ? value : undefined;
        }
    }
    return undefined;
}
