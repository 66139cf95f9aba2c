import assert from 'node:assert/strict';
import type { LangiumDocument } from 'langium';
import { describe, it } from 'mocha';
import { ResponseError, type WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createTestServices } from '../support/sop-test-services.js';

const services = createTestServices();
const { Sop } = services;

async function rename(doc: LangiumDocument, line: number, character: number, newName: string): Promise<WorkspaceEdit | undefined> {
    return Sop.lsp.RenameProvider!.rename(doc, { textDocument: { uri: doc.uri.toString() }, position: { line, character }, newName });
}

function apply(doc: LangiumDocument, edit: WorkspaceEdit | undefined): string {
    return TextDocument.applyEdits(doc.textDocument as TextDocument, edit?.changes?.[doc.uri.toString()] ?? []);
}

const TEXT = 'sop a "T"\npelaksana admin "Admin"\nlangkah s1 "S" oleh admin\nkeputusan d "D" oleh admin bersama admin\n    ya ke s1\n    tidak ke s1\nlangkah s2 "S2" lanjut ke s1\n';

describe('rename', () => {
    it('renames an actor at its declaration and every reference', async () => {
        const doc = await services.validate(TEXT);
        const result = apply(doc, await rename(doc, 1, 12, 'petugas'));
        assert.equal(result, TEXT.replace(/admin /g, 'petugas ').replace(/admin\n/g, 'petugas\n'));
        assert.ok(!result.includes('admin'));
        const range = await Sop.lsp.RenameProvider!.prepareRename(doc, { textDocument: { uri: doc.uri.toString() }, position: { line: 1, character: 12 } });
        assert.deepEqual(range, { start: { line: 1, character: 10 }, end: { line: 1, character: 15 } });
    });

    it('renames a step from a reference, updating branches and lanjut', async () => {
        const doc = await services.validate(TEXT);
        const result = apply(doc, await rename(doc, 4, 11, 'terima'));
        assert.equal(result, TEXT.replace(/\bs1\b/g, 'terima'));
    });

    it('renames an SOP in every file that relates to it', async () => {
        const target = await services.validate('sop pengaduan "PENGADUAN"\n', 'file:///rename/pengaduan.sop');
        const other = await services.validate('sop izin "IZIN"\nketerkaitan pengaduan, "Teks"\n', 'file:///rename/izin.sop');
        const edit = await rename(target, 0, 6, 'keluhan');
        assert.equal(apply(target, edit), 'sop keluhan "PENGADUAN"\n');
        assert.equal(apply(other, edit), 'sop izin "IZIN"\nketerkaitan keluhan, "Teks"\n');
    });

    it('accepts a soft keyword as a new actor name, refuses keywords, bad names and clashes', async () => {
        const doc = await services.validate(TEXT);
        assert.match(apply(doc, await rename(doc, 1, 12, 'nama')), /pelaksana nama "Admin"/);
        for (const [name, message] of [['langkah', /kata kunci/], ['dua kata', /tidak sah/], ['1abc', /tidak sah/], ['d', /sudah dipakai/]] as const) {
            const target = name === 'd' ? [2, 9] : [1, 12];
            await assert.rejects(rename(doc, target[0], target[1], name), (e: unknown) => e instanceof ResponseError && message.test(e.message));
        }
    });
});
