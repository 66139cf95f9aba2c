import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { URI } from 'langium';
import { after, before, describe, it } from 'mocha';
import type {
    CodeLens, CompletionList, DocumentSymbol, Hover, InlayHint, Location, LocationLink, SemanticTokens, TextEdit, WorkspaceEdit
} from 'vscode-languageserver-protocol';
import { TimeSummaryRequest } from '../../server/src/protocol/sop-protocol.js';
import { TestLspClient } from './lsp-client.js';

const RELATED = 'sop pengaduan "PENANGANAN PENGADUAN"\npelaksana petugas "Petugas"\nkapsul terima "Menerima pengaduan" oleh petugas\n';
const MAIN = [
    'sop izin "IZIN REKLAME"',
    'keterkaitan',
    '    pengaduan',
    'pelaksana admin "Petugas Front Office"',
    'pelaksana kabid "Kepala Bidang"',
    '',
    'kapsul ajukan "Mengajukan permohonan"',
    '    oleh admin',
    '    waktu 15 menit',
    '',
    'keputusan periksa "Memeriksa berkas"',
    '    oleh kabid',
    '    waktu 2 hari kerja',
    '    ya ke terbit',
    '    tidak ke ajukan',
    '',
    'kapsul terbit "Menerbitkan izin"',
    '    oleh admin',
    '    waktu 1 jam',
    '',
].join('\n');

describe('editor features over the protocol', () => {
    const workspace = mkdtempSync(path.join(tmpdir(), 'sop-features-'));
    const relatedUri = URI.file(path.join(workspace, 'pengaduan.sop')).toString();
    const uri = URI.file(path.join(workspace, 'izin.sop')).toString();
    const doc = { textDocument: { uri } };
    let client: TestLspClient;
    const request = <R>(method: string, params: object) => client.connection.sendRequest<R>(method, params);

    before(async () => {
        writeFileSync(path.join(workspace, 'pengaduan.sop'), RELATED);
        writeFileSync(path.join(workspace, 'izin.sop'), MAIN);
        client = new TestLspClient();
        await client.initialize(URI.file(workspace).toString(), 'id');
        await client.open(uri, MAIN);
        await client.waitForDiagnostics(uri);
    });

    after(() => client.shutdown());

    it('completion: actors with their jabatan after `oleh`', async () => {
        const list = await request<CompletionList>('textDocument/completion', { ...doc, position: { line: 7, character: 9 } });
        assert.deepEqual(list.items.map(i => `${i.label}:${i.detail}`), ['admin:Petugas Front Office', 'kabid:Kepala Bidang']);
    });

    it('hover: a step reference shows its row number and kegiatan', async () => {
        const hover = await request<Hover>('textDocument/hover', { ...doc, position: { line: 13, character: 12 } });
        assert.match((hover.contents as { value: string }).value, /No\. 3\*\* — Menerbitkan izin/);
    });

    it('definition: keterkaitan goes to the SOP in the other file', async () => {
        const result = await request<Array<Location | LocationLink>>('textDocument/definition', { ...doc, position: { line: 2, character: 6 } });
        const target = result[0];
        assert.equal('targetUri' in target ? target.targetUri : target.uri, relatedUri);
    });

    it('references: every use of an actor', async () => {
        const refs = await request<Location[]>('textDocument/references', { ...doc, position: { line: 3, character: 11 }, context: { includeDeclaration: true } });
        assert.deepEqual(refs.map(r => r.range.start.line).sort((a, b) => a - b), [3, 7, 17]);
    });

    it('rename: an SOP in both files', async () => {
        const edit = await request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: relatedUri }, position: { line: 0, character: 6 }, newName: 'keluhan' });
        assert.deepEqual(Object.keys(edit.changes ?? {}).sort(), [uri, relatedUri].sort());
        assert.equal(edit.changes![uri][0].newText, 'keluhan');
    });

    it('documentSymbol: numbered steps under the SOP', async () => {
        const symbols = await request<DocumentSymbol[]>('textDocument/documentSymbol', doc);
        assert.deepEqual(symbols[0].children?.filter(s => /^\d+\./.test(s.name)).map(s => s.name),
            ['1. Mengajukan permohonan', '2. Memeriksa berkas', '3. Menerbitkan izin']);
    });

    it('formatting: the canonical file needs no edit, a messy one does', async () => {
        const none = await request<TextEdit[]>('textDocument/formatting', { ...doc, options: { tabSize: 4, insertSpaces: true } });
        assert.deepEqual(none, []);
        const messyUri = URI.file(path.join(workspace, 'messy.sop')).toString();
        await client.open(messyUri, 'sop messy "M"\npelaksana a "A"\nlangkah s "S"   oleh a\n');
        await client.waitForDiagnostics(messyUri);
        const edits = await request<TextEdit[]>('textDocument/formatting', { textDocument: { uri: messyUri }, options: { tabSize: 4, insertSpaces: true } });
        assert.deepEqual(edits.map(e => e.newText), ['\n\n', '\n    ']);
    });

    it('semanticTokens: actors, steps, decisions and units are marked', async () => {
        const tokens = await request<SemanticTokens>('textDocument/semanticTokens/full', doc);
        assert.ok(tokens.data.length >= 5 * 12, `got ${tokens.data.length / 5} tokens`);
    });

    it('codeLens and the sop/timeSummary request agree on the main path', async () => {
        const lenses = await request<CodeLens[]>('textDocument/codeLens', doc);
        assert.equal(lenses.length, 1);
        assert.equal(lenses[0].command?.title, '3 kegiatan · 2 pelaksana · 1 keputusan · waktu jalur utama: 1 jam 15 menit + 2 hari kerja');
        const summary = await client.connection.sendRequest(TimeSummaryRequest, { uri });
        assert.equal(summary.status, 'ok');
        if (summary.status === 'ok') assert.deepEqual(summary.summary.mainPath, [1, 2, 3]);
    });

    it('inlayHint: row numbers after step names', async () => {
        const hints = await request<InlayHint[]>('textDocument/inlayHint', { ...doc, range: { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } } });
        assert.deepEqual(hints.map(h => `${h.position.line}:${h.label}`), ['6:No. 1', '10:No. 2', '16:No. 3']);
    });
});
