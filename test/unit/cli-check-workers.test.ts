import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'mocha';
import { BATCH_FILES, checkInBatches, findCheckWorker, workerCount } from '../../server/src/cli/check-pool.js';
import { CliWorkspace, InternalError } from '../../server/src/cli/cli-workspace.js';
import { SMALL_SOP } from '../support/sop-test-services.js';
import { runCli } from '../../server/src/cli/sop-cli.js';
import { generateSop } from '../../bench/generate-sop.js';

async function check(workers: number, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
    return checkOn(false, workers, ...argv);
}

async function checkOn(terminal: boolean, workers: number, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
    let out = '';
    let err = '';
    const env = { LANG: 'en_US.UTF-8', SOP_CHECK_WORKERS: String(workers) };
    const code = await runCli(['check', ...argv], { out: t => { out += t; }, err: t => { err += t; }, env, interactive: terminal });
    return { code, out, err };
}

/**
 * Issue 15: `sop check` on a folder runs in batches of files, on worker threads when there are many;
 * the checks across files (duplicate `nomor`, `keterkaitan` names) see every file all the same.
 */
describe('sop check in batches and on worker threads', function () {
    this.timeout(120_000);
    let dir: string;
    const FILES = BATCH_FILES * 3 + 5;

    before(() => {
        dir = mkdtempSync(path.join(tmpdir(), 'sop-check-workers-'));
        mkdirSync(path.join(dir, 'checked'));
        for (let i = 0; i < FILES; i++) {
            // The first and the last file (different batches, so different workers) share a number;
            // four files share another; each names a SOP of a later batch and one names nothing.
            const number = i === 0 || i === FILES - 1 ? 'SOP-PAIR/1' : i % 20 === 7 ? 'SOP-FOUR/2' : `SOP-${i}/X`;
            const related = [`doc${(i + BATCH_FILES + 3) % FILES}`, i === 11 ? 'nowhere' : `doc${i}`, i === 12 ? 'outside' : `doc${i}`];
            const text = generateSop(4, 2, `doc${i}`).replace('nomor "SOP-0/BENCH/2025"', `nomor "${number}"\nketerkaitan ${related.join(', ')}`);
            writeFileSync(path.join(dir, 'checked', `f${String(i).padStart(3, '0')}.sop`), text);
        }
        // Next to the checked files but not among them: found by its header, it resolves `outside` and shares a number.
        writeFileSync(path.join(dir, 'checked', 'z-sibling.sop'), generateSop(3, 2, 'outside').replace('SOP-0/BENCH/2025', 'SOP-PAIR/1'));
    });

    after(() => rmSync(dir, { recursive: true, force: true }));

    const checkedFiles = () => readdirSync(path.join(dir, 'checked')).filter(f => f.startsWith('f')).map(f => path.join(dir, 'checked', f));

    it('reports the checks across files as one workspace does', async () => {
        const r = await check(0, ...checkedFiles());
        const lines = r.out.split('\n');
        const first = lines.filter(l => l.includes('f000.sop:') && l.includes('[duplicate-number]'));
        assert.equal(first.length, 1, r.out);
        assert.match(first[0], /SOP number "SOP-PAIR\/1" is also used by z-sibling\.sop, f079\.sop\./);
        assert.match(r.out, /f007\.sop:\d+:\d+: warning: SOP number "SOP-FOUR\/2" is also used by f027\.sop, f047\.sop, f067\.sop\./);
        const unresolved = lines.filter(l => l.includes('[unresolved-sop]'));
        assert.equal(unresolved.length, 1, unresolved.join('\n'));
        assert.match(unresolved[0], /f011\.sop:.*'nowhere'/);
    });

    for (const format of ['text', 'json', 'sarif', 'github']) {
        it(`prints the same with two workers as in this thread (--format ${format})`, async () => {
            const inProcess = await check(0, '--format', format, '--hints', ...checkedFiles());
            const workers = await check(2, '--format', format, '--hints', ...checkedFiles());
            assert.equal(workers.out, inProcess.out);
            assert.equal(workers.err, inProcess.err);
            assert.equal(workers.code, inProcess.code);
            assert.ok(inProcess.out.includes('duplicate-number'));
        });
    }

    it('checks a whole folder (the sibling among the checked files) the same way with workers', async () => {
        const [inProcess, workers] = [await check(0, dir), await check(3, dir)];
        assert.deepEqual(workers, inProcess);
        assert.equal(inProcess.code, 1);
        assert.ok(!inProcess.out.includes("'outside'"), 'z-sibling.sop is checked and declares it');
    });

    it('shows on a terminal how many files are done, on stderr only', async () => {
        const plain = await check(0, ...checkedFiles());
        const terminal = await checkOn(true, 0, ...checkedFiles());
        assert.equal(terminal.out, plain.out);
        assert.ok(terminal.err.startsWith(`\r[${BATCH_FILES}/${FILES}] checked\u001b[K`), JSON.stringify(terminal.err));
        assert.ok(terminal.err.endsWith(`\r\u001b[K${plain.err}`), 'the line is cleared before the summary');
        assert.ok(!plain.err.includes('\r'));
    });

    it('does not format the hints it will not print (55,000 of 69,000 reports on 1,000 files)', async () => {
        const file = path.join(dir, 'long.sop');
        writeFileSync(file, SMALL_SOP.replace('"Menerima surat"', `"Menerima surat ${'dan memeriksa lampirannya '.repeat(4)}"`));
        const hints = async (skip: boolean) => {
            const workspace = new CliWorkspace('en');
            workspace.services.validation.Reporter.skipHints = skip ? () => true : undefined;
            const [doc] = await workspace.load([file]);
            return (doc.diagnostics ?? []).filter(d => d.severity === 4).map(d => d.code);
        };
        assert.ok((await hints(false)).includes('text-too-long'));
        assert.deepEqual(await hints(true), []);
    });

    it('uses workers only for many files and free cores, or as many as SOP_CHECK_WORKERS says', () => {
        const idle = { cores: 2, load: 0.2 };
        assert.equal(workerCount(1, {}, idle), 0);
        assert.equal(workerCount(50, {}, idle), 0);
        assert.equal(workerCount(1000, {}, idle), 2);
        assert.equal(workerCount(1000, {}, { cores: 8, load: 3 }), 5, 'one per free core');
        assert.equal(workerCount(1000, {}, { cores: 2, load: 1.2 }), 0, 'a busy core gains nothing from a worker');
        assert.equal(workerCount(1000, { SOP_CHECK_WORKERS: '0' }), 0);
        assert.equal(workerCount(1000, { SOP_CHECK_WORKERS: '3' }), 3);
        assert.equal(workerCount(10, { SOP_CHECK_WORKERS: '3' }), 1, 'never more workers than batches');
        assert.match(findCheckWorker() ?? '', /server\/src\/cli\/check-worker\.ts$/);
    });

    for (const [what, source, message] of [
        ['throws when it starts', `throw new Error('boom');`, /a check worker crashed: boom/],
        ['exits in the middle of a batch', `import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => process.exit(3));`, /a check worker stopped \(exit code 3\)/],
    ] as const) {
        it(`turns a worker that ${what} into an internal error, never a pass`, async () => {
            const workerFile = path.join(dir, `broken-${what.length}.mjs`);
            writeFileSync(workerFile, source);
            await assert.rejects(checkInBatches(checkedFiles(), { locale: 'en', hints: false }, { workers: 2, workerFile }), (e: unknown) => {
                assert.ok(e instanceof InternalError, String(e));
                assert.match(e.message, message);
                return true;
            });
        });
    }
});
