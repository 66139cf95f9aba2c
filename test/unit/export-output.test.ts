import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'mocha';
import { OutputError, writeFileAtomic, writePageSet } from '../../server/src/export/output-target.js';
import { runCli } from '../../server/src/cli/sop-cli.js';

async function run(...argv: string[]) {
    let out = '';
    let err = '';
    const chunks: Uint8Array[] = [];
    const code = await runCli(argv, { out: t => { out += t; }, err: t => { err += t; }, bytes: b => { chunks.push(b); }, env: { LANG: 'en_US.UTF-8' } });
    return { code, out, err, bytes: Buffer.concat(chunks) };
}

describe('export output: atomic writes (issue 11, items 6 and 7)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sop-output-'));

    it('writes through a symlink to its target and keeps the link', () => {
        const target = path.join(dir, 'real.txt');
        const link = path.join(dir, 'link.txt');
        writeFileSync(target, 'old');
        symlinkSync(target, link);
        writeFileAtomic(link, 'new');
        assert.ok(lstatSync(link).isSymbolicLink());
        assert.equal(readlinkSync(link), target);
        assert.equal(readFileSync(target, 'utf8'), 'new');
    });

    it('creates the target of a dangling symlink', () => {
        const link = path.join(dir, 'dangling.txt');
        symlinkSync(path.join(dir, 'made-by-link.txt'), link);
        writeFileAtomic(link, 'x');
        assert.ok(lstatSync(link).isSymbolicLink());
        assert.equal(readFileSync(path.join(dir, 'made-by-link.txt'), 'utf8'), 'x');
    });

    it('streams into a FIFO instead of replacing it', async function () {
        const fifo = path.join(dir, 'pipe');
        if (spawnSync('mkfifo', [fifo]).status !== 0) this.skip();
        // A reader in another process: opening a FIFO for writing waits until it is read.
        const reader = spawn('cat', [fifo], { stdio: ['ignore', 'pipe', 'ignore'] });
        let got = '';
        reader.stdout.on('data', (d: Buffer) => { got += d.toString('utf8'); });
        const closed = new Promise(resolve => reader.on('close', resolve));
        writeFileAtomic(fifo, 'through the pipe');
        await closed;
        assert.equal(got, 'through the pipe');
        assert.ok(statSync(fifo).isFIFO(), 'the FIFO is still a FIFO');
    });

    it('refuses a socket and a folder, and leaves them as they were', async () => {
        const socket = path.join(dir, 'sock');
        const server = createServer();
        await new Promise<void>(resolve => server.listen(socket, resolve));
        try {
            assert.throws(() => writeFileAtomic(socket, 'x'), OutputError);
            assert.ok(lstatSync(socket).isSocket());
        } finally {
            server.close();
        }
        assert.throws(() => writeFileAtomic(dir, 'x'), /is a folder/);
    });

    it('a full device is written into, not replaced: the error is an I/O error (exit 2)', async function () {
        if (!existsSync('/dev/full')) this.skip();
        const r = await run('export', 'examples/surat-masuk.sop', '--format', 'mermaid', '--out', '/dev/full');
        assert.equal(r.code, 2, r.err);
        assert.match(r.err, /\/dev\/full/);
        assert.ok(statSync('/dev/full').isCharacterDevice());
    });

    it('removes the pages of an older, longer version and keeps other documents\' pages', () => {
        const folder = path.join(dir, 'pages');
        mkdirSync(folder);
        for (let n = 1; n <= 23; n++) writeFileSync(path.join(folder, `sop-a-page-${n}.svg`), `old ${n}`);
        writeFileSync(path.join(folder, 'sop-ab-page-1.svg'), 'another document');
        writeFileSync(path.join(folder, 'notes.txt'), 'mine');
        mkdirSync(path.join(folder, '.sop-pages-sop-a-leftover'));
        writePageSet(folder, 'sop-a', 'svg', [1, 2, 3].map(n => ({ name: `sop-a-page-${n}.svg`, data: `new ${n}` })));
        assert.deepEqual(readdirSync(folder).sort(), ['notes.txt', 'sop-a-page-1.svg', 'sop-a-page-2.svg', 'sop-a-page-3.svg', 'sop-ab-page-1.svg']);
        assert.equal(readFileSync(path.join(folder, 'sop-a-page-3.svg'), 'utf8'), 'new 3');
    });

    it('a failure while writing the new set leaves the old set whole and no temporary files', () => {
        const folder = path.join(dir, 'crash');
        mkdirSync(folder);
        for (let n = 1; n <= 3; n++) writeFileSync(path.join(folder, `doc-page-${n}.svg`), `old ${n}`);
        // The second page cannot be created (its name points into a missing folder): the write fails midway.
        assert.throws(() => writePageSet(folder, 'doc', 'svg', [
            { name: 'doc-page-1.svg', data: 'new 1' }, { name: 'missing/doc-page-2.svg', data: 'new 2' },
        ]));
        assert.deepEqual(readdirSync(folder).sort(), ['doc-page-1.svg', 'doc-page-2.svg', 'doc-page-3.svg']);
        assert.equal(readFileSync(path.join(folder, 'doc-page-1.svg'), 'utf8'), 'old 1');
    });

    it('sop render leaves no extra page of a longer render behind', async () => {
        const folder = path.join(dir, 'render');
        mkdirSync(folder);
        for (let n = 1; n <= 23; n++) writeFileSync(path.join(folder, `surat-masuk-page-${n}.svg`), 'stale');
        const r = await run('render', 'examples/surat-masuk.sop', '--format', 'svg', '--out', folder);
        assert.equal(r.code, 0, r.err);
        // Exactly the pages of this render (the count follows the renderer), none of the 23 stale ones.
        const pages = r.err.match(/surat-masuk-page-\d+\.svg/g) ?? [];
        assert.ok(pages.length >= 2 && pages.length < 23, r.err);
        assert.deepEqual(readdirSync(folder).sort(), [...new Set(pages)].sort());
    });

    it('--out - writes one SOP to standard output; page formats and folders are refused there', async () => {
        const pdf = await run('export', 'examples/surat-masuk.sop', '--format', 'pdf', '--out', '-');
        assert.equal(pdf.code, 0, pdf.err);
        assert.equal(pdf.bytes.subarray(0, 5).toString('latin1'), '%PDF-');
        const mmd = await run('export', 'examples/surat-masuk.sop', '--format', 'mermaid', '--out', '-');
        assert.match(mmd.out, /^---\ntitle: /);
        assert.equal((await run('export', 'examples/surat-masuk.sop', '--format', 'svg', '--out', '-')).code, 2);
        assert.equal((await run('export', 'examples', '--format', 'pdf', '--out', '-')).code, 2);
    });
});
