/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'mocha';
import type { Browser, Page } from 'playwright-core';
import type { RenderSuccess } from '../../server/src/protocol/sop-protocol.js';
import {
    STRINGS_ID, createPreviewTab, loadPreview, post, posted, postUpdate, renderFile, renderMessage, violations,
} from './preview-webview-page.js';
import { launchOrSkip } from '../support/chromium.js';

const svgWidth = (page: Page) => page.locator('section.sop-page svg').first().evaluate(e => e.getBoundingClientRect().width);
const lastPosted = async (page: Page) => (await posted(page)).filter(m => m.type !== 'scrolled' && m.type !== 'view').at(-1);
const lastOf = async (page: Page, type: string) => (await posted(page)).filter(m => m.type === type).at(-1);

describe('preview webview in headless Chromium', function () {
    let browser: Browser;
    let tab: Page;
    let example: RenderSuccess;

    before(async function () {
        browser = await launchOrSkip(this);
        tab = await createPreviewTab(browser);
        example = await renderFile('examples/surat-masuk.sop');
    });

    after(() => browser?.close());

    async function rendered(theme: 'light' | 'dark' = 'light'): Promise<Page> {
        const page = await loadPreview(tab, theme);
        await post(page, { type: 'config', locked: false, strings: STRINGS_ID });
        await postUpdate(page, renderMessage(example));
        return page;
    }

    it('says ready first and shows every page with its accessible description', async () => {
        const page = await rendered();
        assert.deepEqual((await posted(page))[0], { type: 'ready' });
        assert.deepEqual(Object.keys((await posted(page))[1]).sort(), ['textScale', 'type', 'width'], 'then the panel width, no mode of its own');
        assert.equal(await page.evaluate(() => document.body.dataset.state), 'rendered');
        const sections = page.locator('#sop-pages section.sop-page');
        assert.equal(await sections.count(), example.pages.length);
        for (const [i, p] of example.pages.entries()) {
            assert.equal(await sections.nth(i).getAttribute('aria-label'), p.description);
            assert.equal(await sections.nth(i).getAttribute('data-page'), String(p.number));
        }
        assert.equal(await page.locator('#page-indicator').textContent(), `Halaman 1 / ${example.pages.length}`);
        assert.equal(await page.locator('#lock-state').textContent(), 'Mengikuti editor aktif');
        assert.deepEqual(await violations(page), [], 'no CSP violation');
    });

    it('zooms with the buttons and the keyboard, and keeps the zoom across updates', async () => {
        const page = await rendered();
        await page.click('#zoom-fit');
        const fitted = await svgWidth(page);
        await page.click('#zoom-in');
        const larger = await svgWidth(page);
        assert.ok(larger > fitted, `${larger} > ${fitted}`);
        assert.equal((await lastPosted(page))?.type, 'zoom');
        await page.locator('#sop-pages').focus();
        await page.keyboard.press('-');
        await page.keyboard.press('-');
        const smaller = await svgWidth(page);
        assert.ok(smaller < larger, `${smaller} < ${larger}`);
        await postUpdate(page, renderMessage(example, 2));
        assert.equal(Math.round(await svgWidth(page)), Math.round(smaller), 'zoom survives an update');
        await page.keyboard.press('0');
        assert.equal(Math.round(await svgWidth(page)), Math.round(fitted));
    });

    it('rebuilds only the pages whose SVG changed', async () => {
        const page = await rendered();
        // Tag every page's SVG element; an unchanged page must keep its element (and the tag).
        await page.evaluate(() => document.querySelectorAll('section.sop-page > svg').forEach((svg, i) => svg.setAttribute('data-probe', String(i))));
        const changed = structuredClone(example);
        const last = changed.pages.length - 1;
        changed.pages[last] = { ...changed.pages[last], svg: changed.pages[last].svg!.replace('</svg>', '<rect x="1" y="1" width="1" height="1"/></svg>') };
        await postUpdate(page, renderMessage(changed, 3));
        const probes = await page.evaluate(() => Array.from(document.querySelectorAll('section.sop-page > svg'), svg => svg.getAttribute('data-probe')));
        assert.deepEqual(probes, changed.pages.map((_, i) => (i === last ? null : String(i))));
    });

    it('a click highlights the step and reveals it without taking the focus; a double click or Enter moves the focus', async () => {
        const page = await rendered();
        const shape = page.locator('#sop-pages [data-step="2"][tabindex="0"]').first();
        await shape.click();
        assert.deepEqual(await lastOf(page, 'reveal'), { type: 'reveal', step: 2, focus: false });
        assert.deepEqual(new Set(await page.locator('#sop-pages .sop-highlight').evaluateAll(es => es.map(e => e.getAttribute('data-step')))), new Set(['2']));
        await shape.dblclick();
        assert.deepEqual(await lastOf(page, 'reveal'), { type: 'reveal', step: 2, focus: true });
        assert.equal(await page.evaluate(() => window.getSelection()?.toString() ?? ''), '', 'a double click selects no text');
        await page.locator('#sop-pages [data-step="3"][tabindex="0"]').first().focus();
        await page.keyboard.press('Enter');
        assert.deepEqual(await lastOf(page, 'reveal'), { type: 'reveal', step: 3, focus: true });
        const label = await page.locator('#sop-pages [data-step="3"][tabindex="0"]').first().getAttribute('aria-label');
        assert.equal(label, `Langkah 3: ${example.steps[3].activity}`);
    });

    it('forgets the highlight and the pages of the last file when another file is shown', async () => {
        const page = await rendered();
        await post(page, { type: 'highlight', step: 3 });
        await page.locator('#sop-pages .sop-highlight').first().waitFor();
        const other = await renderFile('examples/izin-reklame.sop');
        await postUpdate(page, renderMessage(other, 2));
        assert.equal(await page.locator('#sop-pages .sop-highlight').count(), 0, 'no stale highlight');
        assert.equal(await page.locator('#sop-pages section.sop-page').count(), other.pages.length);
    });

    it('shows the pages of a file with errors under a banner that counts them', async () => {
        const text = readFileSync('examples/surat-masuk.sop', 'utf8').replace('    oleh admin\n', '    oleh nobody\n');
        const broken = await renderFile('examples/surat-masuk.sop', {}, text);
        assert.ok(broken.errors, 'the file has errors');
        const page = await loadPreview(tab);
        await post(page, { type: 'config', locked: false, strings: STRINGS_ID });
        await postUpdate(page, renderMessage(broken));
        assert.ok(await page.locator('#sop-error-banner').isVisible());
        assert.match(await page.locator('#sop-error-text').textContent() ?? '', /nobody/);
        assert.ok(await page.locator('#sop-pages section.sop-page').count() >= 2, 'pages drawn');
        assert.equal(await page.locator('#sop-empty').count(), 0, 'no "waiting" text');
    });

    it('shows the banner, not "waiting for the language server", when nothing could be built', async () => {
        const page = await loadPreview(tab);
        await post(page, { type: 'config', locked: false, strings: STRINGS_ID });
        await postUpdate(page, { type: 'invalid', message: 'Expecting token of type STRING', line: 3, column: 5 });
        assert.ok(await page.locator('#sop-error-banner').isVisible());
        assert.equal(await page.locator('#sop-empty').count(), 0);
    });

    it('trims the page margins at fit-width and shows them again when zoomed', async () => {
        const page = await rendered();
        await page.click('#zoom-fit');
        const viewBox = () => page.locator('section.sop-page svg').nth(1).evaluate(e => e.getAttribute('viewBox')!.split(' ').map(Number));
        const full = await page.locator('section.sop-page svg').nth(1).evaluate(e => Number(e.getAttribute('data-full-view-box')!.split(' ')[2]));
        const [x, , width] = await viewBox();
        assert.ok(x > 20 && width < full - 40, `trimmed: ${await viewBox()} of ${full}`);
        await page.click('#zoom-in');
        assert.equal((await viewBox())[0], 0, 'whole page when zoomed');
    });

    it('zooms with Ctrl + mouse wheel and Ctrl +/-', async () => {
        const page = await rendered();
        await page.click('#zoom-fit');
        const fitted = await svgWidth(page);
        await page.locator('#sop-pages').hover();
        await page.keyboard.down('Control');
        await page.mouse.wheel(0, -120);
        await page.keyboard.up('Control');
        const wheeled = await svgWidth(page);
        assert.ok(wheeled > fitted, `${wheeled} > ${fitted}`);
        await page.keyboard.press('Control+-');
        await page.keyboard.press('Control+-');
        assert.ok(await svgWidth(page) < wheeled);
    });

    it('continuous mode: asks for a sheet as wide as the panel and shows its text at the editor font size', async () => {
        const page = await rendered();
        await page.click('#mode-continuous');
        const view = await lastOf(page, 'view');
        assert.ok(view?.type === 'view' && view.mode === 'continuous' && view.textScale === 1, JSON.stringify(view));
        const panel = await page.locator('#sop-pages').evaluate(e => e.clientWidth);
        assert.ok(view.width > panel - 40 && view.width <= panel, `${view.width} of ${panel}`);
        const sheet = await renderFile('examples/surat-masuk.sop', { continuous: { width: view.width, fontSize: 14 } });
        await postUpdate(page, renderMessage(sheet, 2));
        // The sheet is the last page; only the pages near the view hold their SVG.
        await page.locator('section.sop-page').last().evaluate(e => e.scrollIntoView({ block: 'start' }));
        const flow = page.locator('section.sop-page').last().locator('svg');
        await flow.waitFor();
        assert.ok(Math.abs(await flow.evaluate(e => e.getBoundingClientRect().width) - view.width) < 2, 'the sheet fills the panel');
        const sizes = await flow.locator('.sop-row text').evaluateAll(ts => ts.map(t => Number(t.getAttribute('font-size')) * (t as SVGTextElement).getScreenCTM()!.a));
        assert.ok(sizes.length > 0 && Math.min(...sizes) >= 12, `table text ${Math.min(...sizes)} px`);
        assert.equal(await page.locator('section.sop-page').filter({ has: page.locator('.sop-row') }).count(), 1, 'one flowchart sheet');
        await page.click('#zoom-in');
        const bigger = await lastOf(page, 'view');
        assert.ok(bigger?.type === 'view' && bigger.textScale > 1, 'zoom scales the text the sheet is laid out for');
        await page.click('#mode-pages');
        assert.equal((await lastOf(page, 'view'))?.type === 'view' && (await lastOf(page, 'view') as { mode: string }).mode, 'pages');
    });

    it('scroll sync: scrolls to the row of the editor top line, and reports the line at its top when scrolled', async () => {
        const page = await rendered();
        // Zoomed so that the rest of the document below the row is taller than the panel.
        for (let i = 0; i < 3; i++) await page.click('#zoom-in');
        // An early row: on the dense pages the last rows sit too near the end of the document to reach the top.
        const [first] = example.stepRanges[3] ? [example.stepRanges[3].start.line] : [0];
        await post(page, { type: 'scrollTo', line: first });
        await page.waitForTimeout(100);
        const offset = await page.evaluate(() => {
            const container = document.getElementById('sop-pages')!;
            const row = container.querySelector('.sop-row[data-step="3"]')!;
            return row.getBoundingClientRect().top - container.getBoundingClientRect().top;
        });
        assert.ok(Math.abs(offset) < 10, `row 3 at the top (${offset} px)`);
        await page.waitForTimeout(300);
        await page.locator('#sop-pages').hover();
        await page.mouse.wheel(0, 40);
        await page.waitForFunction(() => (window as unknown as { __posted: Array<{ type: string }> }).__posted.some(m => m.type === 'scrolled'));
        const scrolled = await lastOf(page, 'scrolled');
        const range = example.stepRanges[3];
        assert.ok(scrolled?.type === 'scrolled' && scrolled.line >= range.start.line && scrolled.line <= range.end.line + 1, `${JSON.stringify(scrolled)} in step 3 (${range.start.line}–${range.end.line})`);
    });

    it('highlights the step under the editor cursor and scrolls it into view', async () => {
        const page = await rendered();
        await page.click('#zoom-in');
        await page.click('#zoom-in');
        const last = Math.max(...Object.keys(example.steps).map(Number));
        await post(page, { type: 'highlight', step: last });
        const marked = page.locator('#sop-pages .sop-highlight');
        await marked.first().waitFor();
        assert.ok(await marked.count() > 0);
        assert.deepEqual(new Set(await marked.evaluateAll(es => es.map(e => e.getAttribute('data-step')))), new Set([String(last)]));
        assert.ok(await marked.first().isVisible());
        const box = await marked.first().boundingBox();
        const view = await page.locator('#sop-pages').boundingBox();
        assert.ok(box && view && box.y + box.height > view.y && box.y < view.y + view.height, 'scrolled into view');
        await post(page, { type: 'highlight', step: null });
        await page.waitForFunction(() => document.querySelectorAll('.sop-highlight').length === 0);
    });

    it('shows the mutu baku of a hovered shape as text', async () => {
        const page = await rendered();
        await page.locator('#sop-pages [data-step="1"][tabindex="0"]').first().hover({ timeout: 5000 });
        const tooltip = page.locator('#sop-tooltip');
        await tooltip.waitFor({ state: 'visible', timeout: 5000 });
        const text = await tooltip.textContent() ?? '';
        assert.match(text, /Langkah 1: Menerima surat masuk/);
        assert.match(text, /Kelengkapan.*Surat masuk, buku ekspedisi/);
        assert.match(text, /Waktu.*5 menit/);
    });

    it('keeps the last good pages under an error banner that jumps to the error', async () => {
        const page = await rendered();
        await postUpdate(page, { type: 'invalid', message: 'Expecting token of type STRING', line: 52, column: 15 });
        assert.equal(await page.evaluate(() => document.body.dataset.state), 'invalid');
        assert.ok(await page.locator('#sop-error-banner').isVisible());
        assert.equal(await page.locator('#sop-error-text').textContent(), 'Baris 52, kolom 15: Expecting token of type STRING');
        assert.equal(await page.locator('#sop-pages section.sop-page').count(), example.pages.length, 'pages kept');
        await page.click('#sop-error-link');
        assert.deepEqual(await lastPosted(page), { type: 'revealError' });
        await postUpdate(page, renderMessage(example, 2));
        assert.equal(await page.locator('#sop-error-banner').isVisible(), false);
    });

    it('switches the paper, exports and is operable from the keyboard', async () => {
        const page = await rendered();
        assert.equal(await page.locator('#paper-select').inputValue(), 'A4');
        await page.selectOption('#paper-select', 'F4');
        assert.deepEqual(await lastPosted(page), { type: 'setPaper', paper: 'F4' });
        await page.locator('#export-svg').focus();
        await page.keyboard.press('Enter');
        assert.deepEqual(await lastPosted(page), { type: 'export', format: 'svg' });
        const labels = await page.locator('#sop-toolbar button').evaluateAll(bs => bs.map(b => b.getAttribute('aria-label')));
        assert.ok(labels.every(l => l && l.length > 0), 'every toolbar button is named');
    });

    it('takes screenshots in a light and a dark theme, paper white in both', async () => {
        mkdirSync('out/screenshots', { recursive: true });
        for (const theme of ['light', 'dark'] as const) {
            const page = await rendered(theme);
            await post(page, { type: 'highlight', step: 4 });
            await page.locator('section.sop-page[data-page="2"]').evaluate(e => e.scrollIntoView({ block: 'start' }));
            await page.locator('#sop-pages [data-step="6"][tabindex="0"]').first().hover();
            await page.locator('#sop-tooltip').waitFor({ state: 'visible' });
            const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
            assert.equal(background, theme === 'dark' ? 'rgb(30, 30, 30)' : 'rgb(243, 243, 243)');
            const paper = await page.locator('section.sop-page svg').first().evaluate(e => getComputedStyle(e).backgroundColor);
            assert.equal(paper, 'rgb(255, 255, 255)');
            await page.screenshot({ path: `out/screenshots/preview-${theme}.png` });
            }
    });
});

