/**
 * `sop forms`: the monitoring and evaluation forms of the examples, as PDF and Word, read back by tools
 * that did not write them: poppler (pdfinfo, pdftotext, pdftoppm), unzip for the Word XML, LibreOffice
 * for the Word layout. Tools that are not installed skip their checks (CI installs them: .ci/run).
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { before, describe, it } from 'mocha';
import { CliWorkspace } from '../../server/src/cli/cli-workspace.js';
import { EVALUATION_CRITERIA, MONITORING_ANSWERS } from '../../server/src/export/forms-model.js';
import type { SopDocument } from '../../server/src/model/sop-document.js';
import { runSop } from '../support/cli-run.js';
import { has, tool, squash } from '../support/external-tools.js';

const dir = mkdtempSync(path.join(tmpdir(), 'sop-forms-'));

function pageInfo(pdf: string): { pages: number; landscape: boolean } {
    const info = tool('pdfinfo', pdf);
    const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
    return { pages: Number(/Pages:\s+(\d+)/.exec(info)![1]), landscape: Number(w) > Number(h) };
}

/** The text of the Word body, read with unzip (not the library that wrote it). */
function docxText(file: string): { xml: string; text: string } {
    const xml = tool('unzip', '-p', file, 'word/document.xml');
    const text = xml.replace(/<w:p[ >]/g, '\n$&').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, '\'');
    return { xml, text };
}

/** Every kegiatan, pelaksana and WAKTU of every SOP is in `text`. */
function assertFilledFromModel(text: string, docs: SopDocument[], where: string): void {
    const all = squash(text);
    for (const doc of docs) {
        if (doc.identity.number) assert.ok(all.includes(squash(doc.identity.number)), `${where}: ${doc.identity.number}`);
        for (const step of doc.steps) {
            assert.ok(all.includes(squash(step.activity)), `${where}: kegiatan ${doc.id} ${step.number}`);
            if (step.quality.duration) assert.ok(all.includes(squash(`waktu ${step.quality.duration.display}`)), `${where}: waktu of ${doc.id} ${step.number}`);
        }
        for (const actor of doc.actors) assert.ok(all.includes(squash(`Pelaksana: ${actor.label}`)) || all.includes(squash(actor.label)), `${where}: pelaksana ${actor.label}`);
    }
}

