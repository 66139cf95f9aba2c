/**
 * Word follows the renderer's page layout: a short SOP's identity and table on one page, the table
 * header on the first table page only (`tabel kepala sekali`), and a row taller than a page continued
 * on the next with the lines the renderer drew there. Read back with unzip and LibreOffice.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { before, describe, it } from 'mocha';
import { CliWorkspace } from '../../server/src/cli/cli-workspace.js';
import { exportSop } from '../../server/src/export/export-document.js';
import type { SopDocument } from '../../server/src/model/sop-document.js';
import { renderSop, type RenderedDocument } from '../../server/src/render/index.js';
import { needs, tool } from '../support/external-tools.js';

const dir = mkdtempSync(path.join(tmpdir(), 'sop-docx-layout-'));
const PATTERNS = 'test/fixtures/real-patterns';

function pages(pdf: string): number {
    return Number(/Pages:\s+(\d+)/.exec(tool('pdfinfo', pdf))![1]);
}

/** The body's tables, each as its plain text, from the XML unzip reads. */
function tables(file: string): string[] {
    const xml = tool('unzip', '-p', file, 'word/document.xml');
    return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(m => m[0]);
}

function text(xml: string): string {
    return xml.replace(/<w:p[ >]/g, ' $&').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/\s+/g, ' ');
}

interface Case { name: string; model: SopDocument; rendered: RenderedDocument; file: string }

async function load(files: Array<{ name: string; source: string }>): Promise<Case[]> {
    for (const f of files) writeFileSync(path.join(dir, `${f.name}.sop`), f.source);
    const ws = new CliWorkspace('id');
    const docs = await ws.load(files.map(f => path.join(dir, `${f.name}.sop`)));
    const cases: Case[] = [];
    for (const [i, d] of docs.entries()) {
        assert.deepEqual((d.diagnostics ?? []).filter(x => x.severity === 1).map(x => x.message), [], files[i].name);
        const model = ws.services.model.ModelBuilder.build(d);
        const rendered = renderSop(model);
        const artifact = await exportSop(model, rendered, 'docx');
        const file = path.join(dir, `${files[i].name}.docx`);
        writeFileSync(file, artifact.kind === 'file' ? artifact.data : '');
        cases.push({ name: files[i].name, model, rendered, file });
    }
    return cases;
}