describe('preview webview against hostile content', function () {
    let browser: Browser;
    let tab: Page;
    const dialogs: string[] = [];

    before(async function () {
        browser = await launchOrSkip(this);
        tab = await createPreviewTab(browser);
        tab.on('dialog', dialog => { dialogs.push(dialog.message()); void dialog.dismiss(); });
    });

    after(() => browser?.close());

    async function hostilePage(): Promise<Page> {
        const page = await loadPreview(tab);
        await post(page, { type: 'config', locked: true, strings: STRINGS_ID });
        return page;
    }

    const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
    const squash = (text: string) => text.replace(/[\s\u00ad-]+/g, '');

    it('renders test/fixtures/hostile.sop with every payload as literal text and nothing executed', async () => {
        const result = await renderFile('test/fixtures/hostile.sop');
        const page = await hostilePage();
        await postUpdate(page, renderMessage(result));
        for (const step of [1, 2, 3]) {
            await page.locator(`#sop-pages [data-step="${step}"][tabindex="0"]`).first().hover();
            await page.locator(`#sop-pages [data-step="${step}"][tabindex="0"]`).first().click();
        }
        await page.waitForTimeout(300); // give an injected handler (onerror, onload) the chance it must not get
        assert.equal(await pwned(page), undefined);
        assert.deepEqual(dialogs, []);
        const dangerous = await page.locator('#sop-pages').evaluate(root => Array.from(root.querySelectorAll('*')).flatMap(e => [
            ...(['script', 'foreignObject', 'iframe', 'img', 'object', 'style', 'a'].includes(e.localName) ? [e.localName] : []),
            ...Array.from(e.attributes).filter(a => /^on/i.test(a.name) || (/href|src/i.test(a.name) && !/^#/.test(a.value))).map(a => `${e.localName}[${a.name}]`),
        ]));
        assert.deepEqual(dangerous, []);
        const text = squash(await page.locator('#sop-pages').evaluate(root => root.textContent ?? ''));
        for (const payload of ['<script>window.__pwned=14</script>', '<img src=x onerror="window.__pwned=16">', '<i>OK?</i>', 'javascript:window.__pwned=20']) {
            assert.ok(text.includes(squash(payload)), `literal payload ${payload}`);
        }
        await page.locator('#sop-pages [data-step="1"][tabindex="0"]').first().hover();
        assert.match(await page.locator('#sop-tooltip').textContent() ?? '', /<script>window\.__pwned=17<\/script>/);
    });

    it('strips scripts, handlers, foreignObject, animation and external links from any SVG it is given', async () => {
        const page = await hostilePage();
        const evil = [
            '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 100" onload="window.__pwned=1">',
            '<script>window.__pwned=2</script>',
            '<g data-step="1" onclick="window.__pwned=3" style="display:none"><rect width="10" height="10"/></g>',
            '<foreignObject><div xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="window.__pwned=4"/></div></foreignObject>',
            '<a href="javascript:window.__pwned=5"><text x="1" y="20">link</text></a>',
            '<a xlink:href="javascript:window.__pwned=6"><text x="1" y="30">xlink</text></a>',
            '<use href="https://evil.invalid/x.svg#a"/><image href="https://evil.invalid/track.png"/>',
            '<set attributeName="onmouseover" to="window.__pwned=7"/><animate attributeName="href" values="javascript:alert(8)"/>',
            '<rect id="paper" fill="url(https://evil.invalid/p)" width="5" height="5"/><use href="#paper"/>',
            '<style>svg{background:url(https://evil.invalid/s)}</style>',
            '</svg>',
        ].join('');
        await postUpdate(page, { type: 'render', version: 1, uri: 'file:///evil.sop', title: 'x', paper: 'A4', pages: [{ number: 1, kind: 'flowchart', svg: evil, description: 'evil' }], steps: {}, lines: { identityEnd: 0, steps: {} } });
        await page.locator('#sop-pages g[data-step="1"]').click({ force: true });
        await page.waitForTimeout(200);
        assert.equal(await pwned(page), undefined);
        assert.deepEqual(dialogs, []);
        const markup = await page.locator('#sop-pages').innerHTML();
        for (const banned of ['<script', 'onload', 'onclick', 'foreignObject', 'javascript:', 'evil.invalid', '<set', '<animate', '<style', 'display']) {
            assert.ok(!markup.includes(banned), `${banned} removed: ${markup}`);
        }
        assert.match(markup, /<use href="#p1-paper"/, 'same-document references stay, with the page prefix');
        // Chromium's XML parser already refuses the inline handlers and styles under the CSP (and
        // reports them); nothing may have tried to load from outside.
        assert.deepEqual((await violations(page)).filter(v => !v.endsWith(' inline')), [], 'nothing tried to load');
    });
});
