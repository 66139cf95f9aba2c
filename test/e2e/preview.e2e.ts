import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { startCodeServer, type CodeServer } from './support/code-server.js';
import { EXTENSIONS_DIR, ROOT, SCREENSHOTS_DIR } from './support/paths.js';
import { poll } from '../support/poll.js';
import { launchBrowser, Workbench } from './support/workbench.js';
import { createWorkspace } from './support/workspace.js';

const EXAMPLE = 'surat-masuk.sop';
const LINKING_ERROR = 'linking-error.sop';
const PREVIEW_TO_SIDE = 'SOP: Open Preview to the Side';

/**
 * The preview as a person meets it (issue 12) in a 1600×900 window with the preview beside the
 * editor: pages of a file with errors, the continuous reading mode, scroll sync both ways, clicks
 * that keep the text intact, the lock in the tab title. Screenshots of both modes go to docs/.
 */
describe('SOP preview in a real VS Code (code-server UI)', function () {
    let server: CodeServer;
    let browser: Browser;
    let wb: Workbench;
    let workspace: string;

    const preview = () => wb.previewFrame();
    const lineOf = (file: string, text: string): number => {
        const index = fs.readFileSync(path.join(workspace, file), 'utf8').split('\n').findIndex(line => line.includes(text));
        assert.ok(index >= 0, `"${text}" in ${file}`);
        return index + 1;
    };
    /** The line where each step of the file starts (its kind keyword at the start of the line). */
    const stepStartLines = (file: string): number[] => fs.readFileSync(path.join(workspace, file), 'utf8').split('\n')
        .flatMap((line, i) => /^(kapsul|langkah|keputusan|proses)\s/.test(line) ? [i + 1] : []);
    /** The first line number the editor shows whole at its top. */
    const editorTopLine = async () => wb.activeEditor().evaluate(editor => {
        const top = editor.getBoundingClientRect().top;
        const numbers = Array.from(editor.querySelectorAll('.margin-view-overlays .line-numbers'))
            .filter(e => e.getBoundingClientRect().top >= top - 2)
            .map(e => Number(e.textContent));
        return Math.min(...numbers.filter(Number.isFinite));
    });
    const previewScrollTop = async () => (await wb.previewFrameHandle()).evaluate(() => document.getElementById('sop-pages')!.scrollTop);
    const rendered = () => poll('the preview rendered', async () => await preview().locator('body').getAttribute('data-state') === 'rendered', 60_000);

    before(async function () {
        this.timeout(180_000);
        workspace = createWorkspace('preview');
        server = await startCodeServer({ run: 'preview', workspace, extensionsDir: EXTENSIONS_DIR });
        browser = await launchBrowser();
        wb = await Workbench.open(browser, server.workbenchUrl());
        await wb.runCommand('View: Toggle Primary Side Bar Visibility');
    });

    afterEach(async function () {
        if (this.currentTest?.state === 'failed' && wb) {
            const name = `preview-failed-${this.currentTest.title.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`;
            console.log(`      screenshot: ${await wb.screenshot(name).catch(e => String(e))}; server log: ${server.logFile}`);
        }
    });

    after(async () => {
        await browser?.close();
        await server?.stop();
    });

    it('shows the pages of a file with a linking error, under the error banner', async () => {
        await wb.openFile(LINKING_ERROR);
        await wb.runCommand(PREVIEW_TO_SIDE);
        await preview().locator('section.sop-page').first().waitFor({ timeout: 60_000 });
        await rendered();
        assert.ok(await preview().locator('section.sop-page').count() >= 2, 'identity and flowchart pages');
        assert.ok(await preview().locator('.sop-row[data-step]').count() >= 11, 'every step row');
        await preview().locator('#sop-error-banner').waitFor({ state: 'visible' });
        assert.match(await preview().locator('#sop-error-text').innerText(), /adminn/);
        assert.equal(await preview().locator('#sop-empty').count(), 0, 'never only "Waiting for the language server…"');
    });

    it('shows the lock in the tab title, as the Markdown preview does', async () => {
        // The lock button in the preview's editor title bar, as a person clicks it.
        const group = () => wb.page.locator('.editor-group-container').last();
        const previewTab = () => group().locator('.tab').first();
        const lockButton = () => group().locator('.editor-actions .action-label[aria-label*="Toggle Preview Lock"]').first();
        await previewTab().click();
        await lockButton().click();
        await poll('[Preview] in the tab title', async () => /\[(Preview|Pratinjau)\]/.test(await previewTab().innerText()));
        await lockButton().click();
        await poll('the plain title again', async () => !/\[(Preview|Pratinjau)\]/.test(await previewTab().innerText()));
    });

    it('follows another file without its highlight or paper', async () => {
        await wb.runCommand('View: Focus First Editor Group');
        await wb.goTo(lineOf(LINKING_ERROR, 'keputusan telaah') + 1, 5);
        await preview().locator('.sop-highlight[data-step="5"]').first().waitFor({ timeout: 30_000 });
        await preview().locator('#paper-select').selectOption('Legal');
        await poll('Legal pages', async () => (await preview().locator('#paper-select').inputValue()) === 'Legal' && await preview().locator('body').getAttribute('data-state') === 'rendered');
        await wb.openFile(EXAMPLE);
        await poll('the example in the preview', async () => ((await preview().locator('#sop-pages').textContent()) ?? '').includes('Mengarsipkan surat'), 60_000);
        await poll('A4, the example\'s own paper', async () => (await preview().locator('#paper-select').inputValue()) === 'A4', 30_000);
        assert.equal(await preview().locator('#sop-error-banner').isVisible(), false);
        await wb.goTo(1, 1);
        await poll('no stale highlight', async () => (await preview().locator('.sop-highlight').count()) === 0, 10_000);
    });

    it('a click puts the cursor on the step name without selecting the step; a double click focuses the editor and typing keeps the text', async () => {
        const line = lineOf(EXAMPLE, 'keputusan telaah');
        await wb.goTo(1, 1);
        const shape = preview().locator('[data-step="5"] text', { hasText: 'Menelaah' }).first();
        await shape.click();
        // The editor scrolls to the step; the focus stays in the preview (the status bar then shows no cursor).
        await poll('step 5 revealed in the editor', async () =>
            (await wb.page.locator('.editor-group-container').first().locator('.view-line', { hasText: 'keputusan telaah' }).count()) > 0, 30_000);
        assert.equal(await wb.page.evaluate(() => document.activeElement?.tagName), 'IFRAME', 'the focus stays in the preview');
        await shape.dblclick();
        await poll('the editor focused', async () => wb.page.locator('.editor-group-container').first().locator('.monaco-editor.focused').count(), 10_000);
        const cursor = await poll('the editor cursor on step 5', async () => {
            const at = await wb.cursor();
            return at.line === line ? at : undefined;
        }, 30_000);
        assert.deepEqual(cursor, { line, column: 'keputusan '.length + 1, selected: 0 }, 'cursor on the name, nothing selected');
        await wb.page.keyboard.type('x');
        await poll('one character typed at the name', async () =>
            (await wb.page.locator('.monaco-editor .view-line', { hasText: 'keputusan xtelaah' }).count()) > 0, 10_000);
        assert.equal(await wb.page.locator('.monaco-editor .view-line', { hasText: 'Menelaah isi surat dan menentukan' }).count(), 1, 'the step text is intact');
        await wb.runCommand('File: Revert File');
    });

    it('scrolls the preview with the editor and the editor with the preview', async () => {
        await rendered();
        // At fit-width the whole (dense) table fits the panel: zoom in until a row of page 2 can reach the top.
        const zoomLevel = async () => Number((await preview().locator('#zoom-level').innerText()).replace('%', ''));
        for (let i = 0; i < 12 && await zoomLevel() < 160; i++) await preview().locator('#zoom-in').click();
        await wb.runCommand('View: Focus First Editor Group');
        await wb.goTo(1, 1);
        await poll('the preview at the top', async () => await previewScrollTop() < 40, 15_000);
        // Step 3: early enough that the denser pages can still bring its row to the top of the preview.
        const target = lineOf(EXAMPLE, 'langkah siapkan');
        // Go to Line centres its line: this puts the editor's top line in step 3.
        await wb.goTo(target + 22, 1);
        const top = await editorTopLine();
        assert.ok(top > 40, `the editor scrolled (top line ${top})`);
        const shownStep = await poll('the preview at the step of the editor top line', async () => {
            const frame = await wb.previewFrameHandle();
            const step = await frame.evaluate(() => {
                const container = document.getElementById('sop-pages')!;
                const y = container.getBoundingClientRect().top + 30;
                const row = Array.from(container.querySelectorAll('.sop-row[data-step]'))
                    .find(r => r.getBoundingClientRect().top <= y && r.getBoundingClientRect().bottom >= y);
                return row ? Number(row.getAttribute('data-step')) : undefined;
            });
            return step;
        }, 15_000);
        const stepLines = stepStartLines(EXAMPLE);
        const expectedStep = stepLines.filter(l => l <= top).length;
        assert.ok(Math.abs(shownStep - expectedStep) <= 1, `preview shows step ${shownStep}, editor top line ${top} is in step ${expectedStep}`);
        // Scrolling the preview back to the identity sheet brings the editor to its identity lines.
        const pages = preview().locator('#sop-pages');
        const box = await pages.boundingBox();
        assert.ok(box);
        await wb.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        for (let i = 0; i < 30 && await previewScrollTop() > 0; i++) await wb.page.mouse.wheel(0, -400);
        await poll('the editor at the identity lines', async () => (await editorTopLine()) < 20, 15_000);
    });

    it('continuous mode at half of a 1600×900 window shows table text at 12 px or more', async () => {
        await wb.runCommand('View: Focus First Editor Group');
        await wb.goTo(lineOf(EXAMPLE, 'langkah catat'), 9);
        await preview().locator('.sop-highlight[data-step="2"]').first().waitFor({ timeout: 30_000 });
        await preview().locator('#zoom-fit').click();
        await parkMouse();
        await shot('preview-pages');
        const pagesText = await tableTextPx();
        await preview().locator('#mode-continuous').click();
        await poll('the continuous sheet', async () => await preview().locator('body').getAttribute('data-layout') === 'continuous', 60_000);
        await rendered();
        const sizes = await tableTextPx();
        console.log(`      table text: pages mode at fit-width ${pagesText.toFixed(1)} px, continuous mode ${sizes.toFixed(1)} px`);
        // Within 0.05 px: the sheet's drawn width is rounded to whole device pixels.
        assert.ok(sizes >= 12 - 0.05, `table text ${sizes} px`);
        const frame = await wb.previewFrameHandle();
        const widths = await frame.evaluate(() => ({
            panel: document.getElementById('sop-pages')!.clientWidth,
            sheet: document.querySelector('section.sop-page:last-of-type svg')!.getBoundingClientRect().width,
        }));
        assert.ok(widths.sheet >= widths.panel - 40, `the sheet fills the panel: ${JSON.stringify(widths)}`);
        // The editor's top line at step 3: scroll sync brings the flowchart table into view for the screenshot.
        await wb.runCommand('View: Focus First Editor Group');
        await wb.goTo(lineOf(EXAMPLE, 'langkah siapkan') + 30, 1);
        await wb.goTo(lineOf(EXAMPLE, 'langkah siapkan'), 9);
        await preview().locator('.sop-highlight[data-step="3"]').first().waitFor({ timeout: 30_000 });
        await parkMouse();
        await shot('preview-continuous');
        // Remembered: a new preview opens in the same mode.
        await wb.runCommand('View: Close All Editors');
        await wb.openFile(EXAMPLE);
        await wb.runCommand(PREVIEW_TO_SIDE);
        await poll('continuous again', async () => await preview().locator('body').getAttribute('data-layout') === 'continuous', 60_000);
        await preview().locator('#mode-pages').click();
        await poll('pages again', async () => await preview().locator('body').getAttribute('data-layout') === 'pages', 60_000);
    });

    /** The smallest table text in the preview, in CSS px as drawn (font size × the SVG's scale). */
    async function tableTextPx(): Promise<number> {
        const frame = await wb.previewFrameHandle();
        return frame.evaluate(() => {
            const sizes = Array.from(document.querySelectorAll<SVGTextElement>('.sop-row text'))
                .map(t => Number(t.getAttribute('font-size') ?? getComputedStyle(t).fontSize.replace('px', '')) * t.getScreenCTM()!.a)
                .filter(Number.isFinite);
            return Math.min(...sizes);
        });
    }

    async function parkMouse(): Promise<void> {
        const tabs = await wb.page.locator('.editor-group-container').last().locator('.tabs-and-actions-container').boundingBox();
        if (tabs) await wb.page.mouse.move(tabs.x + tabs.width * 0.6, tabs.y + tabs.height / 2);
        await wb.page.evaluate(() => document.fonts.ready.then(() => undefined));
    }

    async function shot(name: string): Promise<void> {
        const file = await wb.screenshot(name);
        if (process.env.SOP_E2E_UPDATE_DOCS) fs.copyFileSync(file, path.join(ROOT, 'docs', `vscode-${name}.png`));
        assert.ok(fs.existsSync(path.join(SCREENSHOTS_DIR, `${name}.png`)));
    }
});
