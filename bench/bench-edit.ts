/**
 * Edit → diagnostics over the real protocol (bundled server on stdio), on realistic SOPs of 50, 200
 * and 2,000 steps (generate-realistic-sop.ts), and of 200 steps open in the 1,000-file workspace of
 * bench-workspace.ts once its start-up is done. The machine running this is often shared, so next
 * to the wall-clock median it reports the server's CPU time per edit (from /proc, 10 ms ticks,
 * summed over all edits) and the ratio 2,000 / 200 steps; the publishDiagnostics payload is
 * measured in bytes of JSON. Targets (issue 15): p95 < 30 ms at 200 steps, < 150 ms at 2,000,
 * and the 2,000-step edit under 3× the 200-step one.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import * as path from 'node:path';
import { URI } from 'langium';
import { TestLspClient } from '../test/lsp/lsp-client.js';
import { generateRealisticSop } from './generate-realistic-sop.js';
import { report, heading } from './bench-util.js';
import { writeWorkspace } from './bench-workspace.js';

const EDITS = 20;
const WARMUP = 3;

export interface EditFigures {
    steps: number; medianMs: number; p95Ms: number; cpuMsPerEdit: number; payloadBytes: number; hints: number;
    /** From initialize to the diagnostics of the open file (and, in a workspace, of every file). */
    startUpMs: number;
}

/** Server CPU time (user + system) in milliseconds, from /proc (Linux only; 0 elsewhere). */
export function cpuMsOf(pid: number | undefined): number {
    try {
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
        return (Number(fields[11]) + Number(fields[12])) * 10;
    } catch {
        return 0;
    }
}

/**
 * Edits of one realistic SOP of `steps` steps. With `within` (a folder of `others` .sop files, e.g.
 * bench-workspace's writeWorkspace), the file is written into that folder and the edits start once
 * every file of the workspace has its diagnostics (start-up done); the folder is left to the caller.
 */
export async function measureEdits(steps: number, within?: { folder: string; others: string[] }): Promise<EditFigures> {
    const workspace = within?.folder ?? mkdtempSync(path.join(tmpdir(), 'sop-bench-edit-'));
    const file = path.join(workspace, `edit-${steps}.sop`);
    const uri = URI.file(file).toString();
    // In a workspace, a number of its own: bench-workspace's f0.sop is SOP-0/BENCH too.
    const text = generateRealisticSop(steps, 5, `edit${steps}`).replace('SOP-0/BENCH', within ? 'SOP-EDIT/BENCH' : 'SOP-0/BENCH');
    if (within) writeFileSync(file, text);
    const client = new TestLspClient();
    try {
        const started = performance.now();
        await client.initialize(URI.file(workspace).toString(), 'en');
        await client.open(uri, text);
        await client.waitForDiagnostics(uri, () => true, 120_000);
        for (const other of within?.others ?? []) await client.waitForDiagnostics(URI.file(other).toString(), () => true, 600_000);
        const startUpMs = performance.now() - started;
        const times: number[] = [];
        let cpu = 0;
        let last: unknown[] = [];
        for (let i = 0; i < EDITS + WARMUP; i++) {
            // Lengthen the first activity: its text-too-long hint names the new length, so the
            // publish that answers this edit is recognisable.
            const extra = 'x'.repeat(i + 1);
            const edited = text.replace(/^(kapsul s1 "[^"]*)"/m, (_, head: string) => `${head}${extra}"`);
            const length = [...edited.match(/^kapsul s1 "([^"]*)"/m)![1]].length;
            const cpuBefore = cpuMsOf(client.pid);
            const start = performance.now();
            await client.change(uri, edited, i + 2);
            last = await client.waitForDiagnostics(uri, d => d.some(x => String(x.message).includes(` ${length} characters`)), 120_000);
            if (i >= WARMUP) {
                times.push(performance.now() - start);
                cpu += cpuMsOf(client.pid) - cpuBefore;
            }
        }
        times.sort((a, b) => a - b);
        const params = { uri, diagnostics: last };
        return {
            steps, medianMs: times[Math.floor(times.length / 2)], p95Ms: times[Math.ceil(times.length * 0.95) - 1],
            cpuMsPerEdit: cpu / EDITS, startUpMs, payloadBytes: Buffer.byteLength(JSON.stringify(params)), hints: last.length,
        };
    } finally {
        await client.shutdown();
        if (within) rmSync(file, { force: true });
        else rmSync(workspace, { recursive: true, force: true });
    }
}

export async function benchEdit(): Promise<void> {
    heading(`# edit → diagnostics: realistic SOP, bundled server over stdio (${EDITS} edits; wall time is noisy on a shared machine, CPU time less so; load ${loadavg()[0].toFixed(1)})`);
    const figures = new Map<number, EditFigures>();
    for (const steps of [50, 200, 2000]) {
        const f = await measureEdits(steps);
        figures.set(steps, f);
        reportEdits(`${steps} steps`, f);
    }
    const [f200, f2000] = [figures.get(200)!, figures.get(2000)!];
    report('ratio 2,000 / 200 steps, median wall', f2000.medianMs / f200.medianMs, 'x', '(target < 3x)');
    report('ratio 2,000 / 200 steps, server CPU', f2000.cpuMsPerEdit / Math.max(1, f200.cpuMsPerEdit), 'x');

    // The same 200-step edit with the file open in the 1,000-file workspace, after start-up.
    const folder = writeWorkspace();
    try {
        const others = readdirSync(folder).map(name => path.join(folder, name));
        const f = await measureEdits(200, { folder, others });
        report(`start-up before the edits, ${others.length} files + the open one: all diagnostics`, f.startUpMs, 'ms');
        reportEdits(`200 steps in a ${others.length}-file workspace`, f);
        report(`ratio in workspace / alone, 200 steps, median wall`, f.medianMs / f200.medianMs, 'x');
    } finally {
        rmSync(folder, { recursive: true, force: true });
    }
}

function reportEdits(label: string, f: EditFigures): void {
    const size = `${f.steps} steps`;
    report(`edit → diagnostics, ${label}: median`, f.medianMs, 'ms', `p95 ${f.p95Ms.toFixed(0)} ms`, { p95Ms: f.p95Ms, size, bytes: f.payloadBytes });
    report(`edit → diagnostics, ${label}: server CPU per edit`, f.cpuMsPerEdit, 'ms');
    report(`publishDiagnostics payload, ${label}`, f.payloadBytes / 1024, 'KB', `${f.hints} diagnostics`, { size, bytes: f.payloadBytes });
}
