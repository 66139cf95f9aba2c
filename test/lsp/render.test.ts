import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { URI } from 'langium';
import { after, before, describe, it } from 'mocha';
import { DocumentsChangedNotification, RenderRequest, type RenderResult, type RenderSuccess } from '../../server/src/protocol/sop-protocol.js';
import { STYLE } from '../../server/src/render/render-style.js';
import { TestLspClient } from './lsp-client.js';
import { poll } from '../support/poll.js';

const EXAMPLE = path.resolve('examples/surat-masuk.sop');

describe('sop/render and sop/documentsChanged over stdio', () => {
    const uri = URI.file(EXAMPLE).toString();
    const text = readFileSync(EXAMPLE, 'utf8');
    const pushed: string[][] = [];
    let client: TestLspClient;

    const render = (params: { uri: string; paper?: 'A4' | 'F4' | 'Letter' | 'Legal' }) =>
        client.connection.sendRequest(RenderRequest, params) as Promise<RenderResult>;

    async function waitForPush(target: string, from: number): Promise<void> {
        await poll(`sop/documentsChanged for ${target}`, () => pushed.slice(from).some(uris => uris.includes(target)), 15000, 20);
    }

    before(async () => {
        client = new TestLspClient();
        client.connection.onNotification(DocumentsChangedNotification, p => { pushed.push(p.uris); });
        await client.initialize(null, 'en');
    });

    after(() => client.shutdown());

    it('pushes documentsChanged once an opened document is validated', async () => {
        await client.open(uri, text);
        await waitForPush(uri, 0);
    });

    it('renders an example: pages with step markers, step ranges and mutu baku', async () => {
        const result = await render({ uri });
        assert.equal(result.status, 'ok', JSON.stringify(result).slice(0, 300));
        const ok = result as RenderSuccess;
        assert.equal(ok.title, 'PENGELOLAAN SURAT MASUK DAN DISPOSISI');
        assert.equal(ok.paper, 'A4');
        assert.ok(ok.pages.length >= 2, 'identity sheet and at least one flowchart page');
        assert.ok(ok.pages.every(p => p.svg!.startsWith('<svg') && p.description.length > 0));
        assert.match(ok.pages.filter(p => p.kind === 'flowchart').map(p => p.svg).join(''), /data-step="1"/);
        assert.ok(ok.stepRanges[1], 'range of step 1');
        const lines = text.split('\n');
        assert.match(lines[ok.stepRanges[1].start.line], /^kapsul terima/);
        assert.equal(ok.steps[1].activity, 'Menerima surat masuk dan memberikan tanda terima kepada pengirim');
        assert.deepEqual(ok.steps[1].requirements, ['Surat masuk', 'buku ekspedisi']);
        assert.equal(ok.steps[1].duration, '5 menit');
        assert.equal(ok.steps[1].output, 'Surat masuk diterima');
    });

    it('lays the pages out on the requested paper, and sends no JSON layout', async () => {
        const width = (r: RenderSuccess) => Number(/viewBox="0 0 ([\d.]+) /.exec(r.pages[0].svg!)?.[1]);
        const a4 = await render({ uri }) as RenderSuccess;
        const legal = await render({ uri, paper: 'Legal' }) as RenderSuccess;
        assert.equal(legal.paper, 'Legal');
        assert.ok(width(legal) > width(a4), 'Legal is wider than A4');
        assert.equal('layout' in a4, false, 'nobody reads the layout: it is not sent');
    });

    it('lays a continuous sheet out for the panel: one flowchart page, text at the editor size or at least 12 px', async () => {
        const sheetWidth = (r: RenderSuccess) => Number(/viewBox="0 0 ([\d.]+) /.exec(r.pages.at(-1)!.svg!)?.[1]);
        const continuous = async (width: number) => await client.connection.sendRequest(RenderRequest, { uri, continuous: { width, fontSize: 14 } }) as RenderSuccess;
        const wide = await continuous(1400);
        assert.equal(wide.status, 'ok');
        assert.equal(wide.pages.filter(p => p.kind === 'flowchart').length, 1, 'no page breaks');
        assert.ok(wide.zoom && Math.abs(wide.zoom * STYLE.smallFont.size - 14) < 0.01, `zoom ${wide.zoom} shows the smallest row text (${STYLE.smallFont.size} px) at 14 px`);
        assert.ok(Math.abs(sheetWidth(wide) * wide.zoom! - 1400) < 2, 'the sheet fills the panel');
        // Half of a 1600 px window: the five actor columns need more room than 14 px text leaves.
        const half = await continuous(770);
        assert.ok(half.zoom! * STYLE.smallFont.size >= 12 - 1e-9, `text ${half.zoom! * STYLE.smallFont.size} px`);
        assert.ok(sheetWidth(half) * half.zoom! >= 770 - 2, 'the sheet is at least as wide as the panel');
    });

    it('puts the cursor target on the step name', async () => {
        const ok = await render({ uri }) as RenderSuccess;
        const name = ok.nameRanges[1];
        const line = text.split('\n')[name.start.line];
        assert.equal(line.slice(name.start.character, name.end.character), 'terima');
        assert.equal(ok.identityLines, ok.stepRanges[1].start.line);
    });

    it('renders what it can after a breaking edit, with the first syntax error, then renders cleanly again', async () => {
        const broken = text.replace('kapsul terima "Menerima', 'kapsul terima Menerima');
        const line = broken.split('\n').findIndex(l => l.startsWith('kapsul terima'));
        const before = pushed.length;
        await client.change(uri, broken, 2);
        await waitForPush(uri, before);
        const result = await render({ uri });
        assert.equal(result.status, 'ok', 'the recovered AST is drawn');
        const errors = (result as RenderSuccess).errors;
        assert.ok(errors && errors.count > 0 && errors.first.range.start.line >= line, JSON.stringify(errors));
        assert.ok((result as RenderSuccess).pages.length > 0);

        await client.change(uri, text, 3);
        const clean = await render({ uri });
        assert.equal(clean.status, 'ok');
        assert.equal((clean as RenderSuccess).errors, undefined);
    });

    it('renders pages with a linking error, naming it in the errors', async () => {
        const unlinked = text.replace('    oleh admin\n', '    oleh nobody\n');
        await client.change(uri, unlinked, 4);
        const result = await render({ uri });
        assert.equal(result.status, 'ok', JSON.stringify(result).slice(0, 300));
        const ok = result as RenderSuccess;
        assert.ok(ok.pages.some(p => p.kind === 'flowchart'), 'flowchart pages are drawn');
        assert.match(ok.errors?.first.message ?? '', /nobody/);
        assert.equal(unlinked.split('\n')[ok.errors!.first.range.start.line].trim(), 'oleh nobody');
        for (const page of ok.pages) assert.match(page.svg!, new RegExp(`DRAF — belum valid: ${ok.errors!.count} kesalahan`), 'every page is marked');
        await client.change(uri, text, 5);
        const clean = await render({ uri });
        assert.ok(clean.status === 'ok' && clean.pages.every(p => !p.svg!.includes('DRAF')), 'a clean file is not marked');
    });

    it('waits for the newest edit before answering', async () => {
        const edited = text.replace('PENGELOLAAN SURAT MASUK DAN DISPOSISI', 'SURAT MASUK BARU');
        await client.change(uri, edited, 6);
        const result = await render({ uri });
        assert.equal(result.status === 'ok' && result.title, 'SURAT MASUK BARU');
        await client.change(uri, text, 7);
    });

    it('never throws for a document the server does not know', async () => {
        const result = await render({ uri: 'file:///nowhere/missing.sop' });
        assert.equal(result.status, 'invalid');
        assert.match(result.status === 'invalid' ? result.firstError.message : '', /missing\.sop/);
    });
});
