import { strict as assert } from 'node:assert';
import { PassThrough } from 'node:stream';
import { StreamMessageWriter, type Message, type NotificationMessage } from 'vscode-jsonrpc/node';
import { SyncStreamMessageReader } from '../../server/src/transport/stream-reader.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CoalescingMessageReader, coalesceDidChanges } from '../../server/src/transport/coalescing-reader.js';

const change = (uri: string, version: number, text: string, at = 0): NotificationMessage => ({
    jsonrpc: '2.0', method: 'textDocument/didChange',
    params: { textDocument: { uri, version }, contentChanges: [{ range: { start: { line: 0, character: at }, end: { line: 0, character: at } }, text }] },
});
const request = (id: number): Message => ({ jsonrpc: '2.0', id, method: 'textDocument/hover', params: {} } as Message);

describe('coalescing didChange notifications', () => {
    it('merges a run for one document into one notification with every change, in order, and the last version', () => {
        const out = coalesceDidChanges([change('a', 2, 'x'), change('a', 3, 'y', 1), change('a', 4, 'z', 2)]);
        assert.equal(out.length, 1);
        const params = (out[0] as NotificationMessage).params as { textDocument: { version: number }; contentChanges: Array<{ text: string }> };
        assert.equal(params.textDocument.version, 4);
        assert.deepEqual(params.contentChanges.map(c => c.text), ['x', 'y', 'z']);
        // Applying the merged changes gives the text the single ones give.
        const doc = TextDocument.create('a', 'sop', 1, 'abc');
        assert.equal(TextDocument.update(doc, params.contentChanges as never, 4).getText(), 'xyzabc');
    });

    it('never merges across a request, another document, or another notification', () => {
        const input = [change('a', 2, 'x'), request(1), change('a', 3, 'y'), change('b', 2, 'q'), change('a', 4, 'z'),
            { jsonrpc: '2.0', method: 'textDocument/didSave', params: { textDocument: { uri: 'a' } } } as Message, change('a', 5, 'w')];
        const out = coalesceDidChanges(input);
        assert.equal(out.length, input.length);
        assert.deepEqual(out, input);
    });

    it('passes malformed notifications on untouched (the connection guard answers them)', () => {
        const bad = { jsonrpc: '2.0', method: 'textDocument/didChange', params: null } as Message;
        assert.deepEqual(coalesceDidChanges([change('a', 2, 'x'), bad, change('a', 3, 'y')]).length, 3);
    });

    it('delivers what arrives in one chunk of input merged, and later chunks after it', async () => {
        const wire = new PassThrough();
        const writer = new StreamMessageWriter(wire);
        const reader = new CoalescingMessageReader(new SyncStreamMessageReader(wire));
        const received: Message[] = [];
        reader.listen(m => received.push(m));
        // Writes queue behind each other; collect them into one chunk as a busy server reads them.
        const chunks: Buffer[] = [];
        const capture = new PassThrough();
        const batchWriter = new StreamMessageWriter(capture);
        capture.on('data', c => chunks.push(c as Buffer));
        for (let v = 2; v < 12; v++) await batchWriter.write(change('a', v, String(v)));
        await batchWriter.write(request(7));
        wire.write(Buffer.concat(chunks));
        await new Promise(resolve => setTimeout(resolve, 20));
        assert.equal(received.length, 2);
        assert.equal(((received[0] as NotificationMessage).params as { contentChanges: unknown[] }).contentChanges.length, 10);
        await writer.write(change('a', 12, 'late'));
        await new Promise(resolve => setTimeout(resolve, 20));
        assert.equal(received.length, 3);
        reader.dispose();
    });
});
