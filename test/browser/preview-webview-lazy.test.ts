/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'mocha';
import type { Browser, Page } from 'playwright-core';
import { generateRealisticSop } from '../../bench/generate-realistic-sop.js';
import type { RenderSuccess } from '../../server/src/protocol/sop-protocol.js';
import { STRINGS_ID, createPreviewTab, loadPreview, post, posted, postUpdate, renderFile, renderMessage } from './preview-webview-page.js';
import { launchOrSkip } from '../support/chromium.js';

/** Page numbers (1-based) whose section holds an SVG. */
const drawnPages = (page: Page) => page.evaluate(() => Array.from(document.querySelectorAll('section.sop-page'))
    .flatMap((s, i) => (s.querySelector(':scope > svg') ? [i + 1] : [])));

const section = (page: Page, n: number) => page.locator(`section.sop-page[data-page="${n}"]`);

/** Scrolls page `n`'s top to the top of the view and waits until it is drawn. */
async function scrollToPage(page: Page, n: number): Promise<void> {
    await section(page, n).evaluate(e => e.scrollIntoView({ block: 'start' }));
    await section(page, n).locator(':scope > svg').waitFor();
}

/** The size of page `n` as shown (its SVG or its placeholder), in CSS px. */
const shownSize = (page: Page, n: number) => section(page, n).evaluate(e => {
    const r = e.firstElementChild!.getBoundingClientRect();
    return { width: Math.round(r.width), height: Math.round(r.height), drawn: e.firstElementChild!.localName === 'svg' };
});

/** A step whose table row is on page `n` only (from the page's SVG text). */
function stepOnPage(result: RenderSuccess, n: number): number {
    const steps = (i: number) => new Set(Array.from(result.pages[i - 1]?.svg?.matchAll(/class="sop-row" data-step="(\d+)"/g) ?? [], m => Number(m[1])));
    const mine = [...steps(n)].filter(s => !steps(n - 1).has(s) && !steps(n + 1).has(s));
    return mine[Math.floor(mine.length / 2)];
}

