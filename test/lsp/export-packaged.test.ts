/**
 * PNG and Word from the packaged extension: the .vsix carries no node_modules, so its server bundle
 * must rasterise with what travels beside it (resvg's WebAssembly module, out/resvg.wasm), and import
 * PDFs with the pdfjs it bundles. The files
 * `vsce` would package are copied into an empty folder (no node_modules above it either) and the
 * server is run from there over stdio; the CLI bundle is run the same way.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { URI } from 'langium';
import { after, before, describe, it } from 'mocha';
import { ImportRequest, type ImportResult } from '../../server/src/protocol/import-protocol.js';
import { ExportRequest, type ExportResult } from '../../server/src/protocol/sop-protocol.js';
import { TestLspClient } from './lsp-client.js';

const vsce = createRequire(import.meta.url)('@vscode/vsce') as { listFiles(options: { cwd: string; packageManager: 'none' }): Promise<string[]> };
const EXAMPLE = path.resolve('examples/surat-masuk.sop');

/** A folder with no node_modules in it or above it. */
function isolatedFolder(prefix: string): string {
    const dir = mkdtempSync(path.join(tmpdir(), prefix));
    for (let d = dir; d !== path.dirname(d); d = path.dirname(d)) assert.ok(!existsSync(path.join(d, 'node_modules')), `${d}/node_modules exists`);
    return dir;
}

function assertPng(data: Buffer, name: string): void {
    assert.equal(data.subarray(1, 4).toString('latin1'), 'PNG', name);
    assert.deepEqual([data.readUInt32BE(16), data.readUInt32BE(20)], [Math.round(297 / 25.4 * 150), Math.round(210 / 25.4 * 150)], `${name}: A4 at 150 dpi`);
}

