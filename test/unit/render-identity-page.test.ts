import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'mocha';
import { renderSop } from '../../server/src/render/index.js';
import { pageGeometry } from '../../server/src/render/paper.js';
import { createTestServices } from '../support/sop-test-services.js';
import { problems } from './render-checks.js';

/** Issue 9: a short SOP prints its identity block and its table on one page when they fit. */
const { model } = createTestServices();
const load = (file: string) => model(readFileSync(file, 'utf8'));

describe('renderer: identity and table on one page', () => {
    it('a three-row SOP is one page: the identity block above the table, nothing outside the page', async () => {
        const doc = await load('test/fixtures/real-patterns/01-symbols-in-row.sop');
        const rendered = renderSop(doc);
        assert.equal(rendered.pages.length, 1);
        const page = rendered.layout.pages[0];
        assert.equal(page.kind, 'flowchart');
        assert.ok(page.identity && page.table);
        assert.ok(page.table.y >= page.identity.y + page.identity.height, 'the table starts under the identity block');
        const g = pageGeometry(doc.paper);
        assert.ok(page.table.y + page.table.height <= g.height - g.margin.bottom);
        assert.match(rendered.pages[0].svg, /sop-identity-header/);
        assert.match(rendered.pages[0].svg, /Halaman 1 dari 1/);
        assert.deepEqual(problems(doc, rendered), []);
    });
    it("'separate' puts the table on a page of its own", async () => {
        const doc = await load('test/fixtures/real-patterns/01-symbols-in-row.sop');
        doc.table.identityPage = 'separate';
        const rendered = renderSop(doc);
        assert.deepEqual(rendered.pages.map(p => p.kind), ['identity', 'flowchart']);
        assert.equal(rendered.layout.pages[1].identity, undefined);
    });
    it('a table that does not fit under the identity block starts its own page', async () => {
        const doc = await load('examples/izin-reklame.sop');
        const rendered = renderSop(doc);
        assert.equal(rendered.pages[0].kind, 'identity');
        assert.ok(rendered.layout.pages.every(p => p.identity === undefined));
    });
    it('a continuous sheet (the preview) keeps the identity sheet apart', async () => {
        const doc = await load('test/fixtures/real-patterns/01-symbols-in-row.sop');
        assert.equal(renderSop(doc, { paper: { kind: 'continuous', widthMm: 300 } }).pages[0].kind, 'identity');
    });

    it('splits the left and right blocks where the content needs it: a long DASAR HUKUM beside a short list gets the wider half', async () => {
        /** Width of the left list column and the identity block height of the first page. */
        const measure = (doc: Awaited<ReturnType<typeof load>>) => {
            const svg = renderSop(doc).pages[0].svg;
            const list = /<g class="sop-identity-list">(?:(?!<\/g>).)*?<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/.exec(svg);
            assert.ok(list, 'an identity list cell');
            const bottoms = [...svg.matchAll(/<rect x="[\d.]+" y="([\d.]+)" width="[\d.]+" height="([\d.]+)"/g)].map(m => Number(m[1]) + Number(m[2]));
            return { left: Number(list[2]), bottom: Math.max(...bottoms) };
        };
        const g = pageGeometry('A4');
        const balanced = await load('test/fixtures/real-patterns/01-symbols-in-row.sop');
        assert.ok(Math.abs(measure(balanced).left - g.content.width * 0.4) < 0.5, 'the usual 40 % when the content does not ask for more');
        const lopsided = await load('examples/surat-masuk.sop');
        lopsided.identity.legalBasis = Array.from({ length: 8 }, (_, i) => `Peraturan Menteri Dalam Negeri Nomor ${i + 1} Tahun 2020 tentang Pedoman Penyusunan dan Penerapan Standar Operasional Prosedur di Lingkungan Pemerintah Daerah`);
        lopsided.identity.qualifications = ['Teliti'];
        const fixed = { ...measure(lopsided) };
        assert.ok(fixed.left > g.content.width * 0.4 + 1, `the left block widens (${fixed.left.toFixed(1)} of ${g.content.width.toFixed(1)})`);
        assert.ok(fixed.bottom <= g.height - g.margin.bottom + 0.01, 'and the sheet stays on the page');
    });
});
