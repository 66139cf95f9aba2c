import assert from 'node:assert/strict';
import { expectFindReferences, expectFoldings, expectGoToDefinition, expectHighlight, expectSymbols, expectWorkspaceSymbols } from 'langium/test';
import { describe, it } from 'mocha';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { createTestServices } from '../support/sop-test-services.js';

const services = createTestServices();
const { Sop, shared } = services;

const TEXT = 'sop a "SURAT"\nnomor "1"\ninstansi\n    "PEMDA"\npelaksana <|admin|> "Admin"\n'
    + 'langkah <|terima|> "Menerima surat" oleh <|>admin\n    waktu 5 menit\n'
    + 'keputusan periksa "Memeriksa surat" oleh <|>admin\n    ya ke <|>terima\n    tidak ke terima\n';

describe('navigation', () => {
    it('goes to the definition of an actor and of a step', async () => {
        await expectGoToDefinition(Sop)({ text: TEXT, index: 0, rangeIndex: 0 });
        await expectGoToDefinition(Sop)({ text: TEXT, index: 2, rangeIndex: 1 });
    });

    it('goes to the definition of an SOP in another file (keterkaitan)', async () => {
        await services.validate('sop pengaduan "PENGADUAN"\n', 'file:///nav/pengaduan.sop');
        const doc = await services.validate('sop izin "IZIN"\nketerkaitan pengaduan\n', 'file:///nav/izin.sop');
        const links = await Sop.lsp.DefinitionProvider!.getDefinition(doc, {
            textDocument: { uri: doc.uri.toString() }, position: { line: 1, character: 14 },
        });
        assert.equal(links?.[0].targetUri, 'file:///nav/pengaduan.sop');
        assert.equal(links?.[0].targetSelectionRange.start.line, 0);
    });

    it('finds every reference to an actor, with the declaration', async () => {
        await expectFindReferences(Sop)({
            text: 'sop a "T"\npelaksana <|<|>admin|> "A"\nlangkah s "S" oleh <|admin|>\nlangkah t "T" oleh <|admin|> bersama <|admin|>\n',
            includeDeclaration: true,
        });
    });

    it('finds the references to an SOP across files', async () => {
        const doc = await services.validate('sop dicari "DICARI"\n', 'file:///refs/dicari.sop');
        await services.validate('sop lain "LAIN"\nketerkaitan dicari\n', 'file:///refs/lain.sop');
        const refs = await Sop.lsp.ReferencesProvider!.findReferences(doc, {
            textDocument: { uri: doc.uri.toString() }, position: { line: 0, character: 5 }, context: { includeDeclaration: false },
        });
        assert.deepEqual(refs.map(r => `${r.uri}:${r.range.start.line}:${r.range.start.character}`), ['file:///refs/lain.sop:1:12']);
    });

    it('highlights a step and its references', async () => {
        await expectHighlight(Sop)({
            text: 'sop a "T"\nlangkah <|<|>s1|> "S"\nkeputusan d "D"\n    ya ke <|s1|>\n    tidak ke <|s1|>\n', index: 0, rangeIndex: [0, 1, 2],
        });
    });

    it('outlines identity, actors and numbered steps', async () => {
        await expectSymbols(Sop)({
            text: TEXT.replace(/<\|>|<\||\|>/g, ''),
            assert: (symbols: DocumentSymbol[]) => {
                assert.equal(symbols.length, 1);
                const [sop] = symbols;
                assert.equal(sop.name, 'a');
                assert.equal(sop.kind, SymbolKind.Module);
                const children = sop.children ?? [];
                assert.deepEqual(children.map(c => c.name), ['Identitas', 'admin', '1. Menerima surat', '2. Memeriksa surat']);
                assert.deepEqual(children[0].children?.map(c => c.name), ['nomor "1"', 'instansi']);
                assert.equal(children[1].detail, 'Admin');
                assert.equal(children[3].kind, SymbolKind.Enum);
            },
        });
    });

    it('lists SOPs, actors and steps of the whole workspace as workspace symbols', async () => {
        await services.validate('sop wsA "A"\npelaksana kabid "Kepala Bidang"\nlangkah verifikasi "Memverifikasi"\n', 'file:///ws-sym/a.sop');
        await services.validate('sop wsB "B"\nlangkah verifikasi "Memverifikasi ulang"\n', 'file:///ws-sym/b.sop');
        await expectWorkspaceSymbols(shared)({
            query: 'verifikasi',
            assert: symbols => {
                const found = symbols.filter(s => s.location.uri.startsWith('file:///ws-sym/')).map(s => `${s.containerName}.${s.name}`).sort();
                assert.deepEqual(found, ['wsA.verifikasi — 1. Memverifikasi', 'wsB.verifikasi — 1. Memverifikasi ulang']);
            },
        });
        await expectWorkspaceSymbols(shared)({
            query: 'wsA.kab',
            assert: symbols => assert.deepEqual(symbols.map(s => s.name), ['kabid — Kepala Bidang']),
        });
    });

    it('folds the identity block, multi-line fields and each step', async () => {
        await expectFoldings(Sop)({
            text: 'sop a "T"\n<|nomor "1"\n<|instansi\n    "A"\n    "B"|>|>\n<|langkah s "S"\n    oleh x\n    waktu 1 jam|>\nlangkah t "T"\n',
        });
    });
});
