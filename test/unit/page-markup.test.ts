import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'mocha';
import { pageText, readPageMarkup } from '../../client/src/webview/page-markup.js';

// The preview sizes and maps the pages it has not drawn from their SVG text (client/src/webview/page-markup.ts).
describe('page markup read without a DOM', () => {
    it('reads the size, the steps and each step row of a flowchart page', () => {
        const page = readPageMarkup(readFileSync('test/golden/surat-masuk-page-2.svg', 'utf8'));
        assert.deepEqual(page.viewBox, { x: 0, y: 0, width: 1122.52, height: 793.7 });
        assert.equal(page.hasRows, true);
        assert.deepEqual(page.rows.map(r => r.step), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
        assert.deepEqual(page.rows[0], { step: 1, top: 99.35, height: 46 });
        page.rows.slice(1).forEach((row, i) => assert.ok(row.top >= page.rows[i].top + page.rows[i].height - 0.01, `rows in order: ${row.step}`));
        assert.deepEqual([...page.steps].sort((a, b) => a - b), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    });

    it('an identity page has no rows; an SVG without a viewBox takes its px size', () => {
        const identity = readPageMarkup(readFileSync('test/golden/surat-masuk-page-1.svg', 'utf8'));
        assert.equal(identity.hasRows, false);
        assert.deepEqual(identity.rows, []);
        assert.deepEqual(readPageMarkup('<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200"></svg>').viewBox, { x: 0, y: 0, width: 300, height: 200 });
        assert.deepEqual(readPageMarkup('not svg').viewBox, { x: 0, y: 0, width: 800, height: 600 });
    });

    it('gives the drawn text of a page, entities decoded, without its title and description', () => {
        const svg = '<svg><title id="t">Judul &amp; halaman</title><desc>D</desc><g><text x="1">A &lt;b&gt; &amp; &#x41;&#66;</text><text><tspan>x</tspan> y</text></g></svg>';
        assert.equal(pageText(svg), 'A <b> & AB\nx\n y');
    });
});