describe('Word follows the renderer\'s pages: shared identity page, header once, continued rows', function () {
    this.timeout(600_000);
    let shared: Case[];
    let headerOnce: Case;
    let long: Case;
    const longNote = Array.from({ length: 70 }, (_, i) => `catatan panjang nomor ${i + 1} tentang berkas`).join(' ');

    before(async () => {
        shared = await load(readdirSync(PATTERNS).filter(f => f.endsWith('.sop')).sort().map(f => ({ name: f.replace(/\.sop$/, ''), source: readFileSync(path.join(PATTERNS, f), 'utf8') })));
        [headerOnce, long] = await load([
            { name: 'kepala-sekali', source: readFileSync('examples/izin-reklame.sop', 'utf8').replace('nomor "SOP-07/DPMPTSP/2025"', 'nomor "SOP-07/DPMPTSP/2025"\ntabel kepala sekali').replace('    pengaduanPerizinan\n', '    "SOP Penanganan Pengaduan"\n') },
            { name: 'baris-panjang', source: readFileSync('examples/surat-masuk.sop', 'utf8').replace('keterangan "Surat elektronik diterima melalui akun resmi dinas"', `keterangan "${longNote}"`) },
        ]);
    });

    it('identity and table on one page: no page break between them, as many pages in LibreOffice as rendered', function () {
        for (const c of shared) {
            assert.ok(c.rendered.layout.pages[0].identity, `${c.name}: the renderer shares the page`);
            if (!needs(this, 'unzip')) return;
            const xml = tool('unzip', '-p', c.file, 'word/document.xml');
            assert.doesNotMatch(xml, /<w:br w:type="page"\/>|<w:pageBreakBefore\/>/, c.name);
        }
        if (!needs(this, 'soffice', 'pdfinfo')) return;
        const lo = path.join(dir, 'lo-shared');
        tool('soffice', '--headless', '--convert-to', 'pdf', '--outdir', lo, ...shared.map(c => c.file));
        for (const c of shared) assert.equal(pages(path.join(lo, `${c.name}.pdf`)), c.rendered.pages.length, c.name);
    });

    it('each row\'s text at the font size the renderer drew it with (it steps down before a fourth line)', async function () {
        if (!needs(this, 'unzip')) return;
        const [c] = await load([{ name: 'surat-masuk', source: readFileSync('examples/surat-masuk.sop', 'utf8') }]);
        const drawn = new Map<string, number>();
        for (const page of c.rendered.pages) {
            for (const m of page.svg.matchAll(/<g class="sop-row" data-step="(\d+)">\s*<g class="sop-cell">\s*<rect[^>]*\/>\s*<text[^>]*font-size="([\d.]+)"/g)) drawn.set(m[1], Number(m[2]));
        }
        assert.ok(new Set(drawn.values()).size > 1, 'the example has rows at more than one size');
        const written = new Map<string, number>();
        for (const t of tables(c.file).slice(2)) {
            for (const tr of t.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? []) {
                const no = /<w:tc>[\s\S]*?<w:t[^>]*>(\d+)<\/w:t>/.exec(tr);
                const sz = /<w:sz w:val="(\d+)"\/>/.exec(tr);
                if (no && sz && !/<w:tblHeader\/>/.test(tr)) written.set(no[1], Number(sz[1]));
            }
        }
        assert.equal(written.size, c.model.steps.length);
        for (const [step, px] of drawn) assert.equal(written.get(step), Math.round(px * 1.5), `step ${step}: ${px} px = ${px * 0.75} pt`);
    });

    it('each row\'s drawing is anchored at its cell\'s top left, inside the cell, without paper under it', async function () {
        if (!needs(this, 'unzip')) return;
        const [c] = await load([{ name: 'surat-masuk-gambar', source: readFileSync('examples/surat-masuk.sop', 'utf8') }]);
        const xml = tool('unzip', '-p', c.file, 'word/document.xml');
        const rows = (xml.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? []).filter(tr => /<w:drawing>/.test(tr) && !/<w:tblHeader\/>/.test(tr));
        assert.equal(rows.length, c.model.steps.length, 'one drawing per step row');
        for (const tr of rows) {
            // Inline on a text line, LibreOffice set it a few points low and the exact row height cut its bottom.
            assert.doesNotMatch(tr, /<wp:inline/);
            assert.match(tr, /<wp:anchor[^>]*layoutInCell="1"/);
            assert.match(tr, /<wp:positionH relativeFrom="column"><wp:posOffset>0<\/wp:posOffset>/);
            assert.match(tr, /<wp:positionV relativeFrom="paragraph"><wp:posOffset>0<\/wp:posOffset>/);
        }
        // The row rules are the cells' borders: the pictures leave out the white paper that would cover them.
        const media = tool('unzip', '-l', c.file).match(/word\/media\/\S+\.svg/g) ?? [];
        assert.ok(media.length >= rows.length);
        for (const m of media) assert.doesNotMatch(tool('unzip', '-p', c.file, m), /sop-paper/, m);
    });

    it('the identity sheet split where the renderer split it, its texts in the case written', async function () {
        if (!needs(this, 'unzip')) return;
        const [c] = await load([{ name: 'surat-masuk-identitas', source: readFileSync('examples/surat-masuk.sop', 'utf8') }]);
        const rect = /<g class="sop-identity-header"><rect\b[^>]*?\swidth="([\d.]+)"/.exec(c.rendered.pages[0].svg);
        const drawn = Number(rect![1]);
        const [header, lists] = tables(c.file);
        const firstCol = (t: string) => Number(/<w:gridCol w:w="(\d+)"\/>/.exec(t)![1]);
        assert.ok(Math.abs(firstCol(header) - drawn * 15) <= 1 && Math.abs(firstCol(lists) - drawn * 15) <= 1, `left block ${firstCol(header)} twips, drawn ${drawn} px`);
        const approver = c.model.identity.approver!.position!;
        assert.notEqual(approver, approver.toUpperCase(), 'the example writes the jabatan in mixed case');
        assert.ok(text(header).includes(approver.replace(/,\s*$/, '')), 'the jabatan as written');
        assert.ok(text(header).includes(c.model.identity.institution[0]));
    });

    it('tabel kepala sekali: the header rows only on the first table page', function () {
        if (!needs(this, 'unzip')) return;
        const flowchart = headerOnce.rendered.layout.pages.filter(p => p.table);
        assert.ok(flowchart.length >= 2);
        const [, , ...pageTables] = tables(headerOnce.file); // the identity sheet's two tables first
        assert.equal(pageTables.length, flowchart.length);
        assert.equal((pageTables[0].match(/<w:tblHeader\/>/g) ?? []).length, 2);
        assert.match(text(pageTables[0]), /KEGIATAN/);
        for (const t of pageTables.slice(1)) {
            assert.doesNotMatch(t, /<w:tblHeader\/>/);
            assert.doesNotMatch(text(t), /KEGIATAN|PELAKSANA|MUTU BAKU/);
        }
    });

    it('a row taller than a page: each part carries the lines drawn on its page, and LibreOffice keeps the page count', function () {
        const withStep1 = long.rendered.layout.pages.filter(p => p.rows.includes(1));
        assert.ok(withStep1.length >= 2, 'the renderer splits the row');
        if (!needs(this, 'unzip')) return;
        const parts = tables(long.file).slice(2).filter(t => text(t).includes('catatan panjang'));
        assert.equal(parts.length, withStep1.length);
        const first = text(parts[0]);
        const last = text(parts[parts.length - 1]);
        assert.ok(first.includes('nomor 1 tentang') && !first.includes('nomor 70 tentang'), 'the first part: the first lines only');
        assert.ok(last.includes('nomor 70 tentang') && !last.includes('nomor 1 tentang'), 'the last part: the last lines');
        // Together the parts hold the whole keterangan once.
        const all = parts.map(text).join(' ');
        for (let i = 1; i <= 70; i++) assert.equal(all.split(`nomor ${i} tentang`).length - 1, 1, `line ${i} once`);
        if (!needs(this, 'soffice', 'pdfinfo')) return;
        const lo = path.join(dir, 'lo-long');
        tool('soffice', '--headless', '--convert-to', 'pdf', '--outdir', lo, long.file, headerOnce.file);
        assert.equal(pages(path.join(lo, 'baris-panjang.pdf')), long.rendered.pages.length);
        assert.equal(pages(path.join(lo, 'kepala-sekali.pdf')), headerOnce.rendered.pages.length);
    });
});
