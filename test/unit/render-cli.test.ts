import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'mocha';
import { runSop } from '../support/cli-run.js';
import type { LayoutDocument } from '../../server/src/render/render-types.js';

const run = runSop;

describe('sop render', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sop-render-'));

    it('writes one SVG per page into the --out folder, and nothing else', async () => {
        const out = path.join(dir, 'svg');
        const r = await run('render', 'examples/surat-masuk.sop', '--format', 'svg', '--out', out);
        assert.equal(r.code, 0, r.err);
        const files = readdirSync(out).sort();
        assert.deepEqual(files, ['surat-masuk-page-1.svg', 'surat-masuk-page-2.svg']);
        assert.match(readFileSync(path.join(out, files[0]), 'utf8'), /^<svg xmlns=/);
    });

    it('writes the JSON layout with the documented shape; --paper overrides the SOP', async () => {
        const file = path.join(dir, 'layout.json');
        const r = await run('render', 'examples/izin-reklame.sop', '--format', 'json', '--out', file, '--paper', 'Legal');
        assert.equal(r.code, 0, r.err);
        const layout = JSON.parse(readFileSync(file, 'utf8')) as LayoutDocument;
        const page = layout.pages.find(p => p.kind === 'flowchart')!;
        assert.deepEqual(Object.keys(page), ['number', 'kind', 'width', 'height', 'rows', 'shapes', 'arrows', 'connectors', 'joins', 'table']);
        assert.equal(Math.round(page.width), Math.round(355.6 * 96 / 25.4));
        assert.deepEqual(Object.keys(page.shapes[0]), ['step', 'actor', 'symbol', 'cell', 'kind', 'x', 'y', 'width', 'height']);
        assert.ok(page.arrows.every(a => 'from' in a && 'to' in a && Array.isArray(a.points)));
        assert.ok(readdirSync(dir).every(f => !f.endsWith('.tmp')), 'no temporary file left');
    });

    it('draws an SOP with errors all the same, every page marked as an invalid draft, and exits 1 with file:line:column', async () => {
        const broken = path.join(dir, 'broken.sop');
        writeFileSync(broken, 'sop rusak "RUSAK"\npelaksana a "A"\nlangkah x "Mencatat" oleh b\n');
        const out = path.join(dir, 'draft');
        const r = await run('render', broken, '--out', out);
        assert.equal(r.code, 1);
        assert.match(r.err, /broken\.sop:3:\d+: error: /);
        const pages = readdirSync(out).filter(f => f.endsWith('.svg'));
        assert.ok(pages.length > 0, 'pages are drawn');
        const errors = (r.err.match(/: error: /g) ?? []).length;
        for (const page of pages) assert.match(readFileSync(path.join(out, page), 'utf8'), new RegExp(`DRAF — belum valid: ${errors} kesalahan`), page);
        const clean = await run('render', 'examples/surat-masuk.sop', '--out', path.join(dir, 'clean'));
        assert.equal(clean.code, 0, clean.err);
        for (const page of readdirSync(path.join(dir, 'clean'))) assert.doesNotMatch(readFileSync(path.join(dir, 'clean', page), 'utf8'), /DRAF/);
    });

    it('rejects a bad --paper with exit 2, and takes any letter case', async () => {
        const bad = await run('render', 'examples/surat-masuk.sop', '--format', 'json', '--paper', 'A3');
        assert.equal(bad.code, 2);
        assert.match(bad.err, /--paper must be one of: A4, F4, Letter, Legal/);
        const lower = await run('render', 'examples/surat-masuk.sop', '--format', 'json', '--paper', 'legal');
        assert.equal(lower.code, 0, lower.err);
        assert.equal(Math.round((JSON.parse(lower.out) as LayoutDocument).pages[1].width), Math.round(355.6 * 96 / 25.4));
    });

    it('without --out writes the pages next to the .sop file and says where', async () => {
        const folder = path.join(dir, 'beside');
        mkdirSync(folder);
        copyFileSync('examples/surat-masuk.sop', path.join(folder, 'surat-masuk.sop'));
        const r = await run('render', path.join(folder, 'surat-masuk.sop'));
        assert.equal(r.code, 0, r.err);
        assert.deepEqual(readdirSync(folder).sort(), ['surat-masuk-page-1.svg', 'surat-masuk-page-2.svg', 'surat-masuk.sop']);
        assert.deepEqual(r.err.trimEnd().split('\n'), [1, 2].map(n => `wrote ${path.join(folder, `surat-masuk-page-${n}.svg`)}`));
    });

    it('renders every file of a folder, also the one with errors (marked), and exits 1', async () => {
        const out = path.join(dir, 'all');
        const r = await run('render', 'examples', '--out', out);
        assert.equal(r.code, 0, r.err);
        const sources = readdirSync('examples').filter(f => f.endsWith('.sop')).map(f => f.replace(/\.sop$/, ''));
        const rendered = new Set(readdirSync(out).map(f => f.replace(/-page-\d+\.svg$/, '')));
        assert.deepEqual([...rendered].sort(), sources.sort());

        const mixed = path.join(dir, 'mixed');
        mkdirSync(mixed);
        copyFileSync('examples/surat-masuk.sop', path.join(mixed, 'surat-masuk.sop'));
        writeFileSync(path.join(mixed, 'rusak.sop'), 'sop rusak "RUSAK"\npelaksana a "A"\nlangkah x oleh b\n');
        const partly = await run('render', mixed, '--format', 'json', '--out', path.join(dir, 'mixed-out'));
        assert.equal(partly.code, 1);
        assert.match(partly.err, /rusak\.sop:3:\d+: error: /);
        assert.deepEqual(readdirSync(path.join(dir, 'mixed-out')).sort(), ['rusak.layout.json', 'surat-masuk.layout.json']);
    });

    it('a folder without .sop files is a usage error (exit 2), for render and check', async () => {
        const empty = path.join(dir, 'empty');
        mkdirSync(empty);
        writeFileSync(path.join(empty, 'notes.txt'), 'not an SOP');
        for (const command of ['render', 'check']) {
            const r = await run(command, empty);
            assert.equal(r.code, 2, command);
            assert.equal(r.err, `sop: ${empty}: no .sop files in this folder\nRun 'sop --help' for usage.\n`);
        }
    });
});
