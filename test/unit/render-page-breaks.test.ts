import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { renderSop } from '../../server/src/render/index.js';
import { paginate } from '../../server/src/render/paginate.js';
import { problems } from './render-checks.js';
import { randomSop } from './render-fixtures.js';

/** Issue 9: chosen page breaks (`halaman baru`), and the table header on the first table page only. */
describe('renderer: page breaks and the header', () => {
    it('paginate starts a new page before a row that asks for one', () => {
        const cap = () => 100;
        assert.deepEqual(paginate([10, 10, 10, 10], cap, 0, [false, false, true, false]), [[0, 1], [2, 3]]);
        assert.deepEqual(paginate([10, 10, 10, 10], cap, 0, [true, false, false, false]), [[0, 1, 2, 3]]);
        assert.deepEqual(paginate([60, 60, 10, 10], cap, 0, [false, false, false, true]), [[0], [1, 2], [3]]);
    });
    it('a step with pageBreakBefore begins a flowchart page', () => {
        const doc = randomSop(3, { actors: 4, steps: 8 });
        doc.paper = 'A4';
        doc.steps[4].pageBreakBefore = true;
        const rendered = renderSop(doc);
        const flow = rendered.layout.pages.filter(p => p.kind === 'flowchart');
        assert.ok(flow.some(p => p.rows[0] === 5), flow.map(p => p.rows.join(',')).join(' | '));
        assert.deepEqual(problems(doc, rendered), []);
    });
    it('repeatHeader false: the header is printed on the first table page only', () => {
        const doc = randomSop(21, { actors: 4, steps: 40 });
        doc.paper = 'A4';
        doc.table = { headings: {}, columnNumbers: false, repeatHeader: false, identityPage: 'auto' };
        const rendered = renderSop(doc);
        const flow = rendered.pages.filter(p => p.kind === 'flowchart');
        assert.ok(flow.length >= 2);
        assert.deepEqual(flow.map(p => /class="sop-header"/.test(p.svg)), flow.map((_, i) => i === 0));
        const tables = rendered.layout.pages.filter(p => p.table).map(p => p.table!);
        assert.ok(tables.slice(1).every(t => t.bodyTop === t.y), 'later tables start with their first row');
        assert.deepEqual(problems(doc, rendered), []);
    });
});

describe('renderer: breaks where they cut the fewest arrows', () => {
    it('a full page ends a row early when fewer arrows cross there', () => {
        const cap = () => 100;
        // Rows of 30: three fit; a break before row 3 cuts 3 arrows, before row 2 only 1.
        const cost = (i: number) => (i === 2 ? 1 : 3);
        assert.deepEqual(paginate([30, 30, 30, 30, 30], cap, 0, [], cost), [[0, 1], [2, 3, 4]]);
        assert.deepEqual(paginate([30, 30, 30, 30, 30], cap, 0, [], () => 1), [[0, 1, 2], [3, 4]]);
    });
});
