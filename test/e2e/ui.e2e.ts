import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { startCodeServer, type CodeServer } from './support/code-server.js';
import { EXTENSIONS_DIR, ROOT, RUNS_DIR, SCREENSHOTS_DIR } from './support/paths.js';
import { poll } from '../support/poll.js';
import { measureTypingLatency, median } from './support/latency.js';
import { launchBrowser, Workbench } from './support/workbench.js';
import { BENCH_FILE, createWorkspace } from './support/workspace.js';

const LIGHT = 'Default Light Modern';
const EXAMPLE = 'surat-masuk.sop';
const PREVIEW_TO_SIDE = 'SOP: Open Preview to the Side';

/**
 * What a person sees in a real VS Code (code-server's workbench + the .vsix installed into a fresh
 * extensions folder), driven through headless chromium: Problems panel, completion, the preview
 * beside the editor, live update, click-to-source, the hostile fixture; screenshots go to
 * .e2e/screenshots (and to docs/ with SOP_E2E_UPDATE_DOCS=1); the keystroke-to-preview latency of a
 * 50-step SOP is printed (never asserted).
 */
describe('SOP extension in a real VS Code (code-server UI)', function () {
    let server: CodeServer;
    let browser: Browser;
    let wb: Workbench;
    let workspace: string;

    const lineOf = (file: string, text: string): number => {
        const lines = fs.readFileSync(path.join(workspace, file), 'utf8').split('\n');
        const index = lines.findIndex(line => line.includes(text));
        assert.ok(index >= 0, `"${text}" in ${file}`);
        return index + 1;
    };
    const preview = () => wb.previewFrame();
    const previewVersion = async () => Number(await preview().locator('body').getAttribute('data-version') ?? 0);
    const previewText = async () => (await preview().locator('#sop-pages').textContent()) ?? '';
    /** The renderer wraps long texts into several <tspan>s: compare without white space. */
    const previewHas = async (text: string) => (await previewText()).replace(/\s+/g, '').includes(text.replace(/\s+/g, ''));

    before(async function () {
        this.timeout(180_000);
        fs.rmSync(SCREENSHOTS_DIR, { recursive: true, force: true });
        workspace = createWorkspace('ui');
        server = await startCodeServer({ run: 'ui', workspace, extensionsDir: EXTENSIONS_DIR, theme: LIGHT });
        browser = await launchBrowser();
        wb = await Workbench.open(browser, server.workbenchUrl());
    });

    afterEach(async function () {
        if (this.currentTest?.state === 'failed' && wb) {
            const name = `failed-${this.currentTest.title.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`;
            console.log(`      screenshot: ${await wb.screenshot(name).catch(e => String(e))}; server log: ${server.logFile}`);
        }
    });

    after(async () => {
        await browser?.close();
        await server?.stop();
    });

    it('opens an example through Quick Open as an SOP document', async () => {
        await wb.openFile(EXAMPLE);
        await poll('language mode SOP in the status bar',
            async () => (await wb.page.locator('#status\\.editor\\.mode').innerText()).trim() === 'SOP', 60_000);
    });

    it('opens the preview beside the editor with the command palette', async () => {
        // More room for the editor and the preview in the screenshots.
        await wb.runCommand('View: Toggle Primary Side Bar Visibility');
        await wb.runCommand(PREVIEW_TO_SIDE);
        await preview().locator('section.sop-page').first().waitFor({ timeout: 60_000 });
        await poll('preview state rendered', async () => await preview().locator('body').getAttribute('data-state') === 'rendered');
        assert.equal(await wb.page.locator('.editor-group-container').count(), 2, 'editor and preview side by side');
        assert.match(await wb.page.locator('.tab.active').last().innerText(), /surat-masuk\.sop/);
        assert.ok(await previewHas('Mencatat surat pada agenda'), 'the preview shows the steps');
        assert.ok(await preview().locator('[data-step]').count() > 10, 'the steps carry data-step');
        await screenshotAtStep('preview-light');
    });

    it('updates the preview after an edit', async () => {
        const line = lineOf(EXAMPLE, 'langkah catat "Mencatat');
        await focusEditorGroup();
        await wb.goTo(line, 'langkah catat "Mencatat'.length + 1);
        const before = await previewVersion();
        assert.ok(!(await previewHas('kilat')));
        await wb.page.keyboard.type(' kilat');
        await poll('the edit in the preview', async () => await previewVersion() > before && await previewHas('Mencatat kilat surat'), 30_000);
    });

    it('a misspelled keyword gives one diagnostic, and the preview still shows the later steps', async () => {
        const line = lineOf(EXAMPLE, 'output "Surat masuk diterima"');
        await focusEditorGroup();
        // `output` → `ouput`: the cursor after `ou`, then Delete.
        await wb.goTo(line, 7);
        const before = await previewVersion();
        await wb.page.keyboard.press('Delete');
        const editor = wb.activeEditor();
        await poll('one error squiggle', async () => await editor.locator('.squiggly-error').count() === 1, 30_000);
        await poll('the preview after the typo', async () => await previewVersion() > before, 30_000);
        assert.ok(await previewHas('Mengarsipkan surat dan lembar disposisi'), 'the last step (11) is still in the preview');
        assert.equal(await preview().locator('.sop-row[data-step="11"]').count() > 0, true, 'row 11 is drawn');
        await wb.runCommand('File: Revert File');
    });

    it('puts the cursor on the step in the editor when it is clicked in the preview', async () => {
        // data-step numbers the steps in document order: 5 is `keputusan telaah`, 6 `langkah disposisi`.
        const start = lineOf(EXAMPLE, 'keputusan telaah');
        const next = lineOf(EXAMPLE, 'langkah disposisi');
        // A double click also moves the focus to the editor (a single click keeps it in the preview,
        // and the status bar shows no cursor then; test/e2e/preview.e2e.ts covers that).
        await preview().locator('[data-step="5"] text', { hasText: 'Menelaah' }).first().dblclick();
        const cursor = await poll('the editor cursor on step 5', async () => {
            const at = await wb.cursor();
            return at.line >= start && at.line < next ? at : undefined;
        }, 30_000);
        assert.equal(cursor.selected, 0, 'nothing selected: the next keystroke must not replace the step');
        // ... and moving the cursor highlights the step under it (the editor focused first: the mouse
        // still rests on the preview, whose hover may take the focus back).
        await wb.runCommand('View: Focus First Editor Group');
        await wb.goTo(lineOf(EXAMPLE, 'langkah disposisi') + 1, 5);
        await preview().locator('.sop-highlight[data-step="6"]').first().waitFor({ timeout: 30_000 });
        await wb.runCommand('File: Revert File');
    });

    it('lists our diagnostics in the Problems panel', async () => {
        await wb.openFile('broken.sop');
        await wb.activeEditor().locator('.squiggly-error').first().waitFor({ timeout: 60_000 });
        await wb.runCommand('Problems: Focus on Problems View');
        const filter = wb.page.locator('.part.panel .viewpane-filter input, .markers-panel-container .viewpane-filter input').first();
        await filter.fill('broken.sop');
        const row = wb.page.locator('.markers-panel .monaco-list-row', { hasText: 'duplicate-name' }).first();
        await row.waitFor({ timeout: 30_000 });
        assert.match(await row.innerText(), /sudah dipakai di baris 13|already used on line 13/);
        assert.match(await row.innerText(), /\[Ln 19, Col 9\]/);
        await wb.page.locator('.markers-panel .monaco-list-row', { hasText: 'decision-missing-branch' }).first().waitFor();
        await wb.screenshot('problems');
        await filter.fill('');
        await wb.runCommand('View: Hide Panel');
    });

    it('completes actor ids after `oleh`', async () => {
        await wb.openFile(EXAMPLE);
        const line = lineOf(EXAMPLE, 'langkah catat') + 1; // "    oleh admin"
        await wb.goTo(line, '    oleh '.length + 1);
        await wb.page.keyboard.press('Shift+End');
        await wb.page.keyboard.press('Delete');
        await wb.page.keyboard.press('Control+Space');
        const widget = wb.page.locator('.editor-widget.suggest-widget.visible');
        await widget.waitFor({ timeout: 30_000 });
        await poll('actor ids in the suggestions', async () => {
            const labels = await widget.locator('.monaco-list-row .label-name').allInnerTexts();
            return ['admin', 'kasubbag', 'sekretaris'].every(id => labels.includes(id));
        }, 30_000);
        await wb.page.keyboard.type('kasub');
        await wb.page.keyboard.press('Enter');
        await poll('the completion inserted', async () =>
            (await wb.activeEditor().locator('.view-line', { hasText: 'oleh kasubbag' }).count()) > 0, 10_000);
        await wb.screenshot('completion');
        await wb.runCommand('File: Revert File');
    });

    it('renders the hostile fixture as text without running any script', async () => {
        assert.ok(fs.existsSync(path.join(workspace, 'hostile.sop')), 'test/fixtures/hostile.sop is copied into the workspace');
        const consoleBefore = wb.console.length;
        await wb.openFile('hostile.sop');
        // The preview follows the active editor.
        await poll('the hostile fixture in the preview', async () => previewHas('__pwned=16'), 60_000);
        const inner = await wb.previewFrameHandle();
        const markup = await inner.evaluate(() => {
            const pages = document.getElementById('sop-pages')!;
            const all = Array.from(pages.querySelectorAll('*'));
            return {
                scripts: pages.querySelectorAll('script, iframe, object, embed, foreignObject, img, use[href^="data:"]').length,
                handlers: all.filter(e => Array.from(e.attributes).some(a => a.name.toLowerCase().startsWith('on'))).length,
                javascriptUrls: all.filter(e => Array.from(e.attributes).some(a => /^\s*javascript:/i.test(a.value))).length,
            };
        });
        assert.deepEqual(markup, { scripts: 0, handlers: 0, javascriptUrls: 0 });
        assert.ok(await previewHas('<script>window.__pwned'), 'payloads appear as literal text');
        // Give event-driven payloads (onload/onerror) their chance, then check no flag was set anywhere.
        await poll('a rendered frame', async () => await preview().locator('body').getAttribute('data-state') === 'rendered');
        await preview().locator('section.sop-page').first().hover();
        const flags = await Promise.all(wb.page.frames().map(frame =>
            frame.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned).catch(() => undefined)));
        assert.deepEqual(flags.filter(flag => flag !== undefined), [], 'window.__pwned stays unset in every frame');
        assert.deepEqual(wb.dialogs, [], 'no alert/confirm/prompt dialog fired');
        // Nothing even reached the Content-Security-Policy: the markup was clean before it.
        assert.deepEqual(wb.console.slice(consoleBefore).filter(line => /Refused to|Content.Security.Policy|__pwned/i.test(line)), []);
        await wb.screenshot('hostile');
    });

    it('follows the dark theme (screenshot)', async () => {
        await wb.runCommand('View: Close All Editors');
        // Toggles to workbench.preferredDarkColorTheme (Default Dark Modern).
        await wb.runCommand('Preferences: Toggle between Light/Dark Themes');
        await wb.page.locator('.monaco-workbench.vs-dark').waitFor({ timeout: 30_000 });
        await wb.openFile(EXAMPLE);
        await wb.runCommand(PREVIEW_TO_SIDE);
        await preview().locator('body.vscode-dark section.sop-page').first().waitFor({ timeout: 60_000 });
        await screenshotAtStep('preview-dark');
        if (process.env.SOP_E2E_UPDATE_DOCS) {
            for (const theme of ['light', 'dark']) {
                fs.copyFileSync(path.join(SCREENSHOTS_DIR, `preview-${theme}.png`), path.join(ROOT, `docs/vscode-preview-${theme}.png`));
            }
        }
    });

    it('measures keystroke-to-preview latency on a 50-step SOP (median of 20 edits)', async function () {
        this.timeout(300_000);
        await wb.runCommand('View: Close All Editors');
        await wb.openFile(BENCH_FILE);
        await wb.runCommand(PREVIEW_TO_SIDE);
        await poll('the 50-step SOP in the preview', async () => previewHas('Memproses berkas nomor 50'), 60_000);
        await focusEditorGroup();
        const anchor = 'langkah s25 "Memproses berkas nomor 25';
        await wb.goTo(lineOf(BENCH_FILE, anchor), anchor.length + 1);
        const samples = await measureTypingLatency(wb, 'abcdefghijklmnopqrst', '25');
        const totals = samples.map(sample => sample.total);
        const swaps = samples.map(sample => sample.swap).filter(Number.isFinite);
        const result = {
            medianMs: median(totals), minMs: Math.min(...totals), maxMs: Math.max(...totals), samplesMs: totals,
            webviewSwapMedianMs: swaps.length ? median(swaps) : undefined,
        };
        fs.writeFileSync(path.join(RUNS_DIR, 'latency.json'), JSON.stringify(result, null, 2));
        console.log(`      keystroke-to-preview latency, ${BENCH_FILE}, 20 edits: median ${result.medianMs} ms `
            + `(min ${result.minMs}, max ${result.maxMs}; of which the webview's page swap: median ${result.webviewSwapMedianMs} ms); `
            + `samples ${totals.join(' ')}`);
        await wb.screenshot('latency');
        await wb.runCommand('File: Revert File');
    });

    async function focusEditorGroup(): Promise<void> {
        await wb.runCommand('View: Focus First Editor Group');
    }

    /**
     * Screenshot for the README: the cursor on step 2 (`langkah catat`), so the editor shows steps
     * and the preview scrolls to the highlighted row; the mouse parked where it raises no hover.
     */
    async function screenshotAtStep(name: string): Promise<void> {
        await focusEditorGroup();
        await wb.goTo(lineOf(EXAMPLE, 'langkah catat'), 9);
        await preview().locator('.sop-highlight[data-step="2"]').first().waitFor({ timeout: 30_000 });
        const tabs = await wb.page.locator('.editor-group-container').last().locator('.tabs-and-actions-container').boundingBox();
        if (tabs) await wb.page.mouse.move(tabs.x + tabs.width * 0.6, tabs.y + tabs.height / 2);
        // The workbench loads its codicon font lazily; let the screenshot show icons.
        await wb.page.evaluate(() => document.fonts.ready.then(() => undefined));
        await wb.screenshot(name);
    }
});
