/** Texts of the unresolved references (linking errors) and their quick fixes. */
import type { Catalogue } from '../sop-messages.js';
import { IssueCodes } from '../../protocol/sop-issue-codes.js';

export const ReferenceMessages = {
    [IssueCodes.UnresolvedActor]: {
        id: 'Pelaksana \'{0}\' belum dideklarasikan. Tambahkan `pelaksana {0} "<Jabatan>"` atau perbaiki ejaannya.',
        en: 'Actor \'{0}\' is not declared. Add `actor {0} "<Position>"` or fix the spelling.',
    },
    'fix.declare-actor': { id: 'Deklarasikan pelaksana "{0}"', en: 'Declare actor "{0}"' },
    [IssueCodes.UnresolvedStep]: {
        id: 'Langkah \'{0}\' tidak ada di SOP ini. Periksa ejaan nama langkahnya.',
        en: 'There is no step \'{0}\' in this SOP. Check the step name\'s spelling.',
    },
    [IssueCodes.UnresolvedSymbol]: {
        id: 'Langkah \'{1}\' tidak punya simbol di kolom \'{0}\'. Tambahkan `sel {0}` pada langkah itu, atau arahkan ke kolom lain.',
        en: 'Step \'{1}\' has no symbol in the \'{0}\' column. Add `cell {0}` to that step, or point at another column.',
    },
    [IssueCodes.UnresolvedSop]: {
        id: 'SOP \'{0}\' tidak ditemukan di ruang kerja. Periksa namanya, atau tulis judulnya sebagai teks dalam tanda kutip.',
        en: 'SOP \'{0}\' is not in the workspace. Check its name, or write its title as quoted text.',
    },
    'fix.change-reference': { id: 'Ganti dengan `{0}`', en: 'Change to `{0}`' },
} as const satisfies Catalogue;
