/**
 * Seeded `.sop` texts that use the real-documents patterns (issue 9): several symbols of different
 * kinds per row with arrows inside the row, several starts and ends, fan-out and fan-in, two
 * decisions in a row, custom branch labels, loops back through a decision, joint rows, actor groups,
 * merged WAKTU, chosen page breaks and the table options. Written as source text, so every generated
 * document goes through the parser, the checks and the model builder before the renderer.
 */
import { prng } from '../support/prng.js';

const WORDS = ['memeriksa', 'berkas', 'permohonan', 'surat', 'menyusun', 'konsep', 'keputusan', 'mengarsipkan', 'dokumen',
    'pertanggungjawaban', 'administrasi', 'kepegawaian', 'menandatangani', 'melaporkan', 'hasil', 'verifikasi', 'dan', 'ke',
    'KTP/NIB/NPWP', 'aplikasi', 'SIMPEG', 'penyelenggaraan', '*scanning*', '*email*'];
const LABELS = ['Teknis', 'Administratif', 'Lengkap', 'Belum', 'Disetujui', 'Ditolak'];

interface Symbol {
    actor: number;
    kind: 'kapsul' | 'proses' | 'keputusan';
    text?: string;
}

interface Row {
    symbols: Symbol[];
    /** A one-symbol row written the simple way (`oleh`), possibly with a joined co-actor. */
    simple: boolean;
    coActor?: number;
    pageBreak: boolean;
    mergedTime: boolean;
}

export interface GeneratedSop {
    text: string;
    actors: number;
    rows: number;
}

