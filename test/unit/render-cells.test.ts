import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'mocha';
import type { SopDocument } from '../../server/src/model/sop-document.js';
import { renderSop } from '../../server/src/render/index.js';
import { createTestServices } from '../support/sop-test-services.js';
import { problems } from './render-checks.js';

const services = createTestServices();
const dir = path.resolve('test/fixtures/real-patterns');
const fixtures = readdirSync(dir).filter(f => f.endsWith('.sop')).sort();

async function model(file: string): Promise<SopDocument> {
    return services.model(readFileSync(path.join(dir, file), 'utf8'));
}

/** A one-line-per-cell SOP of `rows` rows over `actors` actors, kegiatan of `words` words. */
async function plainSop(rows: number, actors: number, activity: (i: number) => string): Promise<SopDocument> {
    const lines = ['sop padat "SOP PADAT"', 'instansi "DINAS UJI"', 'nomor "SOP-1"'];
    for (let a = 0; a < actors; a++) lines.push(`pelaksana p${a} "Pelaksana ${a + 1}"`);
    for (let i = 1; i <= rows; i++) {
        const kind = i === 1 || i === rows ? 'kapsul' : 'proses';
        lines.push(`${kind} l${i} "${activity(i)}" oleh p${i % actors}`, '    kelengkapan "Berkas"', '    waktu 5 menit', '    output "Berkas"');
    }
    return services.model(lines.join('\n') + '\n');
}

describe('renderer cells and density', () => {
    for (const file of fixtures) {
        it(`draws ${file} with every edge, no arrow through a shape, a joint line or another arrow`, async () => {
            const doc = await model(file);
            for (const paper of ['A4', 'F4'] as const) assert.deepEqual(problems(doc, renderSop(doc, { paper }), paper), [], `${file} on ${paper}`);
        });
    }

    it('draws several symbols of different kinds in one row, with arrows between them inside the row, side to side', async () => {
        const doc = await model('01-symbols-in-row.sop');
        const page = renderSop(doc).layout.pages.find(p => p.kind === 'flowchart')!;
        const row1 = page.shapes.filter(s => s.step === 1);
        assert.deepEqual(row1.map(s => s.kind), ['terminator', 'process', 'process']);
        const inRow = page.arrows.filter(a => a.from.kind === 'symbol' && a.to.kind === 'symbol' && a.from.step === 1 && a.to.step === 1);
        assert.equal(inRow.length, 2);
        for (const a of inRow) {
            assert.equal(a.points.length, 2, 'a straight line');
            assert.equal(a.points[0][1], a.points[1][1], 'side to side');
        }
    });

    it('draws several starts and several ends', async () => {
        for (const [file, kind, count] of [['02-several-starts.sop', 'start', 2], ['03-several-ends.sop', 'end', 3]] as const) {
            const doc = await model(file);
            const { layout } = renderSop(doc);
            const symbols = doc.steps.flatMap(s => s.symbols).filter(s => s.role === 'flow' && (kind === 'start' ? s.isStart : s.isEnd) && s.kind === 'terminator');
            assert.ok(symbols.length >= count, `${file}: ${symbols.length} ${kind}s in the model`);
            const drawn = new Set(layout.pages.flatMap(p => p.shapes.map(s => s.symbol)));
            for (const s of symbols) assert.ok(drawn.has(s.id), `${s.id} drawn`);
        }
    });

    it('prints text inside terminators and diamonds', async () => {
        const doc = await model('02-several-starts.sop');
        const texts = doc.steps.flatMap(s => s.symbols).filter(s => s.text).map(s => s.text!);
        assert.ok(texts.length > 0);
        const svg = renderSop(doc).pages.map(p => p.svg).join('');
        for (const t of texts) for (const word of t.split(/\s+/)) assert.ok(svg.includes(word), word);
    });

    it('prints the actor groups as a third header level, headings as written, column numbers, merged WAKTU cells', async () => {
        const groups = await model('09-actor-groups.sop');
        const gsvg = renderSop(groups).pages.filter(p => p.kind === 'flowchart').map(p => p.svg).join('');
        for (const g of groups.actorGroups) assert.ok(gsvg.includes(`>${g.label}</text>`), g.label);
        const headings = await model('10-column-headings.sop');
        const hsvg = renderSop(headings).pages.filter(p => p.kind === 'flowchart')[0].svg;
        for (const label of Object.values(headings.table.headings)) {
            for (const word of label!.split(/\s+/)) assert.ok(hsvg.includes(word), `heading ${label}`);
        }
        if (headings.table.columnNumbers) assert.ok(hsvg.includes('>(1)</text>') && hsvg.includes(`>(${6 + headings.actors.length})</text>`));
        const merged = await model('11-merged-time.sop');
        const r = renderSop(merged);
        const step = merged.steps.find(s => s.quality.durationMerged)!;
        const page = r.layout.pages.find(p => p.rows.includes(step.number))!;
        const svg = r.pages[page.number - 1].svg;
        const row = (n: number) => new RegExp(`<g class="sop-row" data-step="${n}">(.*?)</g></g>`).exec(svg)?.[1] ?? '';
        const cells = (n: number) => (row(n).match(/<g class="sop-cell">/g) ?? []).length;
        assert.equal(cells(step.number), cells(step.number - 1) - 1, 'the merged row draws no WAKTU cell of its own');
    });

    it('puts a 12-row, one-line SOP with 4 actors on one A4 table page', async () => {
        const doc = await plainSop(12, 4, i => `Memeriksa berkas ${i}`);
        const flow = renderSop(doc, { paper: 'A4' }).layout.pages.filter(p => p.kind === 'flowchart');
        assert.equal(flow.length, 1);
        assert.equal(flow[0].rows.length, 12);
        const heights = flow[0].table!.rowRules.slice(1).map((y, i) => y - flow[0].table!.rowRules[i]);
        for (const h of heights) assert.ok(h / (96 / 25.4) <= 12.5, `a one-line row is ${(h / (96 / 25.4)).toFixed(1)} mm`);
    });

    it('puts 9 rows of two-line kegiatan with 6 actors on one A4 page, actor columns narrowed', async () => {
        const doc = await plainSop(9, 6, i => `Memeriksa kelengkapan berkas permohonan dan menyampaikan hasil pemeriksaan kepada kepala bidang ${i}`);
        const flow = renderSop(doc, { paper: 'A4' }).layout.pages.filter(p => p.kind === 'flowchart');
        assert.equal(flow.length, 1);
        const cols = flow[0].table!.actorColumns;
        assert.equal(cols.length, 6);
        for (const c of cols) assert.ok(c.width / (96 / 25.4) <= 30, `actor column ${(c.width / (96 / 25.4)).toFixed(1)} mm`);
    });
});
