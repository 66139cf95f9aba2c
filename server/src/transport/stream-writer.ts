import type { Writable } from 'node:stream';
import { AbstractMessageWriter, type Message, type MessageWriter } from 'vscode-jsonrpc';

/**
 * Writes `Content-Length`-framed JSON-RPC messages to a stream at once, in order. vscode-jsonrpc's
 * StreamMessageWriter queues each message behind the previous one's write callback and a
 * `setImmediate`, so every message sent cost a turn of the event loop: while a build took turns, an
 * answer that was ready waited behind the diagnostics and answers queued before it (half a second
 * in the long editing test). A stream keeps the order of its writes by itself.
 */
export class SyncStreamMessageWriter extends AbstractMessageWriter implements MessageWriter {
    private errorCount = 0;

    constructor(private readonly writable: Writable) {
        super();
        writable.on('error', error => this.fireError(error));
        writable.on('close', () => this.fireClose());
    }

    write(message: Message): Promise<void> {
        try {
            const body = Buffer.from(JSON.stringify(message), 'utf8');
            this.writable.write(Buffer.concat([Buffer.from(`Content-Length: ${body.byteLength}\r\n\r\n`, 'ascii'), body]));
            this.errorCount = 0;
            return Promise.resolve();
        } catch (error) {
            this.fireError(error instanceof Error ? error : new Error(String(error)), message, ++this.errorCount);
            return Promise.reject(error);
        }
    }

    end(): void {
        this.writable.end();
    }
}
