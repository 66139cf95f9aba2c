/**
 * A 1,000-file workspace (realistic SOPs of 30 steps): language-server start-up over stdio with one
 * file open (first diagnostics of the open file; every file's diagnostics; peak RSS and CPU of the
 * server), and `sop check` on the same folder (wall, CPU and peak RSS from /usr/bin/time).
 * Targets (issue 15): open file < 500 ms, all files < 2 s and < 300 MB; `sop check` < 3 s.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

function check(folder: string): void {
    const cli = path.resolve('bin/sop.cjs');
    const args = ['-f', '%e %U %S %M', process.execPath, cli, 'check', folder];
    const run = spawnSync('/usr/bin/time', args, { encoding: 'utf8', maxBuffer: 1 << 28 });
    const line = run.stderr.trim().split('\n').pop() ?? '';
    const [wall, user, sys, rssKb] = line.split(' ').map(Number);
    if (!existsSync('/usr/bin/time') || Number.isNaN(wall)) throw new Error(`sop check: ${run.stderr.slice(-500)}`);
    report(`sop check, ${WORKSPACE_FILES} files: wall`, wall * 1000, 'ms', `(target < 3 s; exit ${run.status})`);
    report(`sop check, ${WORKSPACE_FILES} files: CPU (user + system)`, (user + sys) * 1000, 'ms');
    report(`sop check, ${WORKSPACE_FILES} files: peak RSS`, rssKb / 1024, 'MB');
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
