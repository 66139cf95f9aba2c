import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'mocha';
import type { SopDocument } from '../../server/src/model/sop-document.js';
import { renderSop } from '../../server/src/render/index.js';
import { pageGeometry } from '../../server/src/render/paper.js';
import { createTestServices } from '../support/sop-test-services.js';
import { labelProblems, problems } from './render-checks.js';
import { randomSop } from './render-fixtures.js';

const services = createTestServices();
const exampleDir = path.resolve('examples');
const examples = readdirSync(exampleDir).filter(f => f.endsWith('.sop')).sort();

async function exampleModel(file: string): Promise<SopDocument> {
    return services.model(readFileSync(path.join(exampleDir, file), 'utf8'));
}

describe('renderer structure', () => {
    for (const file of examples) {
        it(`draws ${file} right on every paper size`, async () => {
            const doc = await exampleModel(file);
            for (const paper of ['A4', 'F4', 'Letter', 'Legal'] as const) {
                const rendered = renderSop(doc, { paper });
                assert.deepEqual(problems(doc, rendered, paper), [], `${file} on ${paper}`);
                assert.deepEqual(labelProblems(rendered), [], `${file} on ${paper}: branch labels clear of other arrows`);
                assert.equal(rendered.pages[0].kind, 'identity');
                const rows = rendered.layout.pages.flatMap(p => p.rows);
                assert.deepEqual(rows, doc.steps.map(s => s.number), 'every step once, in order');
            }
        });
    }

    it('draws 60 generated SOPs (2–12 actors, 1–80 steps, random decisions) right on every paper size', function () {
        this.timeout(240000);
        const failures: string[] = [];
        for (let seed = 1; seed <= 60; seed++) {
            const doc = randomSop(seed);
            for (const paper of ['A4', 'F4', 'Letter', 'Legal'] as const) {
                const found = problems(doc, renderSop(doc, { paper }), paper);
                if (found.length) failures.push(`seed ${seed} on ${paper} (${doc.actors.length} actors, ${doc.steps.length} steps): ${found.slice(0, 3).join('; ')}`);
            }
        }
        assert.deepEqual(failures, []);
    });

    it('places off-page connectors outside the table: below it on the source page, above it on the target page', async () => {
        const doc = randomSop(3, { actors: 4, steps: 40 });
        const rendered = renderSop(doc);
        const flow = rendered.layout.pages.filter(p => p.kind === 'flowchart');
        assert.ok(flow.some(p => p.connectors.length > 0));
        for (const page of flow) {
            const t = page.table!;
            for (const c of page.connectors) {
                if (c.position === 'top') assert.ok(c.y + 34 <= t.y, `${c.label} above the frame`);
                else assert.ok(c.y >= t.y + t.height, `${c.label} below the frame`);
            }
            const xs = page.connectors.filter(c => c.position === 'top').map(c => c.x).concat().sort((a, b) => a - b);
            for (let i = 1; i < xs.length; i++) assert.ok(xs[i] - xs[i - 1] >= 28, 'side by side, never stacked');
        }
        // Both halves of a pair stand in the same actor column.
        const halves = new Map<string, number[]>();
        for (const page of flow) {
            for (const c of page.connectors) {
                const col = page.table!.actorColumns.findIndex(a => c.x + 14 >= a.x && c.x + 14 < a.x + a.width);
                halves.set(c.label, [...(halves.get(c.label) ?? []), col]);
            }
        }
        for (const [label, cols] of halves) assert.ok(cols.length === 2 && cols[0] === cols[1] && cols[0] >= 0, `${label}: columns ${cols}`);
        const first = flow[0];
        assert.equal(first.table!.y, Math.round(pageGeometry('A4').content.y * 100) / 100, 'a page without incoming connectors starts at the top margin');
    });

    it('keeps the loop-backs of izin-reklame apart, off the grid lines, with separate entry points', async () => {
        const doc = await exampleModel('izin-reklame.sop');
        const page = renderSop(doc).layout.pages.find(p => p.rows.includes(1))!;
        const loops = page.arrows.filter(a => a.to.kind === 'symbol' && a.to.step === 1);
        assert.equal(loops.length, 2);
        const lanes = loops.map(a => a.points.slice(1).find((p, i) => p[0] === a.points[i][0] && Math.abs(p[1] - a.points[i][1]) > 100)![0]);
        assert.ok(Math.abs(lanes[0] - lanes[1]) >= 6, `lanes ${lanes}`);
        for (const x of lanes) assert.ok(page.table!.columnRules.every(r => Math.abs(r - x) >= 5), `lane ${x} clear of the rules`);
        const [a, b] = loops.map(l => l.points[l.points.length - 1]);
        assert.ok(Math.hypot(a[0] - b[0], a[1] - b[1]) >= 6, 'separate entry points');
    });

    it('is deterministic: same input, same bytes', async () => {
        for (const doc of [await exampleModel('izin-reklame.sop'), randomSop(7)]) {
            const a = renderSop(doc), b = renderSop(structuredClone(doc));
            assert.equal(JSON.stringify(a), JSON.stringify(b));
        }
    });

    it('cuts page-crossing edges into connector pairs labelled A, B, … by source step', async () => {
        const doc = randomSop(3, { actors: 4, steps: 40 });
        const { layout } = renderSop(doc);
        const outgoing = layout.pages.flatMap(p => p.arrows.flatMap(a => (a.to.kind === 'connector' ? [{ from: a.from.step, label: a.to.connector }] : [])));
        const sorted = [...outgoing].sort((a, b) => a.from - b.from || a.label.length - b.label.length || a.label.localeCompare(b.label));
        assert.deepEqual(outgoing.map(o => o.label).sort(), sorted.map((_, i) => String.fromCharCode(65 + i)));
        assert.deepEqual(sorted.map(o => o.label), sorted.map((_, i) => String.fromCharCode(65 + i)));
    });

    it('names every symbol, arrow end, joint line and actor column in the layout', async () => {
        const doc = await exampleModel('serah-terima-konstruksi.sop');
        const { layout } = renderSop(doc);
        const flow = layout.pages.filter(p => p.kind === 'flowchart');
        for (const page of flow) {
            assert.deepEqual(page.table!.actorColumns.map(c => c.actor), doc.actors.map(a => a.id));
            for (const s of page.shapes) {
                if (s.kind === 'connector') assert.ok(s.connector && !s.symbol);
                else {
                    const step = doc.steps[s.step - 1];
                    assert.ok(step.symbols.some(m => m.id === s.symbol && m.actor === s.actor), `${s.symbol} is a symbol of row ${s.step}`);
                    assert.equal(s.cell, s.symbol);
                }
            }
            const symbols = new Set(page.shapes.map(s => s.symbol).filter(Boolean));
            for (const a of page.arrows) {
                for (const end of [a.from, a.to]) {
                    if (end.kind === 'symbol') assert.ok(symbols.has(end.symbol), end.symbol);
                    else assert.ok(page.connectors.some(c => c.label === end.connector), end.connector);
                }
            }
            for (const j of page.joins) assert.ok(symbols.has(j.from) && symbols.has(j.to) && j.x1 < j.x2);
        }
        assert.ok(flow.some(p => p.joins.length > 0), 'the joint steps list their lines');
    });

    it('draws a joint step in every involved column, joined by a line', async () => {
        const doc = await exampleModel('serah-terima-konstruksi.sop');
        const rendered = renderSop(doc);
        const joint = doc.steps.find(s => s.coActors.length >= 3)!;
        const page = rendered.layout.pages.find(p => p.rows.includes(joint.number))!;
        const shapes = page.shapes.filter(s => s.step === joint.number && s.kind !== 'connector');
        assert.deepEqual(shapes.map(s => s.actor).sort(), [joint.actor!, ...joint.coActors].sort());
        const svg = rendered.pages[page.number - 1].svg;
        assert.equal((svg.match(new RegExp(`class="sop-join" data-step="${joint.number}"`, 'g')) ?? []).length, shapes.length - 1);
    });

    it('writes standalone, script-free SVG pages with data-step on rows and symbols, data-symbol beside it', async () => {
        const doc = await exampleModel('surat-masuk.sop');
        doc.steps[0].activity = 'A <b> & "c" \'d\'';
        const { pages } = renderSop(doc);
        for (const page of pages) {
            assert.match(page.svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* width="297mm" height="210mm" viewBox="0 0 [\d.]+ [\d.]+"/);
            assert.match(page.svg, /<title[^>]*>[^<]+<\/title><desc[^>]*>[^<]+<\/desc><rect class="sop-paper"[^>]*fill="#fff"/);
            assert.doesNotMatch(page.svg, /<script|\son[a-z]+=|style=|href="(?!data:)|javascript:/i);
        }
        const flow = pages.filter(p => p.kind === 'flowchart').map(p => p.svg).join('');
        assert.match(flow, /A &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos;/);
        for (const s of doc.steps) {
            assert.match(flow, new RegExp(`<g class="sop-row" data-step="${s.number}"`));
            assert.match(flow, new RegExp(`<g class="sop-shape sop-${s.kind}" data-step="${s.number}" data-actor="${s.actor}" data-symbol="${s.entry.replace(/\./g, '\\.')}"`));
        }
    });

    it('prints the identity sheet: labels, NIP grouped 8-6-1-3, dash for empty', async () => {
        const doc = await exampleModel('surat-masuk.sop');
        const svg = renderSop(doc).pages[0].svg;
        for (const label of ['NOMOR SOP', 'TANGGAL PEMBUATAN', 'TANGGAL REVISI', 'TANGGAL EFEKTIF', 'DISAHKAN OLEH', 'NAMA SOP',
            'DASAR HUKUM:', 'KUALIFIKASI PELAKSANA:', 'KETERKAITAN:', 'PERALATAN/PERLENGKAPAN:', 'PERINGATAN:', 'PENCATATAN DAN PENDATAAN:']) {
            assert.ok(svg.includes(`>${label}</text>`), label);
        }
        assert.ok(svg.includes('>NIP. 19750312 200112 1 002</text>'));
        assert.ok(svg.includes('>3 Februari 2025</text>'));
        assert.ok(svg.includes('>PEMERINTAH KABUPATEN SUKAMAJU</text>'));
    });

    it('lets a tall identity sheet flow onto a second page and keeps it inside the paper', async () => {
        const doc = await exampleModel('surat-masuk.sop');
        doc.identity.legalBasis = Array.from({ length: 14 }, (_, i) => `Peraturan Daerah Kabupaten Sukamaju Nomor ${i + 1} Tahun 2024 tentang Penyelenggaraan Urusan Pemerintahan yang Panjang Sekali`);
        doc.identity.warnings = Array.from({ length: 10 }, (_, i) => `Peringatan nomor ${i + 1} yang cukup panjang untuk dibungkus ke beberapa baris teks`);
        const rendered = renderSop(doc);
        assert.deepEqual(rendered.pages.slice(0, 2).map(p => p.kind), ['identity', 'identity']);
        assert.deepEqual(problems(doc, rendered), []);
    });

    it('marks every page of an invalid document as a draft with its error count, inside the page', async () => {
        const doc = await exampleModel('surat-masuk.sop');
        const clean = renderSop(doc);
        assert.ok(clean.pages.every(p => !p.svg.includes('DRAF')), 'a valid document carries no mark');
        const draft = renderSop(doc, { errorCount: 3 });
        assert.equal(draft.pages.length, clean.pages.length);
        const geometry = pageGeometry(doc.paper);
        for (const page of draft.pages) {
            const m = /<text[^>]* y="([\d.]+)"[^>]*class="sop-footer sop-draft-mark">DRAF — belum valid: 3 kesalahan<\/text>/.exec(page.svg);
            assert.ok(m, `page ${page.number} is marked`);
            assert.ok(Number(m[1]) + 3 < geometry.height, 'the mark is on the paper');
        }
        assert.deepEqual(problems(doc, draft), []);
        assert.ok(renderSop(doc, { errorCount: 0 }).pages.every(p => !p.svg.includes('DRAF')));
    });

    it('prints footnotes under the last flowchart table', async () => {
        const doc = await exampleModel('surat-masuk.sop');
        doc.footnotes = ['KTP = Kartu Tanda Penduduk', '*) lampiran sesuai daftar periksa'];
        const { pages } = renderSop(doc);
        const last = pages[pages.length - 1].svg;
        assert.ok(last.includes('>Ket:</text>') && last.includes('>*) KTP = Kartu Tanda Penduduk</text>') && last.includes('>*) lampiran sesuai daftar periksa</text>'));
    });
});
