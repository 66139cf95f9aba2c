/**
 * Generated import fixtures: seeded random SOPs of 2-5 actors and 3-8 rows, with one or two symbols
 * per row, arrows inside rows, decisions with Ya/Tidak exits and page breaks, drawn by the same
 * DOCX and PDF generators as the hand-written specs.
 */
import type { SymbolKind } from '../../server/src/model/sop-document.js';
import type { FixtureSpec, SpecArrow, SpecRow } from './import-fixture-specs.js';
import { SPECS } from './import-fixture-specs.js';
import { prng } from './prng.js';

const ACTORS = ['Kepala Dinas', 'Sekretaris', 'Kasubbag Umum', 'Petugas Loket', 'Tim Teknis', 'Bendahara'];
const VERBS = ['Menerima', 'Memeriksa', 'Mencatat', 'Menyusun', 'Mengirim', 'Menelaah', 'Menyetujui', 'Mengarsipkan'];
const THINGS = ['berkas permohonan', 'surat masuk', 'laporan', 'nota dinas', 'usulan', 'dokumen'];

export function randomSpec(seed: number): FixtureSpec {
    const rnd = prng(seed);
    const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
    const actors = ACTORS.slice(0, 2 + Math.floor(rnd() * 4));
    const count = 3 + Math.floor(rnd() * 6);
    const rows: SpecRow[] = [];
    const arrows: SpecArrow[] = [];
    for (let r = 0; r < count; r++) {
        const a0 = Math.floor(rnd() * actors.length);
        const two = actors.length > 2 && rnd() < 0.3 && r > 0 && r < count - 1;
        const kind: SymbolKind = r === 0 || r === count - 1 ? 'terminator' : rnd() < 0.25 ? 'decision' : 'process';
        const symbols = [{ actor: a0, kind }];
        if (two && kind !== 'decision') symbols.push({ actor: (a0 + 1 + Math.floor(rnd() * (actors.length - 1))) % actors.length, kind: 'process' as SymbolKind });
        rows.push({
            activity: `${pick(VERBS)} ${pick(THINGS)}`, requirements: [pick(THINGS)], duration: `${1 + Math.floor(rnd() * 30)} menit`,
            output: pick(THINGS), symbols, pageBreakBefore: r > 2 && rnd() < 0.2,
        });
    }
    rows.forEach((row, r) => {
        if (row.symbols.length === 2) arrows.push({ from: [r, 0], to: [r, 1] });
        if (r === count - 1) return;
        const last = row.symbols.length - 1;
        if (row.symbols[last].kind === 'decision') {
            arrows.push({ from: [r, last], to: [r + 1, 0], label: 'Ya' });
            if (r + 2 < count) arrows.push({ from: [r, last], to: [r + 2, 0], label: 'Tidak' });
        } else {
            arrows.push({ from: [r, last], to: [r + 1, 0] });
        }
    });
    const base = SPECS[seed % SPECS.length];
    return { ...base, name: `random-${seed}`, groups: undefined, actors, rows, arrows };
}
