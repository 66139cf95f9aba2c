import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'mocha';

/**
 * The fuzz driver watches its inputs: one that never finishes is killed, reported as a hang with its
 * input saved, and the run goes on with the next input (a hang used to stop a long run for good).
 */
describe('fuzz driver', () => {
    it('reports an input that hangs and goes on after it', function () {
        this.timeout(120_000);
        const out = mkdtempSync(path.join(tmpdir(), 'sop-fuzz-'));
        const run = spawnSync(process.execPath, ['--import', 'tsx', '--import', './polyfill-groupby.mjs', 'test/fuzz/fuzz-main.ts',
            '--iterations', '3', '--from', '0', '--seed', '1', '--hang-ms', '4000', '--out', out, '--quiet'],
        { encoding: 'utf8', env: { ...process.env, FUZZ_TEST_HANG_AT: '1' }, timeout: 110_000 });
        assert.equal(run.status, 1, run.stderr);
        assert.match(run.stdout, /iterations 0\.\.2 \(3\)/);
        assert.match(run.stdout, /1 x hang in all: no answer within 4000 ms/);
        assert.deepEqual(readdirSync(out).filter(f => f.endsWith('.sop')), ['seed1-i1-hang.sop']);
        const findings = readFileSync(path.join(out, 'findings.jsonl'), 'utf8').trim().split('\n').map(l => JSON.parse(l) as { iteration: number; kind: string });
        assert.deepEqual(findings.map(f => [f.iteration, f.kind]), [[1, 'hang']]);
    });
});
