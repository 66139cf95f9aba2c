import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { URI } from 'langium';
import { after, before, describe, it } from 'mocha';
import { ExportBookRequest, ExportRequest, type ExportBookParams, type ExportBookResult, type ExportParams, type ExportResult } from '../../server/src/protocol/sop-protocol.js';
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

describe('sop/exportBook over stdio ("SOP: Export Book…" on a folder)', function () {
    this.timeout(180_000);
    const dir = mkdtempSync(path.join(tmpdir(), 'sop-lsp-book-'));
    let client: TestLspClient;
    const book = (params: ExportBookParams) => client.connection.sendRequest(ExportBookRequest, params) as Promise<ExportBookResult>;

    before(async () => {
        client = new TestLspClient();
        await client.initialize(null, 'en');
    });

    after(() => client.shutdown());

    it('compiles every SOP of the folder, with the editor\'s unsaved text, as PDF and as Word', async () => {
        const uri = URI.file(EXAMPLE).toString();
        await client.open(uri, readFileSync(EXAMPLE, 'utf8').replace('"PENGELOLAAN SURAT MASUK DAN DISPOSISI"', '"SURAT MASUK DIUBAH DI EDITOR"'));
        const folder = URI.file(path.resolve('examples')).toString();
        const count = readdirSync('examples').filter(f => f.endsWith('.sop')).length;
        for (const format of ['pdf', 'docx'] as const) {
            const target = path.join(dir, `buku.${format}`);
            const result = await book({ folder, format, target, title: 'Buku Uji' });
            assert.deepEqual(result, { status: 'ok', file: target, count });
        }
        assert.equal(readFileSync(path.join(dir, 'buku.pdf')).subarray(0, 5).toString('latin1'), '%PDF-');
        const zip = readFileSync(path.join(dir, 'buku.docx'));
        assert.equal(zip.subarray(0, 2).toString('latin1'), 'PK');
        const xml = spawnSync('unzip', ['-p', path.join(dir, 'buku.docx'), 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 << 20 });
        if (xml.status === 0) {
            assert.ok(xml.stdout.includes('SURAT MASUK DIUBAH DI EDITOR'), 'the open editor\'s text, not the file on disk');
            assert.ok(xml.stdout.includes('BUKU UJI'));
        }
    });

    it('writes no book when an SOP of the folder has errors, and names it', async () => {
        const folder = path.join(dir, 'rusak');
        mkdirSync(folder);
        writeFileSync(path.join(folder, 'baik.sop'), readFileSync(EXAMPLE, 'utf8'));
        writeFileSync(path.join(folder, 'rusak.sop'), 'sop rusak "RUSAK"\npelaksana a "A"\nlangkah x "Mencatat" oleh b\n');
        const target = path.join(dir, 'never.pdf');
        const result = await book({ folder: URI.file(folder).toString(), format: 'pdf', target });
        assert.equal(result.status, 'errors');
        assert.deepEqual(result.status === 'errors' ? result.files.map(f => path.basename(URI.parse(f.uri).fsPath)) : [], ['rusak.sop']);
        assert.ok(!existsSync(target));
        const empty = path.join(dir, 'kosong');
        mkdirSync(empty);
        assert.equal((await book({ folder: URI.file(empty).toString(), format: 'pdf', target })).status, 'invalid');
        assert.equal((await book({ folder: URI.file(folder).toString(), format: 'exe' as never, target })).status, 'invalid');
    });
});
