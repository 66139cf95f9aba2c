import type { Catalogue } from '../sop-messages.js';
import { IssueCodes } from '../../protocol/sop-issue-codes.js';

export const QualityMessages = {
    [IssueCodes.MissingRequirements]: {
        id: 'Mutu baku KELENGKAPAN belum diisi. Tambahkan `kelengkapan "…"` (dokumen, data, atau sarana yang dibutuhkan), atau `kelengkapan "-"`.',
        en: 'Mutu baku KELENGKAPAN is missing. Add `requires "…"` (documents, data or tools needed), or `requires "-"`.',
    },
    [IssueCodes.MissingDuration]: {
        id: 'Mutu baku WAKTU belum diisi. Tambahkan `waktu <angka> <satuan>` (mis. `waktu 15 menit`), atau `waktu -`.',
        en: 'Mutu baku WAKTU is missing. Add `time <number> <unit>` (e.g. `time 15 minutes`), or `time -`.',
    },
    [IssueCodes.MissingOutput]: {
        id: 'Mutu baku OUTPUT belum diisi. Tambahkan `output "…"` berupa hasil kegiatan (mis. "Agenda surat masuk").',
        en: 'Mutu baku OUTPUT is missing. Add `output "…"` naming what the step produces (e.g. "Agenda surat masuk").',
    },
    [IssueCodes.MissingNotes]: {
        id: 'KETERANGAN belum diisi. Tambahkan `keterangan "…"` (aturan ini diaktifkan oleh konfigurasi).',
        en: 'KETERANGAN is missing. Add `notes "…"` (this rule is enabled by configuration).',
    },
    [IssueCodes.NotesOnlyNumber]: {
        id: 'KETERANGAN hanya berisi nomor urut "{0}", tanpa teks. Tulis keterangannya, atau hapus butir ini.',
        en: 'KETERANGAN holds only the list number "{0}", without text. Write the note, or remove this item.',
    },
    [IssueCodes.UnknownUnit]: {
        id: 'Satuan waktu "{0}" tidak dikenal. Pakai menit, jam, hari, hari kerja, minggu, bulan, atau tahun.',
        en: 'Unknown time unit "{0}". Use menit, jam, hari, hari kerja, minggu, bulan or tahun (or minutes, hours, days, working days, weeks, months, years).',
    },
    [IssueCodes.DurationFreeText]: {
        id: 'Waktu berupa teks bebas tidak dapat diukur atau dijumlahkan. Tulis angka dan satuan, mis. `waktu 2 hari kerja`.',
        en: 'Free-text time cannot be measured or summed. Write a number and a unit, e.g. `time 2 working days`.',
    },
    [IssueCodes.OutputNotNounPhrase]: {
        id: 'OUTPUT ditulis sebagai hasil (kata benda), bukan kegiatan ("{0}"). Mis. "Berkas terverifikasi", bukan "Memverifikasi berkas".',
        en: 'OUTPUT names a product (a noun phrase), not an activity ("{0}"). E.g. "Berkas terverifikasi", not "Memverifikasi berkas".',
    },
    [IssueCodes.OutputNotReused]: {
        id: 'Output "{0}" tidak muncul di kelengkapan langkah berikutnya ({1}). Biasanya output satu langkah menjadi masukan langkah sesudahnya.',
        en: 'Output "{0}" does not appear among the inputs of the next step ({1}). Usually one step\'s output is the next step\'s input.',
    },
    'fix.unit': { id: 'Ganti dengan "{0}"', en: 'Replace with "{0}"' },
} as const satisfies Catalogue;