/** The Word file's drawings: SVG pictures with their PNG fallbacks, read with unzip. */
function docxMedia(file: string): string[] {
    const r = spawnSync('unzip', ['-Z1', file], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return r.stdout.split('\n').filter(f => f.startsWith('word/media/'));
}

describe('exports and imports from the packaged extension (no node_modules)', function () {
    this.timeout(180_000);
    let extension: string;
    let client: TestLspClient;
    const out = isolatedFolder('sop-vsix-out-');

    before(async () => {
        extension = isolatedFolder('sop-vsix-');
        const files = (await vsce.listFiles({ cwd: process.cwd(), packageManager: 'none' })).map(f => f.replace(/\\/g, '/'));
        assert.ok(files.includes('out/resvg.wasm'), 'the .vsix ships the rasteriser');
        assert.ok(!files.some(f => f.startsWith('node_modules/')));
        for (const f of files) {
            mkdirSync(path.join(extension, path.dirname(f)), { recursive: true });
            copyFileSync(f, path.join(extension, f));
        }
        client = new TestLspClient([path.join(extension, 'out/server/main.cjs'), '--stdio']);
        await client.initialize(null, 'en');
        await client.open(URI.file(EXAMPLE).toString(), readFileSync(EXAMPLE, 'utf8'));
    });

    after(() => client?.shutdown());

    it('the server writes PNG pages and a Word file with its drawings', async function () {
        const uri = URI.file(EXAMPLE).toString();
        const png = await client.connection.sendRequest(ExportRequest, { uri, format: 'png', target: path.join(out, 'png') }) as ExportResult;
        assert.equal(png.status, 'ok', JSON.stringify(png));
        assert.ok(png.status === 'ok' && png.files.length >= 2);
        for (const f of readdirSync(path.join(out, 'png'))) assertPng(readFileSync(path.join(out, 'png', f)), f);
        const target = path.join(out, 'surat-masuk.docx');
        const docx = await client.connection.sendRequest(ExportRequest, { uri, format: 'docx', target }) as ExportResult;
        assert.equal(docx.status, 'ok', JSON.stringify(docx));
        if (spawnSync('sh', ['-c', 'command -v unzip']).status !== 0) this.skip();
        const media = docxMedia(target);
        assert.ok(media.some(f => f.endsWith('.png')) && media.some(f => f.endsWith('.svg')), media.join(', '));
    });

    for (const name of ['surat-masuk.pdf', 'pengadaan-kelompok.docx']) {
        it(`the server imports ${name}`, async () => {
            const source = path.join(out, name);
            copyFileSync(path.resolve('test/fixtures/import', name), source);
            const target = path.join(out, name.replace(/\.\w+$/, '.sop'));
            const result = await client.connection.sendRequest(ImportRequest, { source, target }) as ImportResult;
            assert.equal(result.status, 'ok', JSON.stringify(result));
            assert.ok(result.status === 'ok' && result.counts.rows > 0 && result.counts.symbols > 0 && result.counts.arrows > 0, JSON.stringify(result));
            assert.match(readFileSync(target, 'utf8'), /^sop /m);
        });
    }

    it('the CLI bundle, alone with the writers\' bundle, its fonts and resvg.wasm, writes PNG and Word, and imports PDF and Word', function () {
        const cli = isolatedFolder('sop-cli-');
        for (const f of ['out/cli/main.cjs', 'out/server/heavy.cjs', 'out/resvg.wasm', ...readdirSync('server/assets/fonts').map(f => `server/assets/fonts/${f}`)]) {
            mkdirSync(path.join(cli, path.dirname(f)), { recursive: true });
            copyFileSync(f, path.join(cli, f));
        }
        const run = (...args: string[]) => spawnSync(process.execPath, [path.join(cli, 'out/cli/main.cjs'), ...args], { encoding: 'utf8', cwd: cli, timeout: 120_000 });
        const png = run('export', EXAMPLE, '--format', 'png', '--out', path.join(cli, 'png'), '--quiet');
        assert.equal(png.status, 0, png.stderr);
        for (const f of readdirSync(path.join(cli, 'png'))) assertPng(readFileSync(path.join(cli, 'png', f)), f);
        const docx = run('export', EXAMPLE, '--format', 'docx', '--out', path.join(cli, 'x.docx'), '--quiet');
        assert.equal(docx.status, 0, docx.stderr);
        assert.equal(readFileSync(path.join(cli, 'x.docx')).subarray(0, 2).toString('latin1'), 'PK');
        for (const name of ['surat-masuk.pdf', 'pengadaan-kelompok.docx']) {
            copyFileSync(path.resolve('test/fixtures/import', name), path.join(cli, name));
            const imported = run('import', path.join(cli, name));
            assert.equal(imported.status, 0, imported.stdout + imported.stderr);
            assert.match(readFileSync(path.join(cli, name.replace(/\.\w+$/, '.sop')), 'utf8'), /^sop /m);
        }
    });

    it('the CLI bundle without the writers\' bundle still checks, and an export says what is missing', function () {
        const cli = isolatedFolder('sop-cli-alone-');
        mkdirSync(path.join(cli, 'out/cli'), { recursive: true });
        copyFileSync('out/cli/main.cjs', path.join(cli, 'out/cli/main.cjs'));
        const run = (...args: string[]) => spawnSync(process.execPath, [path.join(cli, 'out/cli/main.cjs'), ...args], { encoding: 'utf8', cwd: cli, timeout: 120_000 });
        const check = run('check', EXAMPLE);
        assert.equal(check.status, 0, check.stderr);
        const pdf = run('export', EXAMPLE, '--format', 'pdf', '--out', path.join(cli, 'x.pdf'));
        assert.equal(pdf.status, 2, pdf.stderr);
        assert.match(pdf.stderr, /heavy\.cjs\) are missing/);
    });

    it('the server\'s and the CLI\'s bundles leave the writers to heavy.cjs (loading them cost every start ~0.2 s)', () => {
        const writers = /\/\/ node_modules\/(pdfkit|docx|pdfjs-dist|fontkit|brotli)\//;
        for (const bundle of ['out/server/main.cjs', 'out/cli/main.cjs']) assert.doesNotMatch(readFileSync(bundle, 'utf8'), writers, bundle);
        assert.match(readFileSync('out/server/heavy.cjs', 'utf8'), writers);
    });
});
