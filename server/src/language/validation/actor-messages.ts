import type { Catalogue } from '../sop-messages.js';
import { IssueCodes } from '../../protocol/sop-issue-codes.js';

export const ActorMessages = {
    [IssueCodes.MissingActor]: {
        id: 'Langkah ini belum punya pelaksana. Tambahkan `oleh <pelaksana>`.',
        en: 'This step has no actor. Add `by <actor>`.',
    },
    [IssueCodes.ActorUnused]: {
        id: 'Pelaksana "{0}" tidak melakukan satu langkah pun. Hapus kolomnya atau tetapkan langkah untuknya.',
        en: 'Actor "{0}" performs no step. Remove the column or assign it a step.',
    },
    [IssueCodes.ActorDuplicateLabel]: {
        id: 'Jabatan "{0}" sudah dipakai pelaksana di baris {1}; satu jabatan cukup satu kolom. Gabungkan keduanya.',
        en: 'The position "{0}" is already used by the actor on line {1}; one position needs one column. Merge them.',
    },
    [IssueCodes.TooFewActors]: {
        id: 'SOP administratif melibatkan sedikitnya dua pelaksana (jabatan). Kegiatan satu orang lebih tepat ditulis sebagai SOP teknis/instruksi kerja.',
        en: 'An administrative SOP involves at least two actors (positions). Work done by one person is better written as a technical SOP or work instruction.',
    },
    [IssueCodes.TooManyActors]: {
        id: 'Lebih dari tujuh pelaksana membuat kolom di kertas A4 lebih sempit dari 2 cm. Gabungkan jabatan atau pecah SOP ini.',
        en: 'More than seven actors make each column narrower than 2 cm on A4. Merge positions or split this SOP.',
    },
    [IssueCodes.ActorPersonalName]: {
        id: 'Pelaksana ditulis sebagai jabatan, bukan nama orang ("{0}"). Ganti dengan jabatannya, mis. "Kepala Subbagian Umum".',
        en: 'Actors are positions, not people ("{0}"). Use the position instead, e.g. "Kepala Subbagian Umum".',
    },
    [IssueCodes.JointActorRepeated]: {
        id: 'Pelaksana "{0}" disebut lebih dari sekali pada langkah bersama ini. Hapus yang berulang.',
        en: 'Actor "{0}" is named more than once in this joint step. Remove the repetition.',
    },
    'fix.remove-co-actor': { id: 'Hapus "{0}" yang berulang', en: 'Remove the repeated "{0}"' },
} as const satisfies Catalogue;
