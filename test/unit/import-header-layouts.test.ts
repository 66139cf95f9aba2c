import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { buildDraft } from '../../server/src/import/draft-builder.js';
import type { GridCell, GridTable } from '../../server/src/import/import-types.js';

/**
 * Header and identity-sheet layouts that signed SOP-APs use besides the Permenpan template: the
 * activity column headed AKTIVITAS, the actors without a PELAKSANA heading (or under an empty one),
 * the identity fields written as labelled lines in one cell, and the identity sheet ruled as one
 * table with the flowchart. Tables as a PDF page gives them; the texts are made up.
 */
const cell = (row: number, col: number, text: string, colSpan = 1, rowSpan = 1): GridCell => ({ row, col, rowSpan, colSpan, text });
const body = (row: number, no: string, activity: string): GridCell[] => [
    cell(row, 0, no), cell(row, 1, activity), cell(row, 2, ''), cell(row, 3, ''), cell(row, 4, 'Formulir'), cell(row, 5, '5 menit'), cell(row, 6, 'Berkas'), cell(row, 7, ''),
];
const table = (cells: GridCell[]): GridTable => ({
    cells, pageStarts: [], arrows: [{ from: 's1', to: 's2' }],
    symbols: [{ id: 's1', row: cells[cells.length - 9].row, col: 2, kind: 'terminator' }, { id: 's2', row: cells[cells.length - 1].row, col: 3, kind: 'terminator' }],
});
const rows = (top: number) => [...body(top, '1', 'Menerima berkas'), ...body(top + 1, '2', 'Menyimpan berkas')];
const read = (t: GridTable) => {
    const d = buildDraft({ format: 'pdf', notes: [], tables: [t] });
    return { actors: d.actors.map(a => a.label), rows: d.rows.map(r => r.activity), symbols: d.rows.map(r => r.symbols.map(s => s.actor)), arrows: d.arrows.length, requirements: d.rows[0]?.requirements };
};
const WANT = { actors: ['Petugas', 'Kepala'], rows: ['Menerima berkas', 'Menyimpan berkas'], symbols: [[0], [1]], arrows: 1, requirements: ['Formulir'] };

describe('sop import: header layouts besides the template', () => {
    it('the activity column headed AKTIVITAS', () => {
        assert.deepEqual(read(table([
            cell(0, 0, 'NO', 1, 2), cell(0, 1, 'AKTIVITAS', 1, 2), cell(0, 2, 'PELAKSANA', 2), cell(0, 4, 'MUTU BAKU', 3), cell(0, 7, 'KET.', 1, 2),
            cell(1, 2, 'Petugas'), cell(1, 3, 'Kepala'), cell(1, 4, 'KELENGKAPAN'), cell(1, 5, 'WAKTU'), cell(1, 6, 'OUTPUT'),
            ...rows(2),
        ])), WANT);
    });

    it('the actors named in the top row, without a PELAKSANA heading, and a column-number row', () => {
        assert.deepEqual(read(table([
            cell(0, 0, 'No.', 1, 2), cell(0, 1, 'Aktivitas/Kegiatan', 1, 2), cell(0, 2, 'Petugas', 1, 2), cell(0, 3, 'Kepala', 1, 2), cell(0, 4, 'Kelengkapan', 1, 2),
            cell(0, 5, 'Mutu Baku', 2), cell(0, 7, 'Keterangan', 1, 2), cell(1, 5, 'Waktu'), cell(1, 6, 'Output'),
            ...['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)'].map((t, c) => cell(2, c, t)),
            ...rows(3),
        ])), WANT);
    });

    it('the actors under an empty cell where PELAKSANA would stand', () => {
        assert.deepEqual(read(table([
            cell(0, 0, 'No', 1, 2), cell(0, 1, 'Kegiatan', 1, 2), cell(0, 2, '', 2), cell(0, 4, 'Mutu Baku', 3), cell(0, 7, 'Keterangan', 1, 2),
            cell(1, 2, 'Petugas'), cell(1, 3, 'Kepala'), cell(1, 4, 'Kelengkapan'), cell(1, 5, 'Waktu'), cell(1, 6, 'Output'),
            ...rows(2),
        ])), WANT);
    });

    it('a table with an activity heading and no mutu baku columns is not a flowchart', () => {
        const d = buildDraft({ format: 'pdf', notes: [], tables: [{ cells: [cell(0, 0, 'No'), cell(0, 1, 'Kegiatan'), cell(0, 2, 'Tanggal'), ...body(1, '1', 'Rapat').slice(0, 3)], symbols: [], arrows: [], pageStarts: [] }] });
        assert.equal(d.rows.length, 0);
    });
});

