import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'mocha';
import { runCli } from '../../server/src/cli/sop-cli.js';

describe('sop model with errors in the file', () => {
    it('prints the model it could build, the errors on stderr, and exits 1', async () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'sop-model-'));
        const file = path.join(dir, 'unlinked.sop');
        writeFileSync(file, readFileSync('examples/surat-masuk.sop', 'utf8').replace('    oleh admin\n', '    oleh nobody\n'));
        let out = '';
        let err = '';
        const code = await runCli(['model', file], { out: t => { out += t; }, err: t => { err += t; }, env: { LANG: 'en_US.UTF-8' } });
        assert.equal(code, 1);
        assert.match(err, /unlinked\.sop:\d+:\d+: error: .*nobody/);
        const model = JSON.parse(out) as { steps: unknown[] };
        assert.equal(model.steps.length, 11, 'every step is in the model');
    });
});
