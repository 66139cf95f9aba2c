import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'mocha';
import type { Browser } from 'playwright-core';
import { renderSop } from '../../server/src/render/index.js';
import { launchOrSkip } from '../support/chromium.js';
import { createTestServices } from '../support/sop-test-services.js';

/** Loads the rendered example pages into headless Chromium and checks what the browser actually lays out. */
const CHECK = `(() => {
    const svg = document.querySelector('svg');
    const problems = [];
    for (const cell of svg.querySelectorAll('g.sop-cell')) {
        const r = cell.querySelector('rect').getBBox();
        for (const t of cell.querySelectorAll('text')) {
            const b = t.getBBox();
            if (b.x < r.x - 1 || b.x + b.width > r.x + r.width + 1 || b.y < r.y - 1.5 || b.y + b.height > r.y + r.height + 1.5) {
                problems.push(t.textContent + ' @' + [b.x, b.y, b.width, b.height].map(Math.round).join(','));
            }
        }
    }
    return { problems, texts: svg.querySelectorAll('text').length, shapes: svg.querySelectorAll('g.sop-shape').length };
})()`;

describe('rendered pages in headless Chromium', function () {
    this.timeout(60000);
    let browser: Browser;
    const services = createTestServices();

    before(async function () {
        browser = await launchOrSkip(this);
    });
    after(async () => {
        await browser?.close();
    });

    it('keeps every cell text inside its cell (getBBox) on every example page', async () => {
        const page = await browser.newPage({ viewport: { width: 1200, height: 850 } });
        const failures: string[] = [];
        for (const file of readdirSync('examples').filter(f => f.endsWith('.sop')).sort()) {
            const doc = await services.model(readFileSync(path.join('examples', file), 'utf8'));
            for (const p of renderSop(doc).pages) {
                await page.setContent(`<!doctype html><html><body style="margin:0">${p.svg}</body></html>`);
                const result = await page.evaluate(CHECK) as { problems: string[]; texts: number; shapes: number };
                assert.ok(result.texts > 10, `${file} page ${p.number} shows text`);
                if (p.kind === 'flowchart') assert.ok(result.shapes > 0, `${file} page ${p.number} shows symbols`);
                failures.push(...result.problems.map(x => `${file} page ${p.number}: ${x}`));
            }
        }
        await page.close();
        assert.deepEqual(failures, []);
    });
});
