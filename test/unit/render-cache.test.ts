import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { renderSop } from '../../server/src/render/index.js';
import { clearRoutedPages, routedPageStats } from '../../server/src/render/routing-requests.js';
import { clearWrappedRows } from '../../server/src/render/table-measure.js';
import type { SopDocument } from '../../server/src/model/sop-document.js';
import { randomSop } from './render-fixtures.js';

/**
 * Issue 15: the preview draws the whole document after every keystroke; a one-letter edit re-routes
 * the page it is on and reuses the routes of every other page, and what it draws is exactly what a
 * render without any cache draws.
 */
function edited(doc: SopDocument, step: number): SopDocument {
    const copy = structuredClone(doc);
    const text = copy.steps[step].activity;
    copy.steps[step].activity = `${text.slice(0, -1)}${text.endsWith('a') ? 'b' : 'a'}`;
    return copy;
}

describe('render caches', () => {
    it('a one-letter edit re-routes one page and draws what an uncached render draws', () => {
        clearRoutedPages();
        clearWrappedRows();
        const doc = randomSop(7, { actors: 5, steps: 120 });
        const before = renderSop(doc, { paper: 'A4' });
        const pages = before.layout.pages.filter(p => p.table).length;
        assert.ok(pages >= 6, `${pages} table pages`);
        const next = edited(doc, 60);
        routedPageStats.routed = routedPageStats.reused = 0;
        const cached = renderSop(next, { paper: 'A4' });
        assert.ok(routedPageStats.routed <= 3, `${routedPageStats.routed} pages routed`);
        assert.ok(routedPageStats.reused >= pages - 1, `${routedPageStats.reused} of ${pages} pages reused`);
        clearRoutedPages();
        clearWrappedRows();
        const fresh = renderSop(next, { paper: 'A4' });
        assert.deepEqual(cached.pages.map(p => p.svg), fresh.pages.map(p => p.svg));
        assert.deepEqual(cached.layout, fresh.layout);
    });

    it('what a caller does with its pages does not reach the next render', () => {
        const doc = randomSop(9, { actors: 4, steps: 40 });
        const first = renderSop(doc, { paper: 'F4' });
        const expected = JSON.stringify(first.layout);
        for (const page of first.layout.pages) for (const arrow of page.arrows) arrow.points.reverse();
        assert.equal(JSON.stringify(renderSop(doc, { paper: 'F4' }).layout), expected);
    });
});
