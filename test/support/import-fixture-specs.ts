/**
 * Hand-written answers for the import fixtures: each spec drives a generator (DOCX, PDF) that
 * draws a document shaped like a real signed SOP-AP, and the import tests compare what they
 * recover against the same spec.
 */
import type { SymbolKind } from '../../server/src/model/sop-document.js';

export interface SpecSymbol { actor: number; kind: SymbolKind | 'connector'; text?: string }
export interface SpecRow {
    activity: string;
    requirements: string[];
    duration: string;
    output: string;
    notes?: string;
    symbols: SpecSymbol[];
    /** The PDF draws this row at the top of a new page, with off-page connectors. */
    pageBreakBefore?: boolean;
}
export interface SpecArrow { from: [number, number]; to: [number, number]; label?: string }

export interface FixtureSpec {
    name: string;
    institution: string[];
    /** Labels as printed (synonyms included), value as printed. */
    fields: Array<[label: string, value: string]>;
    lists: Array<[label: string, items: string[]]>;
    groups?: Array<{ label: string; actors: number }>;
    actors: string[];
    rows: SpecRow[];
    arrows: SpecArrow[];
}

const lists: FixtureSpec['lists'] = [
    ['DASAR HUKUM', ['Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik', 'Peraturan Menteri PANRB Nomor 35 Tahun 2012']],
    ['KUALIFIKASI PELAKSANA', ['Memahami tata naskah dinas', 'Mampu mengoperasikan komputer']],
    ['KETERKAITAN', ['SOP Pengelolaan Arsip']],
    ['PERALATAN/PERLENGKAPAN', ['Komputer', 'Printer', 'Buku agenda']],
    ['PERINGATAN', ['Surat yang tidak dicatat tidak dapat ditelusuri']],
    ['PENCATATAN DAN PENDATAAN', ['Buku agenda surat masuk']],
];

export const SPECS: FixtureSpec[] = [
    {
        name: 'surat-masuk',
        institution: ['PEMERINTAH KABUPATEN SUKAMAJU', 'DINAS PENANAMAN MODAL DAN PTSP'],
        fields: [
            ['NOMOR SOP', 'SOP-02/DPMPTSP/2025'],
            ['TANGGAL PEMBUATAN', '2 Januari 2025'],
            ['TANGGAL REVISI', '-'],
            ['TANGGAL EFEKTIF', '6 Januari 2025'],
            ['DISAHKAN OLEH', 'Kepala Dinas Penanaman Modal dan PTSP\nDra. SITI RAHMAWATI, M.Si.\nNIP. 19700415 199303 2 004'],
            ['NAMA SOP', 'PENERIMAAN SURAT MASUK'],
        ],
        lists,
        actors: ['Petugas Resepsionis', 'Pengadministrasi Umum', 'Kasubbag Umum'],
        rows: [
            { activity: 'Menerima surat masuk', requirements: ['Surat masuk'], duration: '5 menit', output: 'Surat diterima', symbols: [{ actor: 0, kind: 'terminator' }] },
            { activity: 'Mencatat surat dalam buku agenda', requirements: ['Surat diterima', 'Buku agenda'], duration: '10 menit', output: 'Agenda surat', symbols: [{ actor: 1, kind: 'process' }] },
            { activity: 'Memeriksa kelengkapan surat', requirements: ['Agenda surat'], duration: '15 menit', output: 'Surat diperiksa', symbols: [{ actor: 2, kind: 'decision', text: 'Lengkap?' }] },
            { activity: 'Mengembalikan surat kepada pengirim', requirements: ['Surat diperiksa'], duration: '1 jam', output: 'Surat kembali', notes: 'Melalui kurir', symbols: [{ actor: 1, kind: 'process' }] },
            { activity: 'Mendisposisikan surat', requirements: ['Surat diperiksa'], duration: '1 hari kerja', output: 'Disposisi', symbols: [{ actor: 2, kind: 'terminator' }] },
        ],
        arrows: [
            { from: [0, 0], to: [1, 0] },
            { from: [1, 0], to: [2, 0] },
            { from: [2, 0], to: [4, 0], label: 'Ya' },
            { from: [2, 0], to: [3, 0], label: 'Tidak' },
        ],
    },
    {
        name: 'pengadaan-kelompok',
        institution: ['KEMENTERIAN CONTOH REPUBLIK INDONESIA', 'SEKRETARIAT JENDERAL', 'BIRO UMUM'],
        fields: [
            ['NOMOR SOP', 'SOP-07/BU/2024'],
            ['TANGGAL PEMBUATAN', '15 Maret 2024'],
            ['TANGGAL REVISI', '-'],
            ['TANGGAL PENGESAHAN', '1 April 2024'],
            ['DISAHKAN OLEH', 'Kepala Biro Umum\nIr. BUDI SANTOSO, M.T.\nNIP. 19681010 199403 1 002'],
            ['JUDUL SOP', 'PEMERIKSAAN USULAN PENGADAAN BARANG'],
        ],
        lists,
        groups: [{ label: 'Satker Pengusul', actors: 2 }, { label: 'Biro Umum', actors: 2 }],
        actors: ['Operator', 'Kepala Satker', 'Tim Teknis Pengadaan', 'Kepala Biro'],
        rows: [
            { activity: 'Menyusun usulan pengadaan', requirements: ['Formulir usulan'], duration: '1 hari kerja', output: 'Usulan', symbols: [{ actor: 0, kind: 'terminator' }, { actor: 1, kind: 'process' }] },
            { activity: 'Memeriksa usulan:\n1. kesesuaian anggaran\n2. spesifikasi teknis', requirements: ['Usulan'], duration: '2 hari kerja', output: 'Hasil pemeriksaan', symbols: [{ actor: 2, kind: 'decision' }] },
            { activity: 'Memperbaiki usulan', requirements: ['Hasil pemeriksaan'], duration: '1 hari kerja', output: 'Usulan perbaikan', symbols: [{ actor: 0, kind: 'process' }] },
            { activity: 'Menyetujui usulan pengadaan', requirements: ['Hasil pemeriksaan'], duration: '1 hari kerja', output: 'Persetujuan', pageBreakBefore: true, symbols: [{ actor: 3, kind: 'process' }] },
            { activity: 'Menerima persetujuan', requirements: ['Persetujuan'], duration: '10 menit', output: 'Arsip persetujuan', symbols: [{ actor: 0, kind: 'terminator' }, { actor: 2, kind: 'terminator' }] },
        ],
        arrows: [
            { from: [0, 0], to: [0, 1] },
            { from: [0, 1], to: [1, 0] },
            { from: [1, 0], to: [3, 0], label: 'Sesuai' },
            { from: [1, 0], to: [2, 0], label: 'Tidak Sesuai' },
            { from: [2, 0], to: [1, 0] },
            { from: [3, 0], to: [4, 0] },
            { from: [3, 0], to: [4, 1] },
        ],
    },
];
