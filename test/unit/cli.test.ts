import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'mocha';
import { runSop } from '../support/cli-run.js';
import type { CliDiagnostic } from '../../server/src/cli/cli-workspace.js';

const run = runSop;

const dir = mkdtempSync(path.join(tmpdir(), 'sop-cli-'));
const broken = path.join(dir, 'broken.sop');
writeFileSync(broken, 'sop rusak "RUSAK"\npelaksana a "A"\nlangkah x oleh a\n');
const clean = path.join(dir, 'clean.sop');
writeFileSync(clean, 'sop bersih "BERSIH"\npelaksana a "A"\nkapsul s "Memulai" oleh a waktu 5 mnt\n');

describe('sop CLI', () => {
    it('check exits 0 on the examples', async () => {
        const r = await run('check', 'examples');
        assert.equal(r.code, 0, r.out + r.err);
    });

    it('check prints file:line:column: severity: message [code] and exits 1 on a syntax error', async () => {
        const r = await run('check', broken);
        assert.equal(r.code, 1);
        assert.match(r.out, /broken\.sop:3:11: error: .* \[parsing-error\]\n/);
    });

    it('check --format json prints the documented fields', async () => {
        const r = await run('check', clean, broken, '--format', 'json');
        assert.equal(r.code, 1);
        const all = JSON.parse(r.out) as CliDiagnostic[];
        assert.deepEqual(Object.keys(all[0]).sort(), ['code', 'column', 'endColumn', 'endLine', 'file', 'line', 'message', 'severity']);
        const unit = all.find(d => d.code === 'waktu-unknown-unit');
        assert.equal(unit?.severity, 'warning');
        assert.equal(unit?.line, 3);
        assert.match(unit?.message ?? '', /Unknown time unit "mnt"/);
    });

    it('check follows --lang', async () => {
        const r = await run('check', clean, '--lang', 'id');
        assert.match(r.out, /Satuan waktu "mnt" tidak dikenal/);
        assert.equal(r.code, 0);
    });

    it('exits 2 with a one-line message on a missing path or bad usage', async () => {
        const missing = await run('check', path.join(dir, 'nope.sop'));
        assert.equal(missing.code, 2);
        assert.match(missing.err, /nope\.sop: no such file or folder\n$/);
        assert.equal((await run('check', clean, '--format', 'xml')).code, 2);
        assert.equal((await run('frobnicate')).code, 2);
        assert.equal((await run('check')).code, 2);
    });

    it('model prints the SopDocument as JSON', async () => {
        const r = await run('model', 'examples/surat-masuk.sop');
        assert.equal(r.code, 0, r.err);
        const m = JSON.parse(r.out);
        assert.equal(m.steps.length, 11);
        assert.equal(m.identity.number, 'SOP-01/DISKOMINFO/2025');
    });

    it('prints help and version', async () => {
        assert.match((await run('--help')).out, /Commands:/);
        assert.match((await run('check', '--help')).out, /--format text\|json\|sarif\|github/);
        assert.match((await run('--version')).out, /^\d+\.\d+\.\d+/);
    });

    it('the installed bin runs the bundled CLI without stack traces', () => {
        const bin = path.resolve('bin/sop.cjs');
        const bad = spawnSync(process.execPath, [bin, 'check', broken], { encoding: 'utf8' });
        assert.equal(bad.status, 1);
        assert.doesNotMatch(bad.stdout + bad.stderr, /\n\s+at /);
        const missing = spawnSync(process.execPath, [bin, 'check', 'does-not-exist'], { encoding: 'utf8' });
        assert.equal(missing.status, 2);
        assert.equal(missing.stderr.trim().split('\n').length, 1);
    });
});
