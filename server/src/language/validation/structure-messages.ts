/** Texts of the structure checks: names, repeated clauses, dates and paper sizes. */
import type { Catalogue } from '../sop-messages.js';
import { IssueCodes } from '../../protocol/sop-issue-codes.js';

export const StructureMessages = {
    [IssueCodes.DuplicateName]: {
        id: 'Nama "{0}" sudah dipakai di baris {1}. Beri nama lain agar rujukan tidak tertukar.',
        en: 'The name "{0}" is already used on line {1}. Choose another name so references stay unambiguous.',
    },
    [IssueCodes.DuplicateClause]: {
        id: '"{0}" ditulis lebih dari sekali pada langkah ini; hanya yang terakhir dipakai. Hapus salah satunya.',
        en: '"{0}" is written more than once in this step; only the last one counts. Remove one of them.',
    },
    [IssueCodes.InvalidDate]: {
        id: 'Tanggal "{0}" tidak ada di kalender. Tulis seperti 2025-02-03 atau 3 Februari 2025.',
        en: 'The date "{0}" does not exist. Write it like 2025-02-03 or 3 February 2025.',
    },
    [IssueCodes.InvalidPaper]: {
        id: 'Ukuran kertas "{0}" tidak dikenal. Pilih A4, F4, Letter, atau Legal.',
        en: 'Unknown paper size "{0}". Choose A4, F4, Letter or Legal.',
    },
    'fix.remove-clause': { id: 'Hapus "{0}" yang berlebih', en: 'Remove the duplicate "{0}"' },
} as const satisfies Catalogue;