/** A random but well-formed SOP text at the level of symbols in cells. */
export function randomCellSop(seed: number): GeneratedSop {
    const rand = prng(seed);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)];
    const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
    const words = (min: number, max: number) => {
        const text = Array.from({ length: int(min, max) }, () => pick(WORDS)).join(' ');
        return text.charAt(0).toUpperCase() + text.slice(1);
    };
    const actorCount = int(3, 8);
    const rowCount = int(3, 22);
    /** `count` distinct actor columns, in column order. */
    const columns = (count: number): number[] => {
        const all = Array.from({ length: actorCount }, (_, i) => i);
        for (let i = all.length - 1; i > 0; i--) {
            const j = Math.floor(rand() * (i + 1));
            [all[i], all[j]] = [all[j], all[i]];
        }
        return all.slice(0, Math.min(count, actorCount)).sort((a, b) => a - b);
    };

    const rows: Row[] = [];
    for (let r = 0; r < rowCount; r++) {
        const first = r === 0, last = r === rowCount - 1;
        const base = { pageBreak: r > 2 && rand() < 0.06, mergedTime: r > 0 && rand() < 0.08 };
        if (first || last) {
            // One to three terminators: several starts in row 1, several ends in the last row.
            const n = rand() < 0.5 ? 1 : int(2, 3);
            const symbols = columns(n).map(actor => ({ actor, kind: 'kapsul' as const, ...(n > 1 ? { text: pick(['Langsung', 'Via *email*', 'Daring', 'Selesai']) } : {}) }));
            rows.push({ symbols, simple: n === 1, ...base });
            continue;
        }
        if (rand() < 0.5) {
            const kind = rand() < 0.3 && r !== rowCount - 2 ? 'keputusan' as const : 'proses' as const;
            const [actor] = columns(1);
            const neighbour = actor + 1 < actorCount ? actor + 1 : actor - 1;
            const coActor = kind === 'proses' && rand() < 0.1 && neighbour >= 0 ? neighbour : undefined;
            rows.push({ symbols: [{ actor, kind }], simple: true, coActor, ...base });
            continue;
        }
        // Two or three symbols in the row, mixed kinds (a decision may carry its question inside).
        const symbols = columns(int(2, 3)).map(actor => {
            const kind = rand() < 0.3 ? 'keputusan' as const : 'proses' as const;
            return { actor, kind, ...(kind === 'keputusan' && rand() < 0.5 ? { text: pick(['Lengkap?', 'Sesuai?', 'Disetujui?']) } : {}) };
        });
        // Written in random order: the flow inside the row may run right to left.
        if (rand() < 0.3) symbols.reverse();
        // Before several ends, the row's last symbol fans out to all of them: a process, not a decision.
        if (r === rowCount - 2) symbols[symbols.length - 1] = { actor: symbols[symbols.length - 1].actor, kind: 'proses' };
        rows.push({ symbols, simple: false, ...base });
    }

    const name = (r: number) => `r${r + 1}`;
    const actor = (a: number) => `a${a}`;
    const ref = (r: number, s: number) => `${name(r)}.${actor(rows[r].symbols[s].actor)}`;
    /** Where the flow enters row r: its first written symbol, or all its starts/ends when it has several. */
    const entries = (r: number) => (r === rowCount - 1 ? rows[r].symbols.map((_, s) => ref(r, s)) : [ref(r, 0)]);

    const lines: string[] = [];
    lines.push(`// Generated cell-level SOP, seed ${seed}.`);
    lines.push(`sop acak${seed} "SOP ACAK SEL ${seed}"`);
    lines.push('status draf');
    lines.push('instansi "PEMERINTAH KABUPATEN SINTETIS" "DINAS UJI COBA"');
    lines.push(`nomor "SOP-${seed}/UJI/2025"`);
    lines.push('tanggal pembuatan 2 Januari 2025');
    lines.push('tanggal revisi -');
    lines.push('tanggal efektif 6 Januari 2025');
    lines.push(`disahkan oleh jabatan "Kepala Dinas Uji Coba" nama "BUDI SANTOSO, S.H."${rand() < 0.5 ? ' tte' : ' nip 19750312 200112 1 002'}`);
    lines.push(`kertas ${pick(['A4', 'F4', 'Letter', 'Legal'])}`);
    lines.push('dasar hukum "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik"');
    lines.push(`kualifikasi pelaksana "${words(2, 6)}"`);
    lines.push('keterkaitan -');
    lines.push(`peralatan "${words(1, 3)}", "Aplikasi *email*"`);
    lines.push(`peringatan "${words(3, 8)}"`);
    lines.push('pencatatan dan pendataan "Buku agenda"');
    if (rand() < 0.3) lines.push('tabel nomor kolom');
    if (rand() < 0.2) lines.push('tabel kepala sekali');
    if (rand() < 0.2) lines.push('judul kolom kegiatan "Uraian"');
    lines.push('');
    const grouped = actorCount >= 4 && rand() < 0.3;
    for (let a = 0; a < actorCount; a++) {
        if (grouped && (a === 0 || a === Math.floor(actorCount / 2))) lines.push(`kelompok g${a} "Satker ${a === 0 ? 'Penerima' : 'Pengirim'}"`);
        lines.push(`pelaksana ${actor(a)} "${a % 3 === 0 ? `Kepala Bidang Pelayanan ${a + 1}` : `Pelaksana ${a + 1}`}"`);
    }
    lines.push('');

    for (let r = 0; r < rowCount; r++) {
        const row = rows[r];
        const first = r === 0, last = r === rowCount - 1;
        const next = last ? [] : entries(r + 1);
        const rowKind = first || last ? 'kapsul' : row.simple && row.symbols[0].kind === 'keputusan' ? 'keputusan' : 'langkah';
        const head = `${rowKind} ${name(r)} "${words(2, 10)}"`;
        /** The exits of symbol s, written under it. */
        const exits = (s: number): string[] => {
            if (last) return [];
            const sym = row.symbols[s];
            const inRow = s + 1 < row.symbols.length && !first ? ref(r, s + 1) : undefined;
            const ahead = inRow ?? next.join(', ');
            if (sym.kind !== 'keputusan') return [`lanjut ke ${ahead}`];
            // A decision: one exit ahead, the other back to an earlier row (a loop through the decision) or further on.
            // As offices draw them: a loop returns a few rows up, a skip jumps a few rows down.
            const back = r > 1 && rand() < 0.5 ? ref(int(Math.max(1, r - 3), r - 1), 0) : undefined;
            const skip = r + 2 < rowCount ? entries(int(r + 2, Math.min(rowCount - 1, r + 5)))[0] : undefined;
            const other = back ?? skip ?? (inRow ? next[0] : undefined);
            if (!other || other === ahead) return [`lanjut ke ${ahead}`];
            if (rand() < 0.25) {
                const [l1, l2] = [pick(LABELS), pick(LABELS)];
                if (l1 !== l2) return [`cabang "${l1}" ke ${ahead}`, `cabang "${l2}" ke ${other}`];
            }
            return [`ya ke ${ahead}`, `tidak ke ${other}`];
        };
        if (row.simple) {
            const sym = row.symbols[0];
            lines.push(`${head} oleh ${actor(sym.actor)}${row.coActor !== undefined ? ` bersama ${actor(row.coActor)}` : ''}`);
            if (sym.kind === 'keputusan' && rand() < 0.6) lines.push(`    pertanyaan "${pick(['Lengkap?', 'Memenuhi persyaratan teknis?'])}"`);
            for (const e of exits(0)) lines.push(`    ${e}`);
        } else {
            lines.push(head);
            row.symbols.forEach((sym, s) => {
                lines.push(`    sel ${actor(sym.actor)} ${sym.kind}${sym.text ? ` "${sym.text}"` : ''}`);
                // Every start of row 1 flows to the next row (fan-in); inside a row the symbols chain.
                for (const e of exits(s)) lines.push(`        ${e}`);
            });
        }
        if (row.pageBreak) lines.push('    halaman baru');
        if (rand() < 0.8) lines.push(`    kelengkapan "${words(1, 4)}", "${words(1, 3)}"`);
        lines.push(row.mergedTime ? '    waktu gabung' : `    waktu ${pick(['5 menit', '1 jam', '2 hari kerja', 'maksimal 3 hari'])}`);
        lines.push(`    output "${words(1, 5)}"`);
        if (rand() < 0.3) lines.push(`    keterangan "${words(2, 12)}"`);
    }
    return { text: lines.join('\n') + '\n', actors: actorCount, rows: rowCount };
}
