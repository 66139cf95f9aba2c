import assert from 'node:assert/strict';
import { expectCompletion, expectFormatting } from 'langium/test';
import { describe, it } from 'mocha';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createTestServices } from '../support/sop-test-services.js';

/** Editor features on symbols in actor cells: `sel <actor>` and `<step>.<actor>` references. */
const services = createTestServices();
const { Sop } = services;

const HEAD = 'sop a "T"\npelaksana kepala "Kepala"\npelaksana ketua "Ketua"\npelaksana anggota "Anggota"\n';
const ROWS = HEAD + 'langkah data "Mendata"\n    sel kepala kapsul\n        lanjut ke data.ketua\n    sel ketua proses\n'
    + 'keputusan cek "Memeriksa" oleh anggota\n    ya ke data.ketua\n    tidak ke data\n';

describe('symbols in actor cells: editor features', () => {
    it('completes the actor part of <step>.<actor> with the actors that have a symbol in that row', async () => {
        await expectCompletion(Sop)({
            text: `${HEAD}langkah data "Mendata"\n    sel kepala kapsul\n    sel ketua proses\nkeputusan cek "C" oleh anggota\n    ya ke data.<|>`,
            index: 0,
            assert: list => assert.deepEqual(list.items.map(i => i.label).sort(), ['kepala', 'ketua']),
        });
    });

    it('goes from the actor part of a symbol reference to the symbol\'s clause in its row', async () => {
        const doc = await services.validate(ROWS);
        const line = ROWS.split('\n').findIndex(l => l.includes('ya ke data.ketua'));
        const links = await Sop.lsp.DefinitionProvider!.getDefinition(doc, {
            textDocument: { uri: doc.uri.toString() }, position: { line, character: '    ya ke data.k'.length },
        });
        const cellLine = ROWS.split('\n').findIndex(l => l.includes('sel ketua'));
        assert.equal(links?.[0].targetSelectionRange.start.line, cellLine);
        assert.equal(links?.[0].originSelectionRange?.start.character, '    ya ke data.'.length);
    });

    it('renames an actor and a step inside symbol references', async () => {
        const doc = await services.validate(ROWS);
        const rename = async (line: number, character: number, newName: string) => {
            const edit = await Sop.lsp.RenameProvider!.rename(doc, { textDocument: { uri: doc.uri.toString() }, position: { line, character }, newName });
            return TextDocument.applyEdits(doc.textDocument as TextDocument, edit?.changes?.[doc.uri.toString()] ?? []);
        };
        assert.equal(await rename(2, 12, 'ketuaTim'), ROWS.replace(/\bketua\b/g, 'ketuaTim').replace('"Ketua"', '"Ketua"'));
        const dataLine = ROWS.split('\n').findIndex(l => l.startsWith('langkah data'));
        assert.equal(await rename(dataLine, 9, 'pendataan'), ROWS.replace(/\bdata\b/g, 'pendataan'));
    });

    it('formats cells with their flow clauses one level deeper and keeps `<step>.<actor>` together', async () => {
        await expectFormatting(Sop)({
            before: `${HEAD}langkah data "Mendata" sel kepala kapsul "Mulai" lanjut ke data . ketua sel ketua proses halaman baru\n`,
            after: `${HEAD}\nlangkah data "Mendata"\n    sel kepala kapsul "Mulai"\n        lanjut ke data.ketua\n    sel ketua proses\n    halaman baru\n`,
        });
    });

    it('lists the cells of a step under it in the outline', async () => {
        const doc = await services.validate(ROWS);
        const [sop] = await Sop.lsp.DocumentSymbolProvider!.getSymbols(doc, { textDocument: { uri: doc.uri.toString() } });
        const data = sop.children?.find(c => c.name === '1. Mendata');
        assert.deepEqual(data?.children?.map(c => c.name), ['kepala: kapsul', 'ketua: proses']);
    });

    it('reports a reference to a column where the row has no symbol', async () => {
        const doc = await services.validate(`${ROWS}kapsul akhir "Selesai" oleh kepala\n    lanjut ke data.anggota\n`);
        const messages = (doc.diagnostics ?? []).filter(d => d.code === 'unresolved-symbol').map(d => d.message);
        assert.equal(messages.length, 1, messages.join());
        assert.match(String(messages[0]), /data.*anggota|anggota.*data/);
    });
});
