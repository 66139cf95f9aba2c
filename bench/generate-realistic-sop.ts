/**
 * Realistic synthetic SOPs for the edit benchmarks: texts of real length (activities of 50–90
 * characters, outputs and requirements that run over their budgets like real files do), decisions
 * with labelled branches, loops back, keterangan, and every 6th row drawn with `sel` cells (two
 * symbols in one row, the second reached by a flow to a symbol: `lanjut ke s12.p3`). Like the
 * examples, the result draws about 1.3–2.8 hints per step and no errors.
 */
const ACTIVITIES = [
    'Memeriksa kelengkapan berkas permohonan dan mencocokkan dengan daftar periksa',
    'Menyusun konsep surat jawaban atas permohonan yang telah diverifikasi',
    'Meneruskan berkas yang telah diparaf kepada pejabat yang berwenang',
    'Mencatat nomor agenda pada buku register dan aplikasi persuratan',
    'Menelaah substansi permohonan berdasarkan peraturan yang berlaku',
];
const OUTPUTS = ['Berkas permohonan terverifikasi', 'Konsep surat jawaban', 'Lembar disposisi', 'Register'];
const REQUIREMENTS = ['Formulir permohonan yang telah diisi lengkap', 'Daftar periksa', 'Berkas'];

export function generateRealisticSop(steps: number, actors = 5, name = 'bench'): string {
    const lines = [`sop ${name} "SOP SINTETIS ${steps} LANGKAH"`, 'instansi "PEMERINTAH KABUPATEN SINTETIS"', 'nomor "SOP-0/BENCH/2025"'];
    for (let a = 0; a < actors; a++) lines.push(`pelaksana p${a} "Pelaksana ${a + 1}"`);
    for (let i = 1; i <= steps; i++) lines.push(...row(i, steps, actors));
    return lines.join('\n') + '\n';
}

function row(i: number, steps: number, actors: number): string[] {
    const actor = `p${i % actors}`;
    const activity = `${ACTIVITIES[i % ACTIVITIES.length]} ${i}`;
    const terminal = i === 1 || i === steps;
    const cells = !terminal && i % 6 === 0 && i + 2 < steps;
    const decision = !terminal && !cells && i % 10 === 0;
    const kind = terminal ? 'kapsul' : decision ? 'keputusan' : 'langkah';
    const out: string[] = [];
    if (cells) {
        // Two symbols in one row: the first flows to the second (a flow to a symbol), which branches on.
        const other = `p${(i + 2) % actors}`;
        out.push(`langkah s${i} "${activity}"`, `    sel ${actor} langkah`, `    lanjut ke s${i}.${other}`);
        out.push(`    sel ${other} keputusan "Sesuai?"`, `    ya ke s${i + 1}`, `    tidak "Perlu perbaikan" ke s${Math.max(1, i - 2)}`);
    } else {
        out.push(`${kind} s${i} "${activity}" oleh ${actor}`);
    }
    // The previous row's output, as real files hand their results on (else output-not-reused).
    out.push(`    kelengkapan "${REQUIREMENTS[i % REQUIREMENTS.length]}", "${OUTPUTS[(i - 1) % OUTPUTS.length]}"`);
    out.push(`    waktu ${1 + (i % 30)} menit`);
    out.push(`    output "${OUTPUTS[i % OUTPUTS.length]}"`);
    if (decision) out.push('    pertanyaan "Lengkap?"', `    ya ke s${i + 1}`, `    tidak "Belum lengkap" ke s${Math.max(1, i - 3)}`);
    else if (!cells && i % 7 === 0 && i + 2 < steps) out.push(`    lanjut ke s${i + 1}`);
    if (i % 4 === 0) out.push(`    keterangan "Catatan langkah ${i} tentang berkas yang diproses"`);
    return out;
}