describe('preview webview: a long SOP draws only the pages near the view', function () {
    let browser: Browser;
    let tab: Page;
    let long: RenderSuccess;

    before(async function () {
        browser = await launchOrSkip(this);
        tab = await createPreviewTab(browser);
        long = await renderFile('/tmp/long-200.sop', {}, generateRealisticSop(200, 5, 'long'));
        assert.ok(long.pages.length >= 20, `${long.pages.length} pages`);
    });

    after(() => browser?.close());

    async function rendered(): Promise<Page> {
        const page = await loadPreview(tab);
        await post(page, { type: 'config', locked: false, strings: STRINGS_ID });
        await postUpdate(page, renderMessage(long));
        return page;
    }

    it('holds the SVG of the pages in view and one beyond; scrolling draws the others and lets the far ones go', async () => {
        const page = await rendered();
        const total = long.pages.length;
        assert.equal(await page.locator('section.sop-page').count(), total, 'a section per page');
        const first = await drawnPages(page);
        assert.ok(first.length >= 2 && first.length <= 4 && first[0] === 1, `drawn at the top: ${first}`);
        assert.equal(await page.locator('#page-indicator').textContent(), `Halaman 1 / ${total}`);
        await scrollToPage(page, 12);
        await page.waitForFunction(() => !document.querySelector('section.sop-page[data-page="1"] > svg'));
        const drawn = await drawnPages(page);
        assert.ok(drawn.includes(11) && drawn.includes(12) && drawn.includes(13) && drawn.every(n => n >= 10 && n <= 15), `drawn at page 12: ${drawn}`);
        assert.equal(await page.locator('#page-indicator').textContent(), `Halaman 12 / ${total}`);
        assert.ok(await page.locator('section.sop-page[data-page="12"] [data-step][tabindex="0"]').count() > 0, 'a page drawn late gets its step links');
    });

    it('sizes every placeholder as its page, at fit-width and at 50 %', async () => {
        const page = await rendered();
        for (const zoom of ['fit', '50%']) {
            if (zoom === '50%') {
                await page.locator('#sop-pages').focus();
                while (await page.locator('#zoom-level').textContent() !== '50%') await page.keyboard.press('-');
                await section(page, 1).evaluate(e => e.scrollIntoView({ block: 'start' }));
            }
            for (const n of [9, 17, long.pages.length]) {
                const placeholder = await shownSize(page, n);
                assert.equal(placeholder.drawn, false, `page ${n} is a placeholder at ${zoom}`);
                await scrollToPage(page, n);
                const drawn = await shownSize(page, n);
                assert.deepEqual({ ...placeholder, drawn: true }, drawn, `page ${n} at ${zoom}`);
                await section(page, 1).evaluate(e => e.scrollIntoView({ block: 'start' }));
            }
        }
        const total = await page.locator('#sop-pages').evaluate(e => e.scrollHeight);
        const sum = await page.locator('section.sop-page').evaluateAll(ss => ss.reduce((h, s) => h + s.getBoundingClientRect().height, 0));
        assert.ok(total > sum, `the scroll height (${total}) spans every page (${sum})`);
    });

    it('highlighting a step on page 15 draws that page and scrolls it into view', async () => {
        const page = await rendered();
        const step = stepOnPage(long, 15);
        assert.ok(step > 0);
        await post(page, { type: 'highlight', step });
        const marked = section(page, 15).locator('.sop-shape.sop-highlight').first();
        await marked.waitFor();
        const box = await marked.boundingBox();
        const view = await page.locator('#sop-pages').boundingBox();
        assert.ok(box && view && box.y >= view.y - 1 && box.y + box.height <= view.y + view.height + 1, `in view: ${JSON.stringify(box)} of ${JSON.stringify(view)}`);
        await page.waitForFunction(() => !document.querySelector('section.sop-page[data-page="1"] > svg'));
        assert.match(await page.locator('#page-indicator').textContent() ?? '', /^Halaman 1[456] \//);
    });

    it('scroll sync reaches a row on a page that was not drawn', async () => {
        const page = await rendered();
        const step = stepOnPage(long, 18);
        assert.equal((await shownSize(page, 18)).drawn, false);
        await post(page, { type: 'scrollTo', line: long.stepRanges[step].start.line });
        const row = page.locator(`section.sop-page[data-page="18"] .sop-row[data-step="${step}"]`);
        await row.waitFor();
        const offset = await row.evaluate(e => e.getBoundingClientRect().top - document.getElementById('sop-pages')!.getBoundingClientRect().top);
        assert.ok(Math.abs(offset) < 10, `row of step ${step} at the top (${offset} px)`);
    });

    it('keeps an update of a page off screen and shows it when the page comes into view', async () => {
        const page = await rendered();
        const changed = structuredClone(long);
        changed.pages[17] = { ...changed.pages[17], svg: changed.pages[17].svg!.replace('</svg>', '<rect class="probe-delta" x="1" y="1" width="1" height="1"/></svg>') };
        await postUpdate(page, renderMessage(changed, 2));
        assert.equal((await shownSize(page, 18)).drawn, false, 'page 18 stays a placeholder');
        await scrollToPage(page, 18);
        assert.equal(await section(page, 18).locator('rect.probe-delta').count(), 1, 'drawn from the update');
        await scrollToPage(page, 1);
        await postUpdate(page, renderMessage(long, 3));
        await scrollToPage(page, 18);
        assert.equal(await section(page, 18).locator('rect.probe-delta').count(), 0, 'and from the next one');
    });

    it('never leaves a page kept near the view showing its picture from before an update', async () => {
        const page = await rendered();
        await scrollToPage(page, 10);
        await scrollToPage(page, 12);
        await page.waitForFunction(() => !document.querySelector('section.sop-page[data-page="9"] > svg'));
        const changed = structuredClone(long);
        changed.pages[9] = { ...changed.pages[9], svg: changed.pages[9].svg!.replace('</svg>', '<rect class="probe-delta" x="1" y="1" width="1" height="1"/></svg>') };
        await postUpdate(page, renderMessage(changed, 2));
        const shown = await section(page, 10).evaluate(e => (e.firstElementChild!.localName === 'svg' ? e.querySelectorAll('rect.probe-delta').length : 'placeholder'));
        assert.ok(shown === 1 || shown === 'placeholder', `page 10 shows the update or nothing: ${shown}`);
    });

    it('fits the width on the measured margins and remembers the zoom it shows', async () => {
        const page = await rendered();
        const shown = await section(page, 1).locator('svg').evaluate(e => e.getBoundingClientRect().width / Number(e.getAttribute('viewBox')!.split(' ')[2]));
        // Fitting measures the first page, which fits the width again: the zoom told the host is the last one.
        const zooms = (await posted(page)).flatMap(m => (m.type === 'zoom' ? [m.zoom] : []));
        assert.ok(zooms.length > 0 && zooms.every(z => Math.abs(z - shown) < 0.005), `posted ${zooms}, shown ${shown}`);
        assert.equal(await page.locator('#zoom-level').textContent(), `${Math.round(shown * 100)}%`);
        const saved = await page.evaluate(() => (window as unknown as { __state: { zoom: number } }).__state.zoom);
        assert.ok(Math.abs(saved - shown) < 0.005, `saved ${saved}, shown ${shown}`);
    });

    it('keeps the text of the pages not drawn in the document, hidden until find-in-page matches it', async function () {
        // Chromium's headless shell (the npm-shipped one) has no find-in-page to reveal `hidden="until-found"`;
        // VS Code's Electron and the system Chromium do. Probe on a blank page, then test where it exists.
        const probe = await browser.newPage();
        await probe.setContent('<p>x</p><div hidden="until-found">zqx probe</div>');
        const findsHidden = await probe.evaluate(() => (window as unknown as { find(text: string): boolean }).find('zqx probe'));
        await probe.close();
        if (!findsHidden) this.skip();
        const page = await rendered();
        const step = stepOnPage(long, 19);
        const activity = long.steps[step].activity;
        const text = section(page, 19).locator('.sop-placeholder > .sop-page-text');
        await page.waitForFunction(() => document.querySelector('section.sop-page[data-page="19"] .sop-page-text')?.getAttribute('hidden') === 'until-found');
        assert.ok((await text.textContent() ?? '').replace(/\s+/g, ' ').includes(activity.split(' ').slice(0, 3).join(' ')), 'the activity is in the text');
        assert.equal(await text.evaluate(e => e.getBoundingClientRect().height), 0, 'laid out as nothing');
        // window.find goes through Chromium's find-in-page, as VS Code's find widget does.
        assert.ok(await page.evaluate(() => (window as unknown as { find(text: string): boolean }).find('Halaman 19 dari')), 'found');
        await section(page, 19).locator(':scope > svg').waitFor();
        assert.match(await page.locator('#page-indicator').textContent() ?? '', /^Halaman (19|20) \//, 'scrolled to the footer of page 19');
    });
});
