import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { expectFormatting } from 'langium/test';
import { describe, it } from 'mocha';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createTestServices, SMALL_SOP } from '../support/sop-test-services.js';

const services = createTestServices();
const { Sop } = services;
const formatting = expectFormatting(Sop);

async function format(text: string): Promise<string> {
    const doc = await services.parse(text);
    const edits = await Sop.lsp.Formatter!.formatDocument(doc, { textDocument: { uri: doc.uri.toString() }, options: { insertSpaces: true, tabSize: 4 } });
    return TextDocument.applyEdits(doc.textDocument as TextDocument, edits);
}

describe('formatting', () => {
    it('lays out clauses, indents step clauses and separates steps by one blank line', async () => {
        await formatting({
            before: 'sop a   "T"\n\n\n\nstatus draf  nomor "1"\ninstansi "A", "B"\n  pelaksana x "X"\nlangkah s1 "Satu" oleh x kelengkapan "A" , "B" waktu 5 - 10 menit\n\n\n\nkeputusan s2 "Dua"\n oleh x bersama x\n        pertanyaan "Ok?" ya ke s1 tidak ke s1\nkapsul s3 "Tiga" waktu -   ',
            after: 'sop a "T"\n\nstatus draf\nnomor "1"\ninstansi\n    "A",\n    "B"\npelaksana x "X"\n\nlangkah s1 "Satu"\n    oleh x\n    kelengkapan "A", "B"\n    waktu 5-10 menit\n\nkeputusan s2 "Dua"\n    oleh x bersama x\n    pertanyaan "Ok?"\n    ya ke s1\n    tidak ke s1\n\nkapsul s3 "Tiga"\n    waktu -\n',
        });
    });

    it('puts approver items and identity list items on their own indented lines', async () => {
        await formatting({
            before: 'sop a "T"\ndisahkan oleh jabatan "K" nama "N" nip 19750312 200112 1 002\ndasar hukum "UU 1" "UU 2"\nketerkaitan b "Lain"\ntanggal pembuatan   3   Februari   2025\n',
            after: 'sop a "T"\ndisahkan oleh\n    jabatan "K"\n    nama "N"\n    nip 19750312 200112 1 002\ndasar hukum\n    "UU 1"\n    "UU 2"\nketerkaitan\n    b\n    "Lain"\ntanggal pembuatan 3 Februari 2025\n',
        });
    });

    it('keeps comments, on their own line or trailing, with the indent of what follows', async () => {
        await formatting({
            before: '// kepala\nsop a "T"   // judul\npelaksana x "X"\n// langkah pertama\nlangkah s1 "Satu"\n// siapa\n      oleh x /* inline */ waktu 1 jam\n',
            after: '// kepala\nsop a "T" // judul\npelaksana x "X"\n\n// langkah pertama\nlangkah s1 "Satu"\n    // siapa\n    oleh x /* inline */\n    waktu 1 jam\n',
        });
    });

    it('never formats a document with syntax errors', async () => {
        const text = 'sop a "T"\nlangkah   s1 "x" oleh\n';
        assert.equal(await format(text), text);
    });

    it('is idempotent on a messy document and on the small SOP', async () => {
        for (const text of [SMALL_SOP, 'sop a "T" pelaksana x "X" langkah s "S" oleh x waktu 1 x 24 jam keputusan d "D" ya "Lengkap" ke s tidak ke s // c\n']) {
            const once = await format(text);
            assert.equal(await format(once), once);
        }
    });

    for (const file of readdirSync('examples').filter(f => f.endsWith('.sop'))) {
        it(`leaves ${file} as it is (the examples are canonical) and is idempotent on it`, async () => {
            const text = readFileSync(`examples/${file}`, 'utf8');
            const once = await format(text);
            assert.equal(once, text);
            assert.equal(await format(once), once);
        });
    }

    it('formats only the requested range', async () => {
        await formatting({
            before: 'sop a "T"\npelaksana   x "X"\npelaksana   y "Y"\n',
            range: { start: { line: 2, character: 0 }, end: { line: 2, character: 20 } },
            after: 'sop a "T"\npelaksana   x "X"\npelaksana y "Y"\n',
        });
    });

    it('indents the new line after Enter inside a step (format on type)', async () => {
        const doc = await services.parse('sop a "T"\npelaksana x "X"\nlangkah s "S"   oleh x\n\n');
        const edits = await Sop.lsp.Formatter!.formatDocumentOnType(doc, {
            textDocument: { uri: doc.uri.toString() }, position: { line: 3, character: 0 }, ch: '\n', options: { insertSpaces: true, tabSize: 4 },
        });
        const result = TextDocument.applyEdits(doc.textDocument as TextDocument, edits);
        assert.equal(result, 'sop a "T"\npelaksana x "X"\nlangkah s "S"\n    oleh x\n    \n');
        assert.deepEqual(Sop.lsp.Formatter!.formatOnTypeOptions, { firstTriggerCharacter: '\n' });
    });
});
