import { strict as assert } from 'node:assert';
import { PassThrough } from 'node:stream';
import { after, before, describe, it } from 'mocha';
import { RAL, type Disposable, type Message } from 'vscode-jsonrpc';
import { StreamMessageWriter } from 'vscode-jsonrpc/node';
import { dispatchQueuedMessagesTogether } from '../../server/src/transport/message-turns.js';
import { SyncStreamMessageReader } from '../../server/src/transport/stream-reader.js';
import { SyncStreamMessageWriter } from '../../server/src/transport/stream-writer.js';

/**
 * Runs `steps` chained through the connection's timer (each schedules the next) and records, in
 * order, them and the next turn of the event loop (a real setImmediate queued by the first step).
 */
function chainAgainstImmediate(steps: number, step: (i: number) => void = () => undefined): Promise<string[]> {
    const order: string[] = [];
    return new Promise(resolve => {
        const run = (i: number) => {
            if (i === 0) setImmediate(() => order.push('io-turn'));
            step(i);
            order.push(`step ${i}`);
            if (i + 1 < steps) RAL().timer.setImmediate(() => run(i + 1));
            else setImmediate(() => setImmediate(() => resolve(order)));
        };
        RAL().timer.setImmediate(() => run(0));
    });
}

describe('the connection dispatches queued messages together (issues 11, 15)', () => {
    let restore: Disposable;
    before(() => { restore = dispatchQueuedMessagesTogether(); });
    after(() => restore.dispose());

    it('runs a chain of queued steps in one turn of the event loop, before the next turn', async () => {
        // vscode-jsonrpc's own timer gives each step a turn: the I/O turn then comes after step 0.
        const order = await chainAgainstImmediate(50);
        assert.equal(order.indexOf('io-turn'), 50, order.join(', '));
    });

    it('hands the loop back once a turn has run 5 ms', async () => {
        const busy = (ms: number) => { const end = performance.now() + ms; while (performance.now() < end) { /* a slow step */ } };
        const order = await chainAgainstImmediate(3, i => { if (i === 0) busy(8); });
        assert.deepEqual(order, ['step 0', 'io-turn', 'step 1', 'step 2']);
    });

    it('a disposed step does not run', async () => {
        let ran = false;
        RAL().timer.setImmediate(() => { ran = true; }).dispose();
        await new Promise(resolve => setImmediate(resolve));
        assert.equal(ran, false);
    });
});

describe('synchronous stream writer', () => {
    const note = (text: string): Message => ({ jsonrpc: '2.0', method: 'x', params: { text } } as Message);

    function wire() {
        const stream = new PassThrough();
        const received: Message[] = [];
        new SyncStreamMessageReader(stream).listen(m => received.push(m));
        return { stream, received };
    }

    it('writes every message at once, framed and in order', () => {
        const { stream, received } = wire();
        const writer = new SyncStreamMessageWriter(stream);
        for (const text of ['satu', 'é dan ü', '🙂']) void writer.write(note(text));
        // PassThrough hands written data on synchronously while it flows.
        assert.deepEqual(received.map(m => (m as unknown as { params: { text: string } }).params.text), ['satu', 'é dan ü', '🙂']);
    });

    it('(the library writer queues each message behind a turn of the event loop)', async () => {
        const { stream, received } = wire();
        const writer = new StreamMessageWriter(stream);
        for (const text of ['satu', 'dua']) void writer.write(note(text));
        assert.equal(received.length, 0);
        await new Promise(resolve => setTimeout(resolve, 20));
        assert.equal(received.length, 2);
    });
});
