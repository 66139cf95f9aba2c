import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import type { SopDocument } from '../../server/src/model/sop-document.js';
import { renderSop } from '../../server/src/render/index.js';
import { pageGeometry } from '../../server/src/render/paper.js';
import type { PaperSize } from '../../server/src/model/sop-document.js';
import { problems } from './render-checks.js';
import { randomSop } from './render-fixtures.js';

/**
 * Issue 11 item 3: nothing is drawn outside the page's printable area, whatever the content: rows
 * taller than a page continue on the next page, many actors narrow their columns.
 */
const SENTENCE = 'Pemeriksaan berkas dilakukan secara teliti terhadap seluruh dokumen yang diajukan oleh pemohon. ';

/** Everything in the layout JSON that lies outside the printable area of its page. */
function outside(doc: SopDocument, paper: PaperSize): string[] {
    const g = pageGeometry(paper);
    const [left, top, right, bottom] = [g.margin.left - 0.5, g.margin.top - 0.5, g.width - g.margin.right + 0.5, g.height - g.margin.bottom + 0.5];
    const found: string[] = [];
    const check = (what: string, page: number, x1: number, y1: number, x2: number, y2: number) => {
        if (x1 < left || y1 < top || x2 > right || y2 > bottom) found.push(`page ${page}: ${what} at [${x1.toFixed(1)}, ${y1.toFixed(1)}, ${x2.toFixed(1)}, ${y2.toFixed(1)}]`);
    };
    for (const p of renderSop(doc, { paper }).layout.pages) {
        if (p.table) check('table', p.number, p.table.x, p.table.y, p.table.x + p.table.width, p.table.y + p.table.height);
        if (p.table) check('header', p.number, p.table.x, p.table.y, p.table.x + p.table.width, p.table.bodyTop);
        for (const s of p.shapes) check(`shape ${s.symbol ?? s.connector}`, p.number, s.x, s.y, s.x + s.width, s.y + s.height);
        for (const a of p.arrows) for (const [x, y] of a.points) check('arrow point', p.number, x, y, x, y);
    }
    return found;
}

function withNotes(doc: SopDocument, step: number, chars: number): SopDocument {
    doc.steps[step - 1].notes = [SENTENCE.repeat(Math.ceil(chars / SENTENCE.length)).slice(0, chars)];
    return doc;
}

describe('renderer: never draws outside the page', () => {
    for (const paper of ['A4', 'F4'] as const) {
        it(`${paper}: a keterangan of 1,200 to 6,000 characters continues on the next pages`, () => {
            for (const chars of [1200, 3000, 6000]) {
                const doc = withNotes(randomSop(7, { actors: 4, steps: 6 }), 3, chars);
                assert.deepEqual(outside(doc, paper), [], `${chars} characters`);
            }
        });
        it(`${paper}: 13 to 20 actors stay inside the page`, () => {
            for (const actors of [13, 16, 20]) assert.deepEqual(outside(randomSop(11, { actors, steps: 10 }), paper), [], `${actors} actors`);
        });
        it(`${paper}: 20 actors and a 1,200-character keterangan`, () => {
            assert.deepEqual(outside(withNotes(randomSop(5, { actors: 20, steps: 6 }), 3, 1200), paper), []);
        });
    }
    it('a 20,000-letter actor name or heading keeps the header a few lines high, cut with an ellipsis', () => {
        const word = 'kepalabidangpelayanan'.repeat(1000);
        for (const paper of ['A4', 'F4'] as const) {
            const named = randomSop(3, { actors: 3, steps: 12 });
            named.actors[1].label = word;
            const headed = randomSop(3, { actors: 3, steps: 12 });
            headed.table = { ...headed.table, headings: { notes: word, quality: word } } as SopDocument['table'];
            for (const doc of [named, headed]) {
                assert.deepEqual(outside(doc, paper), [], paper);
                const result = renderSop(doc, { paper });
                // 12 steps fit on one or two pages: the header does not push each row onto its own page.
                assert.ok(result.layout.pages.filter(p => p.table).length <= 2, `${result.layout.pages.length} pages`);
                assert.match(result.pages.map(p => p.svg).join(''), /…<\/text>/);
            }
        }
    });
    it('a continued row keeps all its text: every word of the keterangan is printed once', () => {
        const doc = withNotes(randomSop(7, { actors: 4, steps: 6 }), 3, 6000);
        const svg = renderSop(doc, { paper: 'A4' }).pages.map(p => p.svg).join('');
        const printed = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map(m => m[1]).join(' ');
        const count = (s: string) => s.split('teliti').length - 1;
        assert.equal(count(printed), count(doc.steps[2].notes[0]));
    });
});

describe('renderer: continued rows and narrow actor columns pass the structural checks', () => {
    it('every edge drawn, no arrow through a symbol, text inside its cell', () => {
        const docs = [
            withNotes(randomSop(7, { actors: 4, steps: 6 }), 3, 6000),
            withNotes(randomSop(12, { actors: 5, steps: 9 }), 2, 2500),
            randomSop(11, { actors: 13, steps: 10 }),
        ];
        for (const doc of docs) {
            doc.paper = 'A4';
            assert.deepEqual(problems(doc, renderSop(doc)), [], doc.id);
        }
    });
});

describe('renderer: list cells', () => {
    it('items the file numbers itself are not numbered twice', () => {
        const doc = randomSop(7, { actors: 3, steps: 3 });
        doc.steps[1].quality.requirements = ['1. Surat permintaan', '2. Identitas pemohon'];
        doc.steps[2].quality.requirements = ['Surat permintaan', 'Identitas pemohon'];
        const svg = renderSop(doc, { paper: 'A4' }).pages.map(p => p.svg).join('');
        assert.doesNotMatch(svg, /[12]\. [12]\. /);
        assert.match(svg, />1\. Surat/);
        assert.match(svg, />2\. Identitas/);
    });
});
