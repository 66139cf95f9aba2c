import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { URI } from 'langium';
import { after, before, describe, it } from 'mocha';
import { ExportRequest, type ExportParams, type ExportResult } from '../../server/src/protocol/sop-protocol.js';
import { TestLspClient } from './lsp-client.js';

const EXAMPLE = path.resolve('examples/surat-masuk.sop');

describe('sop/export over stdio (the editor\'s export commands)', function () {
    this.timeout(120_000);
    const uri = URI.file(EXAMPLE).toString();
    const dir = mkdtempSync(path.join(tmpdir(), 'sop-lsp-export-'));
    let client: TestLspClient;
    const exportAs = (params: ExportParams) => client.connection.sendRequest(ExportRequest, params) as Promise<ExportResult>;

    before(async () => {
        client = new TestLspClient();
        await client.initialize(null, 'en');
        await client.open(uri, readFileSync(EXAMPLE, 'utf8'));
    });

    after(() => client.shutdown());

    it('writes a PDF of the text as it is in the editor', async () => {
        const target = path.join(dir, 'surat.pdf');
        const result = await exportAs({ uri, format: 'pdf', target });
        assert.deepEqual(result, { status: 'ok', uri, files: [target] });
        assert.equal(readFileSync(target).subarray(0, 5).toString('latin1'), '%PDF-');
    });

    it('writes SVG pages as a set into a folder', async () => {
        const folder = path.join(dir, 'pages');
        const result = await exportAs({ uri, format: 'svg', target: folder, paper: 'F4' });
        assert.equal(result.status, 'ok');
        assert.equal(result.status === 'ok' && result.files.length > 1, true);
        assert.deepEqual(readdirSync(folder).sort(), result.status === 'ok' ? result.files.map(f => path.basename(f)).sort() : []);
        assert.ok(readdirSync(folder).every(f => /^surat-masuk-page-\d+\.svg$/.test(f)));
        assert.match(readFileSync(path.join(folder, 'surat-masuk-page-1.svg'), 'utf8'), /width="330mm"/);
    });

    it('exports a document with errors with every page marked as an invalid draft', async () => {
        const broken = URI.file(path.join(dir, 'broken.sop')).toString();
        await client.open(broken, 'sop rusak "RUSAK"\npelaksana a "A"\nlangkah x "Mencatat" oleh b\n');
        const folder = path.join(dir, 'draft');
        const result = await exportAs({ uri: broken, format: 'svg', target: folder });
        assert.equal(result.status, 'ok');
        const pages = readdirSync(folder);
        assert.ok(pages.length > 0);
        for (const page of pages) assert.match(readFileSync(path.join(folder, page), 'utf8'), /DRAF — belum valid: \d+ kesalahan/);
    });

    it('answers invalid for an unknown format or an unknown document, and writes nothing', async () => {
        const before = readdirSync(dir).sort();
        assert.equal((await exportAs({ uri, format: 'exe' as never, target: path.join(dir, 'x.exe') })).status, 'invalid');
        assert.equal((await exportAs({ uri: 'file:///nowhere/x.sop', format: 'pdf', target: path.join(dir, 'x.pdf') })).status, 'invalid');
        assert.deepEqual(readdirSync(dir).sort(), before);
    });
});
