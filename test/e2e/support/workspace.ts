import * as fs from 'node:fs';
import * as path from 'node:path';
import { generateSop } from '../../../bench/generate-sop.js';
import { ROOT, RUNS_DIR } from './paths.js';

/** Name of the generated 50-step SOP in every workspace (latency measurement). */
export const BENCH_FILE = 'bench-50.sop';

/**
 * A fresh workspace folder for one run: the examples, the e2e fixtures, the preview's hostile
 * fixture (test/fixtures/hostile.sop when the preview work provides it, else our own copy), a
 * generated 50-step SOP, and a PDF and Word file to import (in import/).
 */
export function createWorkspace(run: string): string {
    const folder = path.join(RUNS_DIR, run, 'workspace');
    fs.rmSync(folder, { recursive: true, force: true });
    fs.mkdirSync(folder, { recursive: true });
    const copyAll = (from: string) => {
        if (!fs.existsSync(from)) return;
        for (const name of fs.readdirSync(from).filter(n => n.endsWith('.sop'))) {
            fs.copyFileSync(path.join(from, name), path.join(folder, name));
        }
    };
    copyAll(path.join(ROOT, 'examples'));
    copyAll(path.join(ROOT, 'test/e2e/fixtures'));
    const hostile = path.join(ROOT, 'test/fixtures/hostile.sop');
    if (fs.existsSync(hostile)) fs.copyFileSync(hostile, path.join(folder, 'hostile.sop'));
    fs.writeFileSync(path.join(folder, BENCH_FILE), generateSop(50, 5, 'bench50'));
    fs.mkdirSync(path.join(folder, 'import'));
    for (const name of ['surat-masuk.pdf', 'pengadaan-kelompok.docx']) {
        fs.copyFileSync(path.join(ROOT, 'test/fixtures/import', name), path.join(folder, 'import', name));
    }
    return folder;
}
