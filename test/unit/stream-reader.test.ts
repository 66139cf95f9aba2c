import { strict as assert } from 'node:assert';
import { PassThrough } from 'node:stream';
import type { Message } from 'vscode-jsonrpc';
import { SyncStreamMessageReader } from '../../server/src/transport/stream-reader.js';

const frame = (body: string) => Buffer.concat([Buffer.from(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n`, 'ascii'), Buffer.from(body, 'utf8')]);
const note = (text: string) => JSON.stringify({ jsonrpc: '2.0', method: 'x', params: { text } });

describe('synchronous stream reader', () => {
    function open() {
        const wire = new PassThrough();
        const reader = new SyncStreamMessageReader(wire);
        const received: Message[] = [];
        const errors: Error[] = [];
        reader.listen(m => received.push(m));
        reader.onError(e => errors.push(e));
        return { wire, received, errors };
    }

    it('frames by bytes, across chunks cut anywhere (inside headers and inside a multi-byte letter)', () => {
        const { wire, received } = open();
        const all = Buffer.concat([frame(note('é dan ü')), frame(note('kedua')), frame(note('🙂'))]);
        for (let i = 0; i < all.length; i += 3) wire.write(all.subarray(i, i + 3));
        assert.deepEqual(received.map(m => (m as unknown as { params: { text: string } }).params.text), ['é dan ü', 'kedua', '🙂']);
    });

    it('hands over every message of one chunk synchronously', () => {
        const { wire, received } = open();
        wire.emit('data', Buffer.concat([frame(note('1')), frame(note('2')), frame(note('3'))]));
        assert.equal(received.length, 3);
    });

    it('reports a body that is not JSON and goes on with the next message', () => {
        const { wire, received, errors } = open();
        wire.emit('data', Buffer.concat([frame('{not json'), frame(note('next'))]));
        assert.equal(errors.length, 1);
        assert.equal(received.length, 1);
    });

    it('reports a header without Content-Length', () => {
        const { wire, errors } = open();
        wire.emit('data', Buffer.from('Content-Type: x\r\n\r\n{}', 'ascii'));
        assert.equal(errors.length, 1);
        assert.match(errors[0].message, /Content-Length/);
    });
});