describe('sop import: identity sheet layouts', () => {
    const sheet = [
        cell(0, 0, 'DINAS CONTOH\nBIDANG UMUM', 1, 2),
        cell(0, 1, 'Nomor SOP : 800/01/2025\nTanggal Pembuatan : 2 Januari 2024\nTanggal Revisi : -\nTanggal Efektif : 10 Januari 2025\nDisahkan oleh : Kepala Dinas Contoh\nAnwar Sadat'),
        cell(1, 1, 'Nama SOP : PENERIMAAN BERKAS'),
        cell(2, 0, 'Dasar Hukum:\n1. Peraturan Daerah Nomor 1 Tahun 2020'), cell(2, 1, 'Peringatan:\nBerkas hilang'),
    ];

    it('labelled lines in one cell are read one field each; a value over two lines stays whole', () => {
        const d = buildDraft({ format: 'pdf', notes: [], tables: [{ cells: sheet, symbols: [], arrows: [], pageStarts: [] }] });
        const id = d.identity;
        assert.deepEqual([id.number, id.createdOn, id.revisedOn, id.effectiveOn, id.approverPosition, id.approverName, id.title],
            ['800/01/2025', '2 Januari 2024', '-', '10 Januari 2025', 'Kepala Dinas Contoh', 'Anwar Sadat', 'PENERIMAAN BERKAS']);
        assert.deepEqual([id.institution, id.lists.legalBasis, id.lists.warnings], [['DINAS CONTOH', 'BIDANG UMUM'], ['Peraturan Daerah Nomor 1 Tahun 2020'], ['Berkas hilang']]);
    });

    it('an identity sheet ruled as one table with the flowchart below it gives both', () => {
        // The sheet's two columns meet the flowchart's column rules: one grid of 8 columns.
        const wide = sheet.map(c => ({ ...c, col: c.col === 0 ? 0 : 4, colSpan: c.col === 0 ? 4 : 4 }));
        const t = table([
            ...wide,
            cell(3, 0, 'No', 1, 2), cell(3, 1, 'Kegiatan', 1, 2), cell(3, 2, 'Pelaksana', 2), cell(3, 4, 'Mutu Baku', 3), cell(3, 7, 'Keterangan', 1, 2),
            cell(4, 2, 'Petugas'), cell(4, 3, 'Kepala'), cell(4, 4, 'Kelengkapan'), cell(4, 5, 'Waktu'), cell(4, 6, 'Output'),
            ...rows(5),
        ]);
        const d = buildDraft({ format: 'pdf', notes: [], tables: [t] });
        assert.deepEqual([d.identity.number, d.identity.title, d.identity.institution], ['800/01/2025', 'PENERIMAAN BERKAS', ['DINAS CONTOH', 'BIDANG UMUM']]);
        assert.deepEqual(read(t), WANT);
    });
});

describe('sop import: off-page connectors without labels', () => {
    // Two pages; the arrows of two columns cross the break, each through a pair of empty connectors.
    const head = [
        cell(0, 0, 'No', 1, 2), cell(0, 1, 'Kegiatan', 1, 2), cell(0, 2, 'Pelaksana', 2), cell(0, 4, 'Mutu Baku', 3), cell(0, 7, 'Keterangan', 1, 2),
        cell(1, 2, 'Petugas'), cell(1, 3, 'Kepala'), cell(1, 4, 'Kelengkapan'), cell(1, 5, 'Waktu'), cell(1, 6, 'Output'),
    ];
    const page = (n: number, no: string): GridTable => ({
        cells: [...head, ...body(2, no, `Langkah ${no}`)], pageStarts: [],
        symbols: [
            { id: `p${n}a`, row: 2, col: 2, kind: 'process' }, { id: `p${n}b`, row: 2, col: 3, kind: 'process' },
            { id: `p${n}ca`, row: n === 1 ? 3 : -1, col: 2, kind: 'connector' }, { id: `p${n}cb`, row: n === 1 ? 3 : -1, col: 3, kind: 'connector' },
        ],
        arrows: n === 1
            ? [{ from: 'p1a', to: 'p1ca' }, { from: 'p1b', to: 'p1cb' }]
            : [{ from: 'p2ca', to: 'p2a' }, { from: 'p2cb', to: 'p2b' }],
    });

    it('pairs each with the one on the next page in its column: one arrow per pair', () => {
        const d = buildDraft({ format: 'pdf', notes: [], tables: [page(1, '1'), page(2, '2')] });
        assert.deepEqual(d.arrows.map(a => `${a.from.join('.')}>${a.to.join('.')}`).sort(), ['0.0>1.0', '0.1>1.1']);
        assert.deepEqual(d.notes, []);
    });
});
