import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'mocha';
import type { SopDocument } from '../../server/src/model/sop-document.js';
import { renderSop } from '../../server/src/render/index.js';
import { createTestServices } from '../support/sop-test-services.js';
import { labelProblems, problems } from './render-checks.js';

/**
 * The patterns real, signed SOP-AP documents draw (issue 9): each fixture under
 * test/fixtures/real-patterns/ writes one or two of them. Each must check clean (no error,
 * warning or info), build the model the drawing shows, and render.
 */
const dir = path.resolve('test/fixtures/real-patterns');
const files = readdirSync(dir).filter(f => f.endsWith('.sop')).sort();
const { validate, Sop } = createTestServices();

const loaded = new Map<string, SopDocument>();

/** Each fixture is loaded once: a second copy in the workspace would be a duplicate NOMOR SOP. */
async function load(name: string): Promise<SopDocument> {
    const cached = loaded.get(name);
    if (cached) return cached;
    const doc = await validate(readFileSync(path.join(dir, name), 'utf8'));
    const problems = (doc.diagnostics ?? []).filter(d => (d.severity ?? 1) <= 3)
        .map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${String(d.code)} ${d.message}`);
    assert.deepEqual(problems, [], name);
    const model = Sop.model.ModelBuilder.build(doc);
    loaded.set(name, model);
    return model;
}

const step = (doc: SopDocument, id: string) => {
    const found = doc.steps.find(s => s.id === id);
    assert.ok(found, `step ${id}`);
    return found;
};
const kinds = (doc: SopDocument, id: string) => step(doc, id).symbols.map(y => `${y.actor}:${y.kind}`);
const edge = (doc: SopDocument, from: string, to: string) => doc.edges.find(e => e.fromSymbol === from && e.toSymbol === to);

describe('real documents: every pattern checks clean and builds its drawing', () => {
    it('has a fixture for each group of patterns', () => assert.ok(files.length >= 12, files.join()));

    it('1: several symbols of different kinds in one row, with arrows inside the row', async () => {
        const doc = await load('01-symbols-in-row.sop');
        assert.deepEqual(kinds(doc, 'pendataan'), ['kepala:terminator', 'ketua:process', 'anggota:process']);
        assert.ok(edge(doc, 'pendataan.kepala', 'pendataan.ketua'));
        assert.ok(edge(doc, 'pendataan.ketua', 'pendataan.anggota'));
        assert.deepEqual(kinds(doc, 'periksa'), ['ketua:process', 'kepala:decision']);
        assert.deepEqual(kinds(doc, 'arsip'), ['anggota:process', 'kepala:terminator']);
        assert.ok(step(doc, 'arsip').symbols[1].isEnd);
    });

    it('2: several starts with their own text, joining later', async () => {
        const doc = await load('02-several-starts.sop');
        const starts = doc.steps[0].symbols.filter(y => y.isStart);
        assert.deepEqual(starts.map(y => y.text), ['Langsung ke Kantor', 'Via Email']);
        assert.ok(edge(doc, 'terima.resepsionis', 'catat.admin'));
        assert.ok(edge(doc, 'terima.admin', 'catat.admin'));
    });

    it('3: several ends in the last row, and a box that ends a branch', async () => {
        const doc = await load('03-several-ends.sop');
        assert.equal(step(doc, 'terbit').symbols.filter(y => y.isEnd).length, 3);
        assert.ok(step(doc, 'tolak').symbols[0].isEnd);
        assert.ok(!doc.edges.some(e => e.fromSymbol === 'tolak.petugas'));
    });

    it('4: branches to one symbol of a row, and a loop back to the other symbol of the same row', async () => {
        const doc = await load('04-branch-to-symbol.sop');
        assert.equal(edge(doc, 'jenis.kabag', 'tindak.timTeknis')?.label, 'Teknis');
        assert.equal(edge(doc, 'jenis.kabag', 'tindak.umum')?.label, 'Administratif');
        assert.equal(edge(doc, 'koreksi.kabag', 'koreksi.umum')?.kind, 'no');
    });

    it('5: two decisions in one row, and a decision exit through a box of the row', async () => {
        const doc = await load('05-two-decisions.sop');
        assert.deepEqual(kinds(doc, 'verifikasi'), ['admin:decision', 'teknis:decision']);
        assert.equal(doc.edges.filter(e => e.fromSymbol === 'verifikasi.admin').length, 2);
        assert.equal(doc.edges.filter(e => e.fromSymbol === 'verifikasi.teknis').length, 2);
        assert.ok(edge(doc, 'telaah.kasi', 'telaah.teknis'));
        assert.ok(edge(doc, 'telaah.teknis', 'selesaikan.kasi')?.implicit);
    });

    it('6: fan-out and fan-in', async () => {
        const doc = await load('06-fan-out.sop');
        assert.equal(doc.edges.filter(e => e.fromSymbol === 'bagi.sekretaris').length, 2);
        assert.equal(doc.edges.filter(e => e.toSymbol === 'rekap.sekretaris').length, 2);
    });

    it('7: text inside terminators and diamonds, and empty diamonds', async () => {
        const doc = await load('07-text-in-shapes.sop');
        assert.equal(step(doc, 'ajukan').symbols[0].text, 'Mulai');
        assert.equal(step(doc, 'periksa').symbols[0].text, 'Cukup?');
        assert.equal(step(doc, 'setuju').symbols[0].text, undefined);
    });

    it('8: Y/T, custom and unlabelled exits', async () => {
        const doc = await load('08-branch-labels.sop');
        assert.deepEqual(doc.edges.filter(e => e.from === 2).map(e => e.label), ['Y', 'T']);
        assert.deepEqual(doc.edges.filter(e => e.from === 3).map(e => [e.kind, e.label]), [['branch', 'Berjalan Normal'], ['next', undefined]]);
    });

    it('9: actor groups, the same jabatan under two groups', async () => {
        const doc = await load('09-actor-groups.sop');
        assert.deepEqual(doc.actorGroups.map(g => [g.label, g.actors.length]), [['Satker Penerima', 3], ['Satker Pengirim', 3]]);
        assert.equal(doc.actors.filter(a => a.label === 'PPK').length, 2);
        assert.deepEqual(kinds(doc, 'bast'), ['ppkKirim:process', 'ppkTerima:process']);
        assert.equal(step(doc, 'bast').symbols[1].role, 'joined');
    });

    it('10: column headings as printed and the column-number row', async () => {
        const doc = await load('10-column-headings.sop');
        assert.deepEqual(doc.table.headings, { activity: 'Uraian', requirements: 'Persyaratan/Kelengkapan', notes: 'Ket.' });
        assert.equal(doc.table.columnNumbers, true);
    });

    it('11: a WAKTU cell merged over two rows', async () => {
        const doc = await load('11-merged-time.sop');
        assert.equal(step(doc, 'label').quality.durationMerged, true);
        assert.equal(step(doc, 'label').quality.duration, undefined);
    });

    it('12: cell text as printed, an electronic signature without NIP, an empty list', async () => {
        const doc = await load('12-cell-text.sop');
        assert.deepEqual(step(doc, 'ajukan').quality.requirements, ['1. Surat permintaan', '2. Identitas pemohon']);
        assert.equal(step(doc, 'ajukan').notes[0], 'Permintaan lewat *email*\nditanggapi pada hari kerja');
        assert.equal(step(doc, 'siapkan').quality.output, 'Data siap\n*File* hasil *scanning*');
        assert.equal(doc.identity.approver?.electronic, true);
        assert.deepEqual(doc.identity.relatedSops, []);
        assert.equal(doc.title, 'Pelayanan Permintaan Data Statistik');
    });

    it('every fixture renders, its drawing checked: arrows, shapes, branch labels clear of other arrows', async () => {
        for (const name of files) {
            const doc = await load(name);
            const result = renderSop(doc);
            assert.ok(result.pages.length > 0, name);
            assert.deepEqual([...problems(doc, result), ...labelProblems(result)], [], name);
        }
    });
});
