import type { Catalogue } from '../sop-messages.js';
import { IssueCodes } from '../../protocol/sop-issue-codes.js';

export const StyleMessages = {
    [IssueCodes.ActivityNotActiveVerb]: {
        id: 'Kegiatan ditulis dengan kata kerja aktif tanpa subjek, mis. "Memeriksa berkas" atau "Mencatat surat"; "{0}" bukan kata kerja aktif.',
        en: 'An activity starts with an active verb and no subject, e.g. "Memeriksa berkas" or "Mencatat surat"; "{0}" is not an active verb.',
    },
    [IssueCodes.ActivityPassive]: {
        id: 'Kegiatan ditulis aktif, bukan pasif ("{0}"). Mis. "Memeriksa berkas", bukan "Berkas diperiksa".',
        en: 'Write the activity in the active voice, not the passive ("{0}"). E.g. "Memeriksa berkas", not "Berkas diperiksa".',
    },
    [IssueCodes.ActivityStartsWithActor]: {
        id: 'Kegiatan tidak diawali nama pelaksana ("{0}"); pelaksana sudah ditunjukkan oleh kolomnya. Hapus subjek itu.',
        en: 'The activity does not start with the actor ("{0}"); the column already shows who performs it. Remove the subject.',
    },
    [IssueCodes.ActivityCompound]: {
        id: 'Satu baris memuat satu kegiatan; "{0}" dan "{1}" tampak seperti dua kegiatan. Pertimbangkan memecahnya menjadi dua langkah.',
        en: 'One row holds one activity; "{0}" and "{1}" look like two. Consider splitting them into two steps.',
    },
    [IssueCodes.TextTooLong]: {
        id: '{0} panjangnya {1} karakter, melebihi anggaran {2} karakter yang menjaga tabel tetap ringkas. Persingkat bila bisa.',
        en: '{0} is {1} characters long, over the budget of {2} that keeps the table compact. Shorten it if you can.',
    },
    'fix.remove-subject': { id: 'Hapus "{0}" di awal kegiatan', en: 'Remove "{0}" at the start of the activity' },
    'fix.split-activity': { id: 'Pecah menjadi dua langkah', en: 'Split into two steps' },
    'field.kegiatan': { id: 'Kegiatan', en: 'The activity' },
    'field.kelengkapan': { id: 'Kelengkapan', en: 'The requirement' },
    'field.output': { id: 'Output', en: 'The output' },
    'field.keterangan': { id: 'Keterangan', en: 'The note' },
    'field.pelaksana': { id: 'Nama jabatan pelaksana', en: 'The actor\'s position' },
    'field.judul': { id: 'NAMA SOP', en: 'The SOP name' },
    'field.nomor': { id: 'NOMOR SOP', en: 'The SOP number' },
    'field.instansi': { id: 'Baris instansi', en: 'The institution line' },
} as const satisfies Catalogue;
