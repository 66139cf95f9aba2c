import assert from 'node:assert/strict';
import { after, before, describe, it } from 'mocha';
import { completePages, RenderRequest, type RenderResult, type RenderSuccess } from '../../server/src/protocol/sop-protocol.js';
import { generateRealisticSop } from '../../bench/generate-realistic-sop.js';
import { TestLspClient } from './lsp-client.js';

/**
 * `sop/render` with `known`: the answer leaves out the SVG of the pages the preview already holds,
 * and those pages plus the sent ones are exactly what a full answer holds.
 */
describe('sop/render sends only the pages that changed', function () {
    this.timeout(120_000);
    const uri = 'file:///tmp/sop-render-delta/dua-ratus.sop';
    const text = generateRealisticSop(200, 5, 'duaRatus');
    let client: TestLspClient;

    const render = async (params: { uri: string; known?: string[] }): Promise<RenderSuccess> => {
        const result: RenderResult = await client.connection.sendRequest(RenderRequest, params);
        assert.equal(result.status, 'ok');
        return result as RenderSuccess;
    };

    before(async () => {
        client = new TestLspClient();
        await client.initialize(null, 'en');
        await client.open(uri, text);
        await client.waitForDiagnostics(uri, () => true, 60_000);
    });

    after(() => client.shutdown());

    it('leaves out every held page; after a one-character edit it sends the changed pages only', async () => {
        const full = await render({ uri });
        assert.ok(full.pages.length > 5, `a 200-step SOP has many pages (${full.pages.length})`);
        assert.ok(full.pages.every(p => p.svg && p.hash), 'without `known`, every page comes with its SVG and hash');
        const held = new Map(completePages(full.pages)!.map(p => [p.hash, p.svg]));

        const same = await render({ uri, known: [...held.keys()] });
        assert.ok(same.pages.every(p => p.svg === undefined), 'nothing changed: no SVG is sent');
        assert.deepEqual(completePages(same.pages, held)?.map(p => p.svg), full.pages.map(p => p.svg));

        const version = 2;
        await client.change(uri, text.replace('Menelaah substansi permohonan berdasarkan peraturan yang berlaku 104', 'Menelaah substansi permohonan berdasarkan peraturan yang berlaku 1O4'), version);
        await client.waitForDiagnostics(uri, () => true);
        const delta = await render({ uri, known: [...held.keys()] });
        const sent = delta.pages.filter(p => p.svg !== undefined);
        assert.ok(sent.length >= 1 && sent.length < delta.pages.length / 2, `only the edited page(s) are sent (${sent.length} of ${delta.pages.length})`);
        const fresh = await render({ uri });
        assert.deepEqual(completePages(delta.pages, held)?.map(p => p.svg), fresh.pages.map(p => p.svg), 'held + sent pages = a full answer');
        assert.ok(fresh.pages.some(p => p.svg?.includes('1O4')), 'the full answer has the edit');
    });

    it('says when a page it left out is not held', () => {
        assert.equal(completePages([{ number: 1, kind: 'identity', description: '', hash: 'x' }], new Map()), undefined);
    });

    it('refuses a `known` that is not a list of strings', async () => {
        await assert.rejects(client.connection.sendRequest(RenderRequest, { uri, known: [1] as unknown as string[] }), /known/);
        await assert.rejects(client.connection.sendRequest(RenderRequest, { uri, known: 'x' as unknown as string[] }), /known/);
    });
});
