import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'mocha';
import { ImportRequest, type ImportParams, type ImportResult } from '../../server/src/protocol/import-protocol.js';
import { TestLspClient } from './lsp-client.js';

/** `sop/import` over stdio: what the editor's "Import from PDF/Word…" command asks the server. */
describe('sop/import over stdio (the editor\'s import command)', function () {
    this.timeout(120_000);
    const dir = mkdtempSync(path.join(tmpdir(), 'sop-lsp-import-'));
    const word = path.join(dir, 'pengadaan-kelompok.docx');
    const pdf = path.join(dir, 'surat-masuk.pdf');
    let client: TestLspClient;
    const importAs = (params: ImportParams) => client.connection.sendRequest(ImportRequest, params) as Promise<ImportResult>;

    before(async () => {
        copyFileSync(path.resolve('test/fixtures/import/pengadaan-kelompok.docx'), word);
        copyFileSync(path.resolve('test/fixtures/import/surat-masuk.pdf'), pdf);
        client = new TestLspClient();
        await client.initialize(null, 'en');
    });

    after(() => client.shutdown());

    it('imports a Word file next to it, in the editor\'s language, and points at every guess', async () => {
        const target = path.join(dir, 'pengadaan-kelompok.sop');
        const result = await importAs({ source: word, target });
        assert.equal(result.status, 'ok');
        if (result.status !== 'ok') return;
        assert.equal(result.file, target);
        assert.equal(result.format, 'docx');
        const lines = readFileSync(target, 'utf8').split('\n');
        assert.ok(result.counts.rows > 0 && result.counts.symbols > 0 && result.counts.arrows > 0, JSON.stringify(result.counts));
        assert.equal(result.guessLines.length, result.counts.guesses);
        assert.ok(result.guessLines.length > 0);
        for (const at of result.guessLines) assert.match(lines[at], /^\s*\/\/ IMPORT: /);
        assert.ok(result.guessLines.some(at => /read as NAMA SOP/.test(lines[at])), 'English guesses');
    });

    it('imports a PDF', async () => {
        const result = await importAs({ source: pdf, target: path.join(dir, 'surat-masuk.sop') });
        assert.equal(result.status, 'ok');
        assert.equal(result.status === 'ok' && result.format, 'pdf');
        assert.equal(result.status === 'ok' && result.counts.rows, 5);
    });

    it('answers exists for a taken name and writes nothing; replaces it when told to', async () => {
        const target = path.join(dir, 'taken.sop');
        writeFileSync(target, '// mine\n');
        assert.deepEqual(await importAs({ source: pdf, target }), { status: 'exists', file: target });
        assert.equal(readFileSync(target, 'utf8'), '// mine\n');
        assert.equal((await importAs({ source: pdf, target, overwrite: true })).status, 'ok');
        assert.match(readFileSync(target, 'utf8'), /^sop /m);
    });

    it('fails for a file that is neither PDF nor Word, a missing file, or a target that is not .sop', async () => {
        const text = path.join(dir, 'notes.txt');
        writeFileSync(text, 'hello');
        const failed = async (params: ImportParams) => {
            const result = await importAs(params);
            assert.equal(result.status, 'failed', JSON.stringify(result));
        };
        await failed({ source: text, target: path.join(dir, 'notes.sop') });
        await failed({ source: path.join(dir, 'nowhere.pdf'), target: path.join(dir, 'nowhere.sop') });
        await failed({ source: pdf, target: path.join(dir, 'surat.txt') });
        assert.throws(() => statSync(path.join(dir, 'notes.sop')));
    });
});
