/**
 * The Word table header is the renderer's header cell for cell: actor groups (a three-level header),
 * the office's own column headings, the column-number row, and a WAKTU cell merged over the rows that
 * share one time (`waktu gabung`), all as real merged cells (gridSpan, vMerge). Read back with unzip,
 * then through LibreOffice (page count and text).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { before, describe, it } from 'mocha';
import { CliWorkspace } from '../../server/src/cli/cli-workspace.js';
import { exportSop } from '../../server/src/export/export-document.js';
import type { SopDocument } from '../../server/src/model/sop-document.js';
import { renderSop, type RenderedDocument } from '../../server/src/render/index.js';
import { needs, squash, tool } from '../support/external-tools.js';

const dir = mkdtempSync(path.join(tmpdir(), 'sop-docx-header-'));

/** A cell of a Word table row as the XML says it: its text, how many grid columns it spans, its vertical merge. */
interface XmlCell { text: string; span: number; vMerge?: 'restart' | 'continue' }
interface XmlRow { header: boolean; cells: XmlCell[] }

function xmlRows(tbl: string): XmlRow[] {
    return [...tbl.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map(tr => ({
        header: /<w:tblHeader\/>/.test(tr[1]),
        cells: [...tr[1].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map(tc => {
            const merge = /<w:vMerge(?: w:val="(\w+)")?\/>/.exec(tc[1]);
            return {
                text: tc[1].replace(/<w:p[ >]/g, ' $&').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim(),
                span: Number(/<w:gridSpan w:val="(\d+)"\/>/.exec(tc[1])?.[1] ?? 1),
                ...(merge ? { vMerge: merge[1] === 'restart' ? 'restart' as const : 'continue' as const } : {}),
            };
        }),
    }));
}

/** The flowchart tables of a .docx (the ones whose first row says PELAKSANA, or that continue one). */
function flowchartTables(file: string): XmlRow[][] {
    const xml = tool('unzip', '-p', file, 'word/document.xml');
    const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(m => ({ rows: xmlRows(m[0]), grid: (m[0].match(/<w:gridCol /g) ?? []).length }));
    const first = tables.findIndex(t => t.rows[0]?.cells.some(c => c.text === 'PELAKSANA'));
    assert.ok(first >= 0, 'a flowchart table');
    return tables.slice(first).map(({ rows, grid }) => {
        // Every row fills the grid exactly: a merged cell is one cell spanning columns, never a missing one.
        rows.forEach((r, i) => assert.equal(r.cells.reduce((n, c) => n + c.span, 0), grid, `row ${i} covers the ${grid} grid columns`));
        return rows;
    });
}

const texts = (row: XmlRow) => row.cells.map(c => c.text);

interface Case { model: SopDocument; rendered: RenderedDocument; file: string }

async function exportFixture(ws: CliWorkspace, fixture: string, edit: (source: string) => string = s => s, name = fixture): Promise<Case> {
    const source = edit(readFileSync(`test/fixtures/real-patterns/${fixture}.sop`, 'utf8'));
    const sop = path.join(dir, `${name}.sop`);
    writeFileSync(sop, source);
    const [doc] = await ws.load([sop]);
    assert.deepEqual((doc.diagnostics ?? []).filter(d => d.severity === 1).map(d => d.message), [], name);
    const model = ws.services.model.ModelBuilder.build(doc);
    const rendered = renderSop(model);
    const artifact = await exportSop(model, rendered, 'docx');
    const file = path.join(dir, `${name}.docx`);
    writeFileSync(file, artifact.kind === 'file' ? artifact.data : '');
    return { model, rendered, file };
}

describe('Word table header: the renderer\'s header as merged cells', function () {
    this.timeout(600_000);
    let groups: Case, headings: Case, merged: Case, groupsOnce: Case;

    before(async () => {
        const ws = new CliWorkspace('id');
        groups = await exportFixture(ws, '09-actor-groups');
        headings = await exportFixture(ws, '10-column-headings');
        merged = await exportFixture(ws, '11-merged-time');
        // Groups and column numbers together, on a table long enough for two pages, the header printed once.
        const extra = Array.from({ length: 14 }, (_, i) => `langkah tambah${i} "Memeriksa kelengkapan berkas tambahan nomor ${i + 1}" oleh ppkKirim\n    waktu 1 jam\n`).join('');
        const longer = (s: string) => s.replace('pencatatan dan pendataan "Buku agenda"', 'pencatatan dan pendataan "Buku agenda"\ntabel nomor kolom\ntabel kepala sekali')
            .replace('kapsul catatTerima', `${extra}kapsul catatTerima`);
        groupsOnce = await exportFixture(ws, '09-actor-groups', longer, 'groups-once');
    });

    it('actor groups: PELAKSANA › group › jabatan, three header rows repeated by Word', function () {
        if (!needs(this, 'unzip')) return;
        const [table] = flowchartTables(groups.file);
        const header = table.filter(r => r.header);
        assert.equal(header.length, 3);
        assert.deepEqual(header[0].cells, [
            { text: 'NO', span: 1, vMerge: 'restart' }, { text: 'KEGIATAN', span: 1, vMerge: 'restart' },
            { text: 'PELAKSANA', span: 6 }, { text: 'MUTU BAKU', span: 3 }, { text: 'KETERANGAN', span: 1, vMerge: 'restart' },
        ]);
        assert.deepEqual(header[1].cells, [
            { text: '', span: 1, vMerge: 'continue' }, { text: '', span: 1, vMerge: 'continue' },
            { text: 'Satker Penerima', span: 3 }, { text: 'Satker Pengirim', span: 3 },
            { text: 'KELENGKAPAN', span: 1, vMerge: 'restart' }, { text: 'WAKTU', span: 1, vMerge: 'restart' }, { text: 'OUTPUT', span: 1, vMerge: 'restart' },
            { text: '', span: 1, vMerge: 'continue' },
        ]);
        assert.deepEqual(texts(header[2]), ['', '', 'Kepala Satker', 'PPK', 'Operator BMN', 'Kepala Satker', 'PPK', 'Operator BMN', '', '', '', '']);
        assert.deepEqual(header[2].cells.map(c => c.vMerge), ['continue', 'continue', undefined, undefined, undefined, undefined, undefined, undefined, 'continue', 'continue', 'continue', 'continue']);
        // The first body row follows the header.
        assert.equal(table[3].cells[0].text, '1');
    });

    it('an actor outside every group spans the group row and the jabatan row', async function () {
        if (!needs(this, 'unzip')) return;
        const ws = new CliWorkspace('id');
        const c = await exportFixture(ws, '09-actor-groups', s => s.replace('kelompok penerima "Satker Penerima"\n', 'pelaksana sekretaris "Sekretaris"\nkelompok penerima "Satker Penerima"\n')
            .replace('kapsul catatTerima', 'langkah arsip "Mengarsipkan berita acara" oleh sekretaris\n    waktu 1 jam\nkapsul catatTerima'), 'ungrouped');
        const [table] = flowchartTables(c.file);
        const [top, mid, low] = table.filter(r => r.header);
        assert.deepEqual(top.cells[2], { text: 'PELAKSANA', span: 7 });
        assert.deepEqual(mid.cells.slice(2, 5), [{ text: 'Sekretaris', span: 1, vMerge: 'restart' }, { text: 'Satker Penerima', span: 3 }, { text: 'Satker Pengirim', span: 3 }]);
        assert.deepEqual(low.cells[2], { text: '', span: 1, vMerge: 'continue' });
        assert.equal(low.cells[3].text, 'Kepala Satker');
    });

    it('the office\'s headings and the column-number row (1) … (n) under them, part of the repeated header', function () {
        if (!needs(this, 'unzip')) return;
        const [table] = flowchartTables(headings.file);
        const header = table.filter(r => r.header);
        assert.equal(header.length, 3);
        assert.deepEqual(texts(header[0]), ['NO', 'Uraian', 'PELAKSANA', 'MUTU BAKU', 'Ket.']);
        assert.deepEqual(texts(header[1]), ['', '', 'Pemohon', 'Petugas Front Office', 'Persyaratan/Kelengkapan', 'WAKTU', 'OUTPUT', '']);
        assert.deepEqual(texts(header[2]), Array.from({ length: 8 }, (_, i) => `(${i + 1})`));
        assert.ok(header[2].cells.every(c => c.span === 1 && c.vMerge === undefined));
    });

    it('waktu gabung: one WAKTU cell merged down the rows that share it', function () {
        if (!needs(this, 'unzip')) return;
        const [table] = flowchartTables(merged.file);
        const body = table.filter(r => !r.header);
        const waktu = body.map(r => r.cells[r.cells.length - 3]);
        assert.deepEqual(waktu, [
            { text: '1 hari kerja', span: 1 },
            { text: '2 hari kerja', span: 1, vMerge: 'restart' },
            { text: '', span: 1, vMerge: 'continue' },
            { text: '1 hari kerja', span: 1 },
        ]);
    });

    it('header printed once: the groups and numbers on the first table page only; later tables start with a body row', function () {
        if (!needs(this, 'unzip')) return;
        const pages = groupsOnce.rendered.layout.pages.filter(p => p.table);
        assert.ok(pages.length >= 2, 'the table runs over two pages');
        const tables = flowchartTables(groupsOnce.file);
        assert.equal(tables.length, pages.length);
        assert.equal(tables[0].filter(r => r.header).length, 4);
        assert.deepEqual(texts(tables[0][3]), Array.from({ length: 12 }, (_, i) => `(${i + 1})`));
        for (const t of tables.slice(1)) {
            assert.equal(t.filter(r => r.header).length, 0);
            assert.match(t[0].cells[0].text, /^\d+$/);
        }
    });

    it('LibreOffice: as many pages as the renderer, the group headings and column numbers printed', function () {
        if (!needs(this, 'soffice', 'pdfinfo', 'pdftotext')) return;
        const cases = { groups, headings, merged, groupsOnce };
        const out = path.join(dir, 'lo');
        tool('soffice', '--headless', '--convert-to', 'pdf', '--outdir', out, ...Object.values(cases).map(c => c.file));
        for (const [name, c] of Object.entries(cases)) {
            const pdf = path.join(out, path.basename(c.file).replace(/\.docx$/, '.pdf'));
            assert.equal(Number(/Pages:\s+(\d+)/.exec(tool('pdfinfo', pdf))![1]), c.rendered.pages.length, name);
        }
        const text = (c: Case) => squash(tool('pdftotext', '-layout', path.join(out, path.basename(c.file).replace(/\.docx$/, '.pdf')), '-'));
        assert.ok(text(groups).includes(squash('Satker Penerima')) && text(groups).includes(squash('Satker Pengirim')));
        assert.ok(text(headings).includes(squash('(8)')) && text(headings).includes(squash('Persyaratan/Kelengkapan')));
    });
});