describe('sop forms: monitoring and evaluation forms, PDF and Word', function () {
    this.timeout(600_000);
    let docs: SopDocument[] = [];
    const out = (name: string) => path.join(dir, name);

    before(async () => {
        const files = readdirSync('examples').filter(f => f.endsWith('.sop')).map(f => path.resolve('examples', f));
        const ws = new CliWorkspace('id');
        docs = (await ws.load(files)).map(d => ws.services.model.ModelBuilder.build(d));
        for (const kind of ['monitoring', 'evaluasi']) {
            for (const ext of ['pdf', 'docx']) {
                const r = await runSop('forms', 'examples', '--kind', kind, '--out', out(`${kind}.${ext}`), '--quiet');
                assert.equal(r.code, 0, r.err);
            }
        }
    });

    it('monitoring PDF: landscape, the six numbered columns, a row per SOP and per step with pelaksana and mutu baku', function () {
        if (!has('pdfinfo', 'pdftotext')) this.skip();
        const file = out('monitoring.pdf');
        const { pages, landscape } = pageInfo(file);
        assert.ok(landscape);
        const text = tool('pdftotext', '-raw', file, '-');
        assert.match(text, /MONITORING PELAKSANAAN SOP AP/);
        const flat = text.replace(/\s+/g, ' ');
        for (const heading of ['No.', 'Prosedur', 'Penilaian Terhadap', 'Catatan Hasil Penilaian', 'Tindakan yang Harus Diambil', 'Paraf Penilai']) assert.ok(flat.includes(heading), heading);
        assert.match(text, /\(1\)\s+\(2\)\s+\(3\)\s+\(4\)\s+\(5\)\s+\(6\)/);
        assertFilledFromModel(text, docs, 'monitoring.pdf');
        const steps = docs.reduce((n, d) => n + d.steps.length, 0);
        assert.equal(text.split(MONITORING_ANSWERS[1]).length - 1, docs.length + steps, 'two answers on every row');
        // The heading rows repeat on every page the table runs onto.
        for (let p = 1; p <= pages; p++) {
            const page = tool('pdftotext', '-f', String(p), '-l', String(p), '-raw', file, '-');
            if (page.includes(MONITORING_ANSWERS[0])) assert.match(page, /\(1\)\s+\(2\)\s+\(3\)\s+\(4\)\s+\(5\)\s+\(6\)/, `headings on page ${p}`);
        }
        for (let p = 1; p <= pages; p++) assert.ok(text.includes(`Halaman ${p} dari ${pages}`), `footer of page ${p}`);
    });

    it('evaluation PDF: portrait, one part per SOP with every criterion, every step against its mutu baku, rekomendasi', function () {
        if (!has('pdfinfo', 'pdftotext')) this.skip();
        const file = out('evaluasi.pdf');
        const { pages, landscape } = pageInfo(file);
        assert.ok(!landscape);
        const text = tool('pdftotext', '-raw', file, '-');
        assert.equal((text.match(/EVALUASI PENERAPAN SOP AP/g) ?? []).length, docs.length);
        for (const c of EVALUATION_CRITERIA) assert.equal(squash(text).split(squash(c)).length - 1, docs.length, c);
        for (const r of ['Dipertahankan', 'Direvisi', 'Dicabut']) assert.equal(text.split(r).length - 1, docs.length, r);
        assertFilledFromModel(text, docs, 'evaluasi.pdf');
        assert.ok(text.includes(`Halaman ${pages} dari ${pages}`));
        // Each SOP's part starts on a new page: its name is on the page after the previous part's last one.
        const starts = docs.map(d => d.identity.number!).map(n => Array.from({ length: pages }, (_, i) => i + 1).find(p => tool('pdftotext', '-f', String(p), '-l', String(p), file, '-').includes(`Nomor SOP`) && tool('pdftotext', '-f', String(p), '-l', String(p), file, '-').includes(n)));
        assert.ok(starts.every(s => s !== undefined), 'every SOP has a first page');
        assert.equal(new Set(starts).size, docs.length);
    });

    it('Word: real tables with repeated heading rows, clickable check boxes, the same model text', function () {
        if (!has('unzip')) this.skip();
        const steps = docs.reduce((n, d) => n + d.steps.length, 0);
        const monitoring = docxText(out('monitoring.docx'));
        assert.match(monitoring.xml, /w:orient="landscape"/);
        assert.equal((monitoring.xml.match(/<w:tblHeader\/>/g) ?? []).length, 2, 'headings and the (1)…(6) row repeat');
        assert.equal((monitoring.xml.match(/<w14:checkbox>/g) ?? []).length, 2 * (docs.length + steps));
        assertFilledFromModel(monitoring.text, docs, 'monitoring.docx');
        const evaluation = docxText(out('evaluasi.docx'));
        assert.doesNotMatch(evaluation.xml, /w:orient="landscape"/);
        assert.equal((evaluation.xml.match(/<w:sectPr/g) ?? []).length, docs.length, 'one section per SOP');
        const boxes = docs.length * (2 * EVALUATION_CRITERIA.length + 3) + 2 * steps;
        assert.equal((evaluation.xml.match(/<w14:checkbox>/g) ?? []).length, boxes);
        assertFilledFromModel(evaluation.text, docs, 'evaluasi.docx');
    });

    it('Word opens in LibreOffice: the model text, the page fields filled, the right orientation; PNGs of the first pages', function () {
        if (!has('soffice', 'pdfinfo', 'pdftotext', 'pdftoppm')) this.skip();
        const lo = out('lo');
        tool('soffice', '--headless', '--convert-to', 'pdf', '--outdir', lo, out('monitoring.docx'), out('evaluasi.docx'));
        for (const [kind, landscape] of [['monitoring', true], ['evaluasi', false]] as const) {
            const pdf = path.join(lo, `${kind}.pdf`);
            const info = pageInfo(pdf);
            assert.equal(info.landscape, landscape, kind);
            // Within two pages of the PDF writer's layout (Word breaks rows its own way).
            assert.ok(Math.abs(info.pages - pageInfo(out(`${kind}.pdf`)).pages) <= 2, `${kind}: ${info.pages} pages`);
            const text = tool('pdftotext', '-raw', pdf, '-');
            assertFilledFromModel(text, docs, `${kind}.docx via LibreOffice`);
            assert.ok(text.includes(`Halaman ${info.pages} dari ${info.pages}`), `${kind}: page fields`);
            assert.ok(text.includes('\u2610'), `${kind}: the check boxes are drawn as ☐`);
            for (const [source, name] of [[pdf, `${kind}-docx`], [out(`${kind}.pdf`), `${kind}-pdf`]]) {
                tool('pdftoppm', '-r', '40', '-png', '-singlefile', '-f', '1', '-l', '1', source, path.join(dir, name));
                const png = readFileSync(path.join(dir, `${name}.png`));
                assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
                assert.equal(png.readUInt32BE(16) > png.readUInt32BE(20), landscape, `${name}: orientation`);
            }
        }
    });

    it('one SOP gives a one-SOP form; usage errors exit 2; an SOP with errors writes nothing and exits 1', async () => {
        const one = out('one.pdf');
        assert.equal((await runSop('forms', 'examples/surat-masuk.sop', '--out', one, '--quiet')).code, 0);
        if (has('pdftotext')) {
            const text = tool('pdftotext', one, '-');
            assert.match(text, /MONITORING PELAKSANAAN SOP AP/);
            assert.ok(!text.includes('SOP-07'), 'only the SOP given');
        }
        assert.equal((await runSop('forms', 'examples', '--out', out('x.txt'))).code, 2);
        assert.equal((await runSop('forms', 'examples')).code, 2);
        const bad = await runSop('forms', 'examples', '--kind', 'audit', '--out', out('x.pdf'));
        assert.equal(bad.code, 2);
        assert.match(bad.err, /monitoring, evaluasi/);
        const broken = path.join(dir, 'broken');
        mkdirSync(broken);
        writeFileSync(path.join(broken, 'rusak.sop'), 'sop rusak "RUSAK"\npelaksana a "A"\nlangkah x oleh b\n');
        const never = out('never.docx');
        assert.equal((await runSop('forms', broken, '--kind', 'evaluasi', '--out', never)).code, 1);
        assert.ok(!existsSync(never));
    });
});
