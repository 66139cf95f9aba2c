import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'mocha';
import { runCli } from '../../server/src/cli/sop-cli.js';
import type { LayoutDocument } from '../../server/src/render/render-types.js';

async function run(...argv: string[]) {
    let out = '';
    let err = '';
    const code = await runCli(argv, { out: t => { out += t; }, err: t => { err += t; }, env: { LANG: 'en_US.UTF-8' } });
    return { code, out, err };
}

describe('sop render', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sop-render-'));

    it('writes one SVG per page into the --out folder, and nothing else', async () => {
        const out = path.join(dir, 'svg');
        const r = await run('render', 'examples/surat-masuk.sop', '--format', 'svg', '--out', out);
        assert.equal(r.code, 0, r.err);
        const files = readdirSync(out).sort();
        assert.deepEqual(files, ['surat-masuk-page-1.svg', 'surat-masuk-page-2.svg', 'surat-masuk-page-3.svg']);
        assert.match(readFileSync(path.join(out, files[0]), 'utf8'), /^<svg xmlns=/);
    });

    it('writes the JSON layout with the documented shape; --paper overrides the SOP', async () => {
        const file = path.join(dir, 'layout.json');
        const r = await run('render', 'examples/izin-reklame.sop', '--format', 'json', '--out', file, '--paper', 'Legal');
        assert.equal(r.code, 0, r.err);
        const layout = JSON.parse(readFileSync(file, 'utf8')) as LayoutDocument;
        const page = layout.pages.find(p => p.kind === 'flowchart')!;
        assert.deepEqual(Object.keys(page), ['number', 'kind', 'width', 'height', 'rows', 'shapes', 'arrows', 'connectors', 'table']);
        assert.equal(Math.round(page.width), Math.round(355.6 * 96 / 25.4));
        assert.deepEqual(Object.keys(page.shapes[0]), ['step', 'actor', 'kind', 'x', 'y', 'width', 'height']);
        assert.ok(page.arrows.every(a => 'from' in a && 'to' in a && Array.isArray(a.points)));
        assert.ok(readdirSync(dir).every(f => !f.endsWith('.tmp')), 'no temporary file left');
    });

    it('exits 1 with file:line:column on an SOP with errors and writes nothing', async () => {
        const broken = path.join(dir, 'broken.sop');
        writeFileSync(broken, 'sop rusak "RUSAK"\npelaksana a "A"\nlangkah x oleh b\n');
        const out = path.join(dir, 'never');
        const r = await run('render', broken, '--out', out);
        assert.equal(r.code, 1);
        assert.match(r.err, /broken\.sop:3:\d+: error /);
        assert.ok(!existsSync(out));
    });

    it('rejects a bad --paper or a missing --out with exit 2', async () => {
        assert.equal((await run('render', 'examples/surat-masuk.sop', '--format', 'json', '--paper', 'A3')).code, 2);
        assert.equal((await run('render', 'examples/surat-masuk.sop', '--format', 'svg')).code, 2);
    });
});
