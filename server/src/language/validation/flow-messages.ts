import type { Catalogue } from '../sop-messages.js';
import { IssueCodes } from '../../protocol/sop-issue-codes.js';

export const FlowMessages = {
    [IssueCodes.FirstStepNotTerminator]: {
        id: 'Kegiatan pertama digambar dengan simbol kapsul (terminator). Ubah `{0}` menjadi `{1}`.',
        en: 'The first activity is drawn as a terminator (capsule). Change `{0}` to `{1}`.',
    },
    [IssueCodes.LastStepNotTerminator]: {
        id: 'Kegiatan terakhir digambar dengan simbol kapsul (terminator). Ubah `{0}` menjadi `{1}`.',
        en: 'The last activity is drawn as a terminator (capsule). Change `{0}` to `{1}`.',
    },
    [IssueCodes.EndStepNotTerminator]: {
        id: 'Alur berakhir di langkah ini, jadi langkah ini digambar sebagai kapsul (terminator). Ubah `{0}` menjadi `{1}`.',
        en: 'The flow ends at this step, so it is drawn as a terminator. Change `{0}` to `{1}`.',
    },
    [IssueCodes.TerminatorInMiddle]: {
        id: 'Kapsul (terminator) hanya untuk awal dan akhir alur, sedangkan langkah ini masih berlanjut. Ubah `{0}` menjadi `{1}`.',
        en: 'Terminators mark only the start and the ends of the flow, but this step continues. Change `{0}` to `{1}`.',
    },
    [IssueCodes.EmptyStartEndRow]: {
        id: 'Baris "{0}" tanpa kegiatan tidak dipakai dalam SOP AP: kegiatan pertama dan terakhir sendiri digambar sebagai kapsul. Hapus baris ini dan jadikan kegiatan nyata sebagai awal/akhir.',
        en: 'A "{0}" row with no activity is not used in SOP AP: the first and last real activities are drawn as terminators. Remove this row.',
    },
    [IssueCodes.SymbolIsolated]: {
        id: 'Simbol di kolom {0} tidak tersambung ke simbol mana pun: tidak ada panah masuk maupun keluar. Sambungkan dengan `lanjut ke` atau hapus.',
        en: 'The symbol in the {0} column is connected to nothing: no arrow comes in or goes out. Connect it with `next to` or remove it.',
    },
    [IssueCodes.ArrowIntoJointBox]: {
        id: 'Panah menuju kotak bersama milik {0}, yang tidak punya jalan keluar (kotak bersama hanya disambung garis ke simbol utama baris). Arahkan ke simbol utama, atau jadikan `sel` dengan alurnya sendiri.',
        en: 'The arrow enters the joint box of {0}, which has no way out (joint boxes are only tied to the row\'s main symbol). Point it at the main symbol, or make it a `cell` with its own flow.',
    },
    [IssueCodes.CellDuplicate]: {
        id: 'Baris ini sudah punya simbol di kolom {0}. Satu kolom pelaksana memuat satu simbol per baris.',
        en: 'This row already has a symbol in the {0} column. An actor column holds one symbol per row.',
    },
    [IssueCodes.OptionalWithoutDecision]: {
        id: 'Kegiatan ini bersyarat ("{0}") tetapi digambar tanpa keputusan. Bila memang bercabang, tambahkan `keputusan` sebelum langkah ini.',
        en: 'This activity is conditional ("{0}") but drawn without a decision. If the flow branches here, add a `decision` before it.',
    },
    [IssueCodes.DecisionMissingBranch]: {
        id: 'Keputusan harus punya cabang "{0}". Tambahkan `{1} <langkah>`.',
        en: 'A decision needs a "{0}" branch. Add `{1} <step>`.',
    },
    [IssueCodes.DecisionExtraBranch]: {
        id: 'Keputusan hanya punya dua cabang; cabang "{0}" ini berlebih. Pecah menjadi dua keputusan berurutan bila ada lebih dari dua kemungkinan.',
        en: 'A decision has exactly two branches; this "{0}" branch is one too many. Chain two decisions for more outcomes.',
    },
    [IssueCodes.DecisionSameTarget]: {
        id: 'Kedua cabang keputusan menuju langkah yang sama ("{0}"), jadi tidak ada yang diputuskan. Arahkan salah satunya ke langkah lain atau ubah menjadi `langkah`.',
        en: 'Both branches go to the same step ("{0}"), so nothing is decided. Point one elsewhere or make it a plain `step`.',
    },
    [IssueCodes.DecisionEmptyLabel]: {
        id: 'Label cabang kosong. Tulis labelnya (mis. "Lengkap") atau hapus tanda kutip agar memakai label bawaan Ya/Tidak.',
        en: 'The branch label is empty. Write one (e.g. "Lengkap") or drop the quotes to use the default Ya/Tidak.',
    },
    [IssueCodes.DecisionSameLabels]: {
        id: 'Kedua cabang berlabel sama ("{0}"). Beri label yang membedakan, mis. "Lengkap"/"Tidak lengkap".',
        en: 'Both branches carry the same label ("{0}"). Use distinct labels, e.g. "Lengkap"/"Tidak lengkap".',
    },
    [IssueCodes.DecisionLastRow]: {
        id: 'Keputusan tidak boleh menjadi baris terakhir: hasilnya harus berlanjut ke kegiatan lain. Tambahkan kegiatan penutup berupa kapsul.',
        en: 'A decision cannot be the last row: its outcome must lead to another activity. Add a closing terminator.',
    },
    [IssueCodes.BranchOnNonDecision]: {
        id: 'Cabang ya/tidak hanya untuk keputusan. Ubah langkah ini menjadi `keputusan` atau pakai `lanjut ke`.',
        en: 'Yes/no branches belong to decisions. Make this step a `decision` or use `next to`.',
    },
    [IssueCodes.NextOnDecision]: {
        id: 'Keputusan berlanjut lewat cabang ya/tidak, bukan `{0}`. Hapus klausa ini.',
        en: 'A decision continues through its yes/no branches, not `{0}`. Remove this clause.',
    },
    [IssueCodes.NextAndEnd]: {
        id: 'Langkah ini sekaligus `lanjut ke` dan `selesai`. Pilih salah satu: berlanjut ke satu langkah, atau mengakhiri alur.',
        en: 'This step has both `next to` and `end`. Choose one: continue to one step, or end the flow.',
    },
    [IssueCodes.SelfLoop]: {
        id: 'Langkah ini kembali ke dirinya sendiri. Arahkan ke langkah lain; pengulangan harus melewati keputusan.',
        en: 'This step leads back to itself. Point it at another step; loops must pass through a decision.',
    },
    [IssueCodes.StepUnreachable]: {
        id: 'Langkah ini tidak pernah dicapai dari kegiatan pertama. Hubungkan dengan `lanjut ke` atau cabang keputusan, atau hapus.',
        en: 'This step is never reached from the first activity. Connect it with `next to` or a decision branch, or remove it.',
    },
    [IssueCodes.StepCannotReachEnd]: {
        id: 'Dari langkah ini alur tidak pernah sampai ke akhir. Pastikan ada jalan ke kapsul penutup.',
        en: 'From this step the flow never reaches an end. Make sure a path leads to a closing terminator.',
    },
    [IssueCodes.CycleWithoutDecision]: {
        id: 'Langkah {0} membentuk putaran tanpa keputusan, sehingga alur berulang tanpa henti. Letakkan keputusan di dalam putaran.',
        en: 'Steps {0} form a loop with no decision, so the flow repeats forever. Put a decision inside the loop.',
    },
    [IssueCodes.NoSteps]: {
        id: 'SOP ini belum punya kegiatan. Tambahkan `kapsul`, `langkah`, atau `keputusan`.',
        en: 'This SOP has no activity yet. Add a `terminator`, `step` or `decision`.',
    },
    [IssueCodes.TooManySteps]: {
        id: 'SOP ini punya {0} kegiatan. Lebih dari {1} kegiatan sebaiknya dipecah menjadi SOP mikro yang dihubungkan lewat keterkaitan.',
        en: 'This SOP has {0|activity|activities}. Above {1}, consider splitting it into micro SOPs linked through KETERKAITAN.',
    },
    'fix.make-terminator': { id: 'Ubah menjadi `{0}`', en: 'Change to `{0}`' },
    'fix.make-process': { id: 'Ubah menjadi `{0}`', en: 'Change to `{0}`' },
    'fix.add-branch': { id: 'Tambahkan cabang `{0}`', en: 'Add the branch `{0}`' },
} as const satisfies Catalogue;
