import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { URI } from 'langium';
import { after, before, describe, it } from 'mocha';
import {
    ExportBookRequest, ExportFormsRequest, ExportRequest, type ExportBookParams, type ExportBookResult, type ExportFormsParams, type ExportFormsResult,
    type ExportParams, type ExportResult,
} from '../../server/src/protocol/sop-protocol.js';
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

describe('sop/exportForms over stdio ("SOP: Export Monitoring/Evaluation Forms…" on a file or a folder)', function () {
    this.timeout(180_000);
    const dir = mkdtempSync(path.join(tmpdir(), 'sop-lsp-forms-'));
    let client: TestLspClient;
    const forms = (params: ExportFormsParams) => client.connection.sendRequest(ExportFormsRequest, params) as Promise<ExportFormsResult>;
    /** The text of a written form, read by a tool that did not write it (undefined when the tool is missing). */
    const textOf = (file: string): string | undefined => {
        const r = file.endsWith('.pdf')
            ? spawnSync('pdftotext', [file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 })
            : spawnSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 << 20 });
        return r.status === 0 ? r.stdout.replace(/<[^>]+>/g, '') : undefined;
    };

    before(async () => {
        client = new TestLspClient();
        await client.initialize(null, 'en');
    });

    after(() => client.shutdown());

    it('one open SOP, with the editor\'s unsaved text: the monitoring form as Word, the evaluation form as PDF', async () => {
        const uri = URI.file(EXAMPLE).toString();
        await client.open(uri, readFileSync(EXAMPLE, 'utf8').replace('"PENGELOLAAN SURAT MASUK DAN DISPOSISI"', '"SURAT MASUK DIUBAH DI EDITOR"'));
        for (const [kind, format] of [['monitoring', 'docx'], ['evaluasi', 'pdf']] as const) {
            const target = path.join(dir, `${kind}.${format}`);
            assert.deepEqual(await forms({ resource: uri, kind, format, target }), { status: 'ok', file: target, count: 1 });
            const head = readFileSync(target).subarray(0, 5).toString('latin1');
            assert.equal(head.slice(0, format === 'pdf' ? 5 : 2), format === 'pdf' ? '%PDF-' : 'PK');
            const text = textOf(target);
            if (text === undefined) continue;
            assert.match(text, kind === 'monitoring' ? /MONITORING PELAKSANAAN SOP AP/ : /EVALUASI PENERAPAN SOP AP/);
            assert.match(text.replace(/\s+/g, ' '), /SURAT MASUK DIUBAH DI EDITOR/i, 'the open editor\'s text, not the file on disk');
        }
    });

    it('a folder: one form over every SOP under it, in the order of their numbers', async () => {
        const folder = URI.file(path.resolve('examples')).toString();
        const count = readdirSync('examples').filter(f => f.endsWith('.sop')).length;
        const target = path.join(dir, 'monitoring-semua.pdf');
        assert.deepEqual(await forms({ resource: folder, kind: 'monitoring', format: 'pdf', target }), { status: 'ok', file: target, count });
        const text = textOf(target);
        if (text === undefined) return;
        for (let i = 1; i <= count; i++) assert.match(text, new RegExp(`^${i}\\.$`, 'm'), `SOP ${i} has its row`);
        // Each SOP's number is printed under its name: they come in natural order.
        const numbers = readdirSync('examples').filter(f => f.endsWith('.sop')).map(f => /^(?:nomor|number) "([^"]+)"/m.exec(readFileSync(path.join('examples', f), 'utf8'))![1]);
        const ordered = [...numbers].sort(new Intl.Collator('id', { numeric: true }).compare);
        const at = ordered.map(n => text.indexOf(n));
        assert.ok(at.every((p, i) => p >= 0 && (i === 0 || p > at[i - 1])), `${ordered.join(', ')} in this order`);
    });

    it('writes no form when an SOP has errors, and names it; refuses a bad request', async () => {
        const folder = path.join(dir, 'rusak');
        mkdirSync(folder);
        writeFileSync(path.join(folder, 'baik.sop'), readFileSync(EXAMPLE, 'utf8'));
        writeFileSync(path.join(folder, 'rusak.sop'), 'sop rusak "RUSAK"\npelaksana a "A"\nlangkah x "Mencatat" oleh b\n');
        const target = path.join(dir, 'never.docx');
        const result = await forms({ resource: URI.file(folder).toString(), kind: 'evaluasi', format: 'docx', target });
        assert.equal(result.status, 'errors');
        assert.deepEqual(result.status === 'errors' ? result.files.map(f => path.basename(URI.parse(f.uri).fsPath)) : [], ['rusak.sop']);
        const one = await forms({ resource: URI.file(path.join(folder, 'rusak.sop')).toString(), kind: 'monitoring', format: 'pdf', target });
        assert.equal(one.status, 'errors', 'one file with errors');
        assert.ok(!existsSync(target));
        assert.equal((await forms({ resource: URI.file(folder).toString(), kind: 'audit' as never, format: 'pdf', target })).status, 'invalid');
        assert.equal((await forms({ resource: URI.file(folder).toString(), kind: 'monitoring', format: 'exe' as never, target })).status, 'invalid');
        const empty = path.join(dir, 'kosong');
        mkdirSync(empty);
        assert.equal((await forms({ resource: URI.file(empty).toString(), kind: 'monitoring', format: 'pdf', target })).status, 'invalid');
    });
});
