/**
 * Synthetic SOPs for benchmarks and generated tests: `steps` rows over `actors` columns, every
 * 10th step a decision looping back, every 7th with an explicit forward `lanjut`
 * (with `explicitFlow`, every step names its successor: the worst case for linking).
 */
export function generateSop(steps: number, actors = 5, name = 'bench', explicitFlow = false): string {
    const lines = [`sop ${name} "SOP SINTETIS ${steps} LANGKAH"`, 'instansi "PEMERINTAH KABUPATEN SINTETIS"', 'nomor "SOP-0/BENCH/2025"'];
    for (let a = 0; a < actors; a++) lines.push(`pelaksana p${a} "Pelaksana ${a + 1}"`);
    for (let i = 1; i <= steps; i++) {
        const kind = i === 1 || i === steps ? 'kapsul' : i % 10 === 0 ? 'keputusan' : 'langkah';
        lines.push(`${kind} s${i} "Memproses berkas nomor ${i}" oleh p${i % actors}`);
        lines.push(`    kelengkapan "Berkas ${i - 1}", "Formulir"`);
        lines.push(`    waktu ${1 + (i % 30)} menit`);
        lines.push(`    output "Berkas ${i}"`);
        if (kind === 'keputusan') {
            lines.push(`    ya ke s${i + 1}`, `    tidak ke s${Math.max(1, i - 3)}`);
        } else if (i % 7 === 0 && i + 2 < steps) {
            // Explicit, to the next row: skipping a row would leave it unreachable (step-unreachable).
            lines.push(`    lanjut ke s${i + 1}`);
        } else if (explicitFlow && i < steps) {
            lines.push(`    lanjut ke s${i + 1}`);
        }
        if (i % 5 === 0) lines.push(`    keterangan "Catatan langkah ${i}"`);
    }
    return lines.join('\n') + '\n';
}
