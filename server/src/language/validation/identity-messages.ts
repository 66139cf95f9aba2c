import type { Catalogue } from '../sop-messages.js';
import { IssueCodes } from '../../protocol/sop-issue-codes.js';

export const IdentityMessages = {
    [IssueCodes.IdentityFieldMissing]: {
        id: '{0} belum diisi. Tambahkan `{1}`; isian ini wajib sebelum SOP disahkan (`status final`).',
        en: '{0} is missing. Add `{1}`; it is required before the SOP is approved (`status final`).',
    },
    [IssueCodes.IdentityListMissing]: {
        id: '{0} belum berisi satu butir pun. Tambahkan `{1} "…"` dengan minimal satu butir.',
        en: '{0} has no item. Add `{1} "…"` with at least one item.',
    },
    [IssueCodes.DuplicateField]: {
        id: '"{0}" ditulis lebih dari sekali. Hapus salah satunya agar jelas isian mana yang berlaku.',
        en: '"{0}" is written more than once. Remove one so it is clear which one applies.',
    },
    [IssueCodes.NipInvalidFormat]: {
        id: 'NIP "{0}" harus terdiri atas 18 angka (8 tanggal lahir, 6 TMT CPNS, 1 jenis kelamin, 3 nomor urut), misalnya 19750312 200112 1 002.',
        en: 'NIP "{0}" must have 18 digits (8 birth date, 6 TMT CPNS, 1 gender, 3 serial), e.g. 19750312 200112 1 002.',
    },
    [IssueCodes.NipInvalidBirthDate]: {
        id: 'Delapan angka pertama NIP ({0}) bukan tanggal lahir yang sah (TTTTBBHH). Periksa kembali NIP pengesah.',
        en: 'The first eight digits of the NIP ({0}) are not a valid birth date (YYYYMMDD). Check the approver\'s NIP.',
    },
    [IssueCodes.NipInvalidTmt]: {
        id: 'Angka 9–14 NIP ({0}) harus TMT CPNS (TTTTBB) yang sah dan jatuh setelah tanggal lahir. Periksa kembali NIP pengesah.',
        en: 'Digits 9–14 of the NIP ({0}) must be a valid TMT CPNS (YYYYMM) after the birth date. Check the approver\'s NIP.',
    },
    [IssueCodes.NipInvalidGender]: {
        id: 'Angka ke-15 NIP ({0}) menunjukkan jenis kelamin dan harus 1 atau 2. Periksa kembali NIP pengesah.',
        en: 'Digit 15 of the NIP ({0}) encodes the gender and must be 1 or 2. Check the approver\'s NIP.',
    },
    [IssueCodes.NipNotGrouped]: {
        id: 'NIP lazim ditulis berkelompok 8-6-1-3: {0}.',
        en: 'A NIP is usually written grouped 8-6-1-3: {0}.',
    },
    [IssueCodes.DateOrder]: {
        id: 'Tanggal {0} ({1}) jatuh sebelum tanggal {2} ({3}). Perbaiki salah satu tanggal; tanggal efektif adalah tanggal penandatanganan.',
        en: 'The {0} date ({1}) is before the {2} date ({3}). Correct one of them; the effective date is the signing date.',
    },
    [IssueCodes.LegalBasisNotCitation]: {
        id: 'Butir dasar hukum ini tidak tampak seperti rujukan peraturan. Tulis lengkap: jenis peraturan, Nomor X Tahun YYYY, tentang ….',
        en: 'This legal basis item does not look like a citation. Write it in full: type of regulation, Nomor X Tahun YYYY, tentang ….',
    },
    [IssueCodes.LegalBasisOrder]: {
        id: 'Dasar hukum diurutkan menurut hierarki (UU → PP → Perpres → Permen → Perda → Perkada → lainnya); butir ini seharusnya di atas butir {0}.',
        en: 'The legal basis is ordered by hierarchy (UU → PP → Perpres → Permen → Perda → Perkada → others); this item belongs above item {0}.',
    },
    [IssueCodes.LegalBasisRepealed]: {
        id: 'Peraturan ini sudah dicabut atau diganti. Rujuk {0}.',
        en: 'This regulation has been repealed or replaced. Cite {0} instead.',
    },
    [IssueCodes.RelatedIsRegulation]: {
        id: 'KETERKAITAN berisi SOP lain yang berhubungan, bukan peraturan. Pindahkan peraturan ke dasar hukum dan tulis nama SOP di sini (atau `-`).',
        en: 'KETERKAITAN lists related SOPs, not regulations. Move the regulation to the legal basis and name SOPs here (or `-`).',
    },
    [IssueCodes.WarningBoilerplate]: {
        id: 'Peringatan ini berupa kalimat umum. Sebutkan risiko atau akibat nyata bila prosedur tidak dijalankan dengan benar.',
        en: 'This warning is boilerplate. State a concrete risk or consequence of not following the procedure correctly.',
    },
    [IssueCodes.DuplicateNumber]: {
        id: 'Nomor SOP "{0}" juga dipakai oleh {1}. Setiap SOP harus bernomor unik.',
        en: 'SOP number "{0}" is also used by {1}. Every SOP needs a unique number.',
    },
    [IssueCodes.ListDuplicateItem]: {
        id: 'Butir "{0}" sudah ada di daftar ini. Hapus salah satunya.',
        en: 'The item "{0}" is already in this list. Remove one of them.',
    },
    [IssueCodes.TitleStartsWithSop]: {
        id: 'NAMA SOP tidak perlu diawali "{0}"; lembar SOP sudah menyebutnya. Tulis nama kegiatannya saja.',
        en: 'The SOP name need not start with "{0}"; the document already says so. Write the activity\'s name only.',
    },
    [IssueCodes.InvalidConfig]: {
        id: 'Konfigurasi pemeriksaan tidak sah: {0}.',
        en: 'Invalid validation configuration: {0}.',
    },
    'label.created': { id: 'pembuatan', en: 'creation' },
    'label.revised': { id: 'revisi', en: 'revision' },
    'label.effective': { id: 'efektif', en: 'effective' },
    'fix.remove-field': { id: 'Hapus "{0}" yang berlebih', en: 'Remove the duplicate "{0}"' },
    'fix.group-nip': { id: 'Kelompokkan NIP menjadi {0}', en: 'Group the NIP as {0}' },
    'fix.remove-sop-prefix': { id: 'Hapus awalan "SOP"', en: 'Remove the "SOP" prefix' },
} as const satisfies Catalogue;
