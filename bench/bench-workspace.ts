/**
 * A 1,000-file workspace (realistic SOPs of 30 steps): language-server start-up over stdio with one
 * file open (first diagnostics of the open file; every file's diagnostics; peak RSS and CPU of the
 * server), and `sop check` on the same folder (wall, CPU and peak RSS from /usr/bin/time; with worker
 * threads and in one thread). `npm run bench -- check` runs only the latter.
 * Targets (issue 15): open file < 500 ms, all files < 2 s and < 300 MB; `sop check` < 3 s.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import * as path from 'node:path';
import { URI } from 'langium';
import { TestLspClient } from '../test/lsp/lsp-client.js';
import { generateRealisticSop } from './generate-realistic-sop.js';
import { cpuMsOf } from './bench-edit.js';
import { report, heading } from './bench-util.js';

export const WORKSPACE_FILES = 1000;

export function writeWorkspace(files = WORKSPACE_FILES, steps = 30): string {
    const folder = mkdtempSync(path.join(tmpdir(), 'sop-bench-ws-'));
    for (let i = 0; i < files; i++) writeFileSync(path.join(folder, `f${i}.sop`), generateRealisticSop(steps, 5, `f${i}`).replace('SOP-0/BENCH', `SOP-${i}/BENCH`));
    return folder;
}

function peakRssMb(pid: number | undefined): number {
    try {
        const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmHWM:\s+(\d+) kB/);
        return m ? Number(m[1]) / 1024 : 0;
    } catch {
        return 0;
    }
}

async function startUp(folder: string): Promise<void> {
    const client = new TestLspClient();
    const open = path.join(folder, 'f500.sop');
    const uri = URI.file(open).toString();
    try {
        const start = performance.now();
        await client.initialize(URI.file(folder).toString(), 'en');
        await client.open(uri, readFileSync(open, 'utf8'));
        await client.waitForDiagnostics(uri, () => true, 300_000);
        report(`start-up, ${WORKSPACE_FILES} files: open file's diagnostics`, performance.now() - start, 'ms', '(target < 500 ms)');
        for (let i = 0; i < WORKSPACE_FILES; i++) await client.waitForDiagnostics(URI.file(path.join(folder, `f${i}.sop`)).toString(), () => true, 600_000);
        report(`start-up, ${WORKSPACE_FILES} files: all diagnostics`, performance.now() - start, 'ms', '(target < 2 s)');
        report(`start-up, ${WORKSPACE_FILES} files: server CPU`, cpuMsOf(client.pid), 'ms');
        report(`start-up, ${WORKSPACE_FILES} files: server peak RSS`, peakRssMb(client.pid), 'MB', '(target < 300 MB)');
    } finally {
        await client.shutdown();
    }
}

/** One `sop check` of the folder under /usr/bin/time: wall and CPU in ms, peak RSS in MB, exit code. */
function timedCheck(folder: string, workers: string | undefined): { wall: number; cpu: number; rss: number; status: number | null } {
    const cli = path.resolve('bin/sop.cjs');
    const args = ['-f', '%e %U %S %M', process.execPath, cli, 'check', folder];
    const env = { ...process.env, SOP_CHECK_WORKERS: workers };
    if (workers === undefined) delete env.SOP_CHECK_WORKERS;
    const run = spawnSync('/usr/bin/time', args, { encoding: 'utf8', maxBuffer: 1 << 28, env });
    const line = run.stderr.trim().split('\n').pop() ?? '';
    const [wall, user, sys, rssKb] = line.split(' ').map(Number);
    if (!existsSync('/usr/bin/time') || Number.isNaN(wall)) throw new Error(`sop check: ${run.stderr.slice(-500)}`);
    return { wall: wall * 1000, cpu: (user + sys) * 1000, rss: rssKb / 1024, status: run.status };
}

const CHECK_RUNS = 3;

/**
 * `sop check` on the folder as it runs by default (worker threads when at least two cores are free),
 * with one worker per core forced, and in one thread (SOP_CHECK_WORKERS=0): medians of three runs,
 * with the load average beside them (on a busy machine two workers share one core and lose).
 */
function check(folder: string): void {
    const cores = String(availableParallelism());
    for (const [label, workers] of [['', undefined], [`, ${cores} workers`, cores], [', one thread', '0']] as const) {
        const load = loadavg()[0].toFixed(1);
        const runs = Array.from({ length: CHECK_RUNS }, () => timedCheck(folder, workers));
        const median = (key: 'wall' | 'cpu' | 'rss') => runs.map(r => r[key]).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
        const details = { size: WORKSPACE_FILES, runs: CHECK_RUNS };
        report(`sop check, ${WORKSPACE_FILES} files${label}: wall`, median('wall'), 'ms', `(target < 3 s; exit ${runs[0].status}; load ${load} on ${cores} cores)`, details);
        report(`sop check, ${WORKSPACE_FILES} files${label}: CPU (user + system)`, median('cpu'), 'ms', '', details);
        report(`sop check, ${WORKSPACE_FILES} files${label}: peak RSS`, median('rss'), 'MB', '', details);
    }
}

/** Only `sop check` on the 1,000-file folder (`npm run bench -- check`). */
export async function benchCheck(): Promise<void> {
    heading(`# sop check: ${WORKSPACE_FILES} realistic files of 30 steps`);
    const folder = writeWorkspace();
    try {
        check(folder);
    } finally {
        rmSync(folder, { recursive: true, force: true });
    }
}

export async function benchWorkspace(): Promise<void> {
    heading(`# workspace: ${WORKSPACE_FILES} realistic files of 30 steps`);
    const folder = writeWorkspace();
    try {
        await startUp(folder);
        check(folder);
    } finally {
        rmSync(folder, { recursive: true, force: true });
    }
}
