import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'mocha';
import { nearest } from '../../server/src/cli/cli-args.js';
import { runSop } from '../support/cli-run.js';

const run = runSop;

describe('sop CLI arguments', () => {
    it('an unknown option is a usage error naming the nearest valid one', async () => {
        const r = await run('check', 'examples', '--hint');
        assert.equal(r.code, 2);
        assert.equal(r.out, '');
        assert.match(r.err, /^sop: unknown option --hint for 'sop check'; did you mean --hints\?\n/);
        assert.match((await run('render', 'examples/surat-masuk.sop', '--ouy', 'x')).err, /unknown option --ouy .*did you mean --out\?/);
        assert.match((await run('check', 'examples', '--paper', 'A4')).err, /unknown option --paper for 'sop check'; its options are --format, --lang, --config, --hints\n/);
    });

    it('an option far from every valid one lists the command\'s options; single-dash options are refused', async () => {
        const far = await run('model', 'examples/surat-masuk.sop', '--frobnicate');
        assert.equal(far.code, 2);
        assert.match(far.err, /unknown option --frobnicate for 'sop model'; its options are --lang\n/);
        const dash = await run('check', '-q', 'examples');
        assert.equal(dash.code, 2);
        assert.match(dash.err, /unknown option -q/);
    });

    it('nearest picks the closest option within a typo\'s distance', () => {
        assert.equal(nearest('hint', ['format', 'lang', 'config', 'hints']), 'hints');
        assert.equal(nearest('FORMAT', ['format', 'lang']), 'format');
        assert.equal(nearest('confg', ['format', 'lang', 'config']), 'config');
        assert.equal(nearest('zzzzzz', ['format', 'lang', 'config']), undefined);
    });

    it('--config with a folder is a clear usage error, not an internal one', async () => {
        const folder = mkdtempSync(path.join(tmpdir(), 'sop-config-'));
        const r = await run('check', 'examples', '--config', folder);
        assert.equal(r.code, 2);
        assert.doesNotMatch(r.err, /internal error/);
        assert.match(r.err, new RegExp(`--config ${folder}: is a folder; give a file such as`));
    });

    it('--lang and --format take any letter case', async () => {
        assert.match((await run('check', 'examples/surat-masuk.sop', '--lang', 'EN', '--format', 'JSON')).out, /^\[/);
    });

    it('model of a folder holding several files is a usage error', async () => {
        const r = await run('model', 'examples');
        assert.equal(r.code, 2);
        assert.match(r.err, /model takes exactly one file/);
    });
});
