import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EXTENSIONS_DIR } from './support/paths.js';
import { poll } from '../support/poll.js';
import { docScreenshot, workbenchSuite } from './support/suite.js';
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
    const suite = workbenchSuite({
        run: 'preview', extensionsDir: EXTENSIONS_DIR, workspace: () => createWorkspace('preview'), failurePrefix: 'preview-failed',
        setup: ({ wb }) => wb.runCommand('View: Toggle Primary Side Bar Visibility'),
    });

    const preview = () => suite.wb.previewFrame();
    /** The line where each step of the file starts (its kind keyword at the start of the line). */
    const stepStartLines = (file: string): number[] => fs.readFileSync(path.join(suite.workspace, file), 'utf8').split('\n')
        .flatMap((line, i) => /^(kapsul|langkah|keputusan|proses)\s/.test(line) ? [i + 1] : []);
    /** The first line number the editor shows whole at its top. */
    const editorTopLine = async () => suite.wb.activeEditor().evaluate(editor => {
        const top = editor.getBoundingClientRect().top;
        const numbers = Array.from(editor.querySelectorAll('.margin-view-overlays .line-numbers'))
            .filter(e => e.getBoundingClientRect().top >= top - 2)
            .map(e => Number(e.textContent));
        return Math.min(...numbers.filter(Number.isFinite));
    });
    const previewScrollTop = async () => (await suite.wb.previewFrameHandle()).evaluate(() => document.getElementById('sop-pages')!.scrollTop);
    const rendered = () => poll('the preview rendered', async () => await preview().locator('body').getAttribute('data-state') === 'rendered', 60_000);

    it('shows the pages of a file with a linking error, under the error banner', async () => {
        await suite.wb.openFile(LINKING_ERROR);
        await suite.wb.runCommand(PREVIEW_TO_SIDE);
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
        const group = () => suite.wb.page.locator('.editor-group-container').last();
        const previewTab = () => group().locator('.tab').first();
        const lockButton = () => group().locator('.editor-actions .action-label[aria-label*="Toggle Preview Lock"]').first();
        await previewTab().click();
        await lockButton().click();
        await poll('[Preview] in the tab title', async () => /\[(Preview|Pratinjau)\]/.test(await previewTab().innerText()));
        await lockButton().click();
        await poll('the plain title again', async () => !/\[(Preview|Pratinjau)\]/.test(await previewTab().innerText()));
    });

    it('follows another file without its highlight or paper', async () => {
        await suite.wb.runCommand('View: Focus First Editor Group');
        await suite.wb.goTo(suite.lineOf(LINKING_ERROR, 'keputusan telaah') + 1, 5);
        await preview().locator('.sop-highlight[data-step="5"]').first().waitFor({ timeout: 30_000 });
        await preview().locator('#paper-select').selectOption('Legal');
        await poll('Legal pages', async () => (await preview().locator('#paper-select').inputValue()) === 'Legal' && await preview().locator('body').getAttribute('data-state') === 'rendered');
        await suite.wb.openFile(EXAMPLE);
        await poll('the example in the preview', async () => ((await preview().locator('#sop-pages').textContent()) ?? '').includes('Mengarsipkan surat'), 60_000);
        await poll('A4, the example\'s own paper', async () => (await preview().locator('#paper-select').inputValue()) === 'A4', 30_000);
        assert.equal(await preview().locator('#sop-error-banner').isVisible(), false);
        await suite.wb.goTo(1, 1);
        await poll('no stale highlight', async () => (await preview().locator('.sop-highlight').count()) === 0, 10_000);
    });

    it('a click puts the cursor on the step name without selecting the step; a double click focuses the editor and typing keeps the text', async () => {
        const line = suite.lineOf(EXAMPLE, 'keputusan telaah');
        await suite.wb.goTo(1, 1);
        const shape = preview().locator('[data-step="5"] text', { hasText: 'Menelaah' }).first();
        await shape.click();
        // The editor scrolls to the step; the focus stays in the preview (the status bar then shows no cursor).
        await poll('step 5 revealed in the editor', async () =>
            (await suite.wb.page.locator('.editor-group-container').first().locator('.view-line', { hasText: 'keputusan telaah' }).count()) > 0, 30_000);
        assert.equal(await suite.wb.page.evaluate(() => document.activeElement?.tagName), 'IFRAME', 'the focus stays in the preview');
        await shape.dblclick();
        await poll('the editor focused', async () => suite.wb.page.locator('.editor-group-container').first().locator('.monaco-editor.focused').count(), 10_000);
        const cursor = await poll('the editor cursor on step 5', async () => {
            const at = await suite.wb.cursor();
            return at.line === line ? at : undefined;
        }, 30_000);
        assert.deepEqual(cursor, { line, column: 'keputusan '.length + 1, selected: 0 }, 'cursor on the name, nothing selected');
        await suite.wb.page.keyboard.type('x');
        await poll('one character typed at the name', async () =>
            (await suite.wb.page.locator('.monaco-editor .view-line', { hasText: 'keputusan xtelaah' }).count()) > 0, 10_000);
        assert.equal(await suite.wb.page.locator('.monaco-editor .view-line', { hasText: 'Menelaah isi surat dan menentukan' }).count(), 1, 'the step text is intact');
        await suite.wb.runCommand('File: Revert File');
    });

    it('scrolls the preview with the editor and the editor with the preview', async () => {
        await rendered();
        // At fit-width the whole (dense) table fits the panel: zoom in until a row of page 2 can reach the top.
        const zoomLevel = async () => Number((await preview().locator('#zoom-level').innerText()).replace('%', ''));
        for (let i = 0; i < 12 && await zoomLevel() < 160; i++) await preview().locator('#zoom-in').click();
        await suite.wb.runCommand('View: Focus First Editor Group');
        await suite.wb.goTo(1, 1);
        await poll('the preview at the top', async () => await previewScrollTop() < 40, 15_000);
        // Step 3: early enough that the denser pages can still bring its row to the top of the preview.
        const target = suite.lineOf(EXAMPLE, 'langkah siapkan');
        // Go to Line centres its line: this puts the editor's top line in step 3.
        await suite.wb.goTo(target + 22, 1);
        const top = await editorTopLine();
        assert.ok(top > 40, `the editor scrolled (top line ${top})`);
        const shownStep = await poll('the preview at the step of the editor top line', async () => {
            const frame = await suite.wb.previewFrameHandle();
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
        await suite.wb.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        for (let i = 0; i < 30 && await previewScrollTop() > 0; i++) await suite.wb.page.mouse.wheel(0, -400);
        await poll('the editor at the identity lines', async () => (await editorTopLine()) < 20, 15_000);
    });

    it('continuous mode at half of a 1600×900 window shows table text at 12 px or more', async () => {
        await suite.wb.runCommand('View: Focus First Editor Group');
        await suite.wb.goTo(suite.lineOf(EXAMPLE, 'langkah catat'), 9);
        await preview().locator('.sop-highlight[data-step="2"]').first().waitFor({ timeout: 30_000 });
        await preview().locator('#zoom-fit').click();
        await parkMouse();
        await shot('preview-pages');
        const pagesText = await tableTextPx();
        await preview().locator('#mode-continuous').click();
        await poll('the continuous sheet', async () => await preview().locator('body').getAttribute('data-layout') === 'continuous', 60_000);
        await rendered();
        // The preview draws the pages near the view: bring the table's rows into view first (the
        // cursor moves away and back, so the preview is asked to reveal the step again).
        await suite.wb.runCommand('View: Focus First Editor Group');
        await suite.wb.goTo(suite.lineOf(EXAMPLE, 'langkah catat') + 30, 1);
        await suite.wb.goTo(suite.lineOf(EXAMPLE, 'langkah catat'), 9);
        await preview().locator('.sop-highlight[data-step="2"]').first().waitFor({ timeout: 30_000 });
        const sizes = await tableTextPx();
        console.log(`      table text: pages mode at fit-width ${pagesText.toFixed(1)} px, continuous mode ${sizes.toFixed(1)} px`);
        // Within 0.05 px: the sheet's drawn width is rounded to whole device pixels.
        assert.ok(Number.isFinite(pagesText) && sizes >= 12 - 0.05, `table text ${sizes} px (pages mode ${pagesText} px)`);
        const frame = await suite.wb.previewFrameHandle();
        const widths = await frame.evaluate(() => ({
            panel: document.getElementById('sop-pages')!.clientWidth,
            // The last sheet may be off screen, shown as an empty box of its size (the preview draws the pages near the view).
            sheet: document.querySelector('section.sop-page:last-of-type > svg, section.sop-page:last-of-type > .sop-placeholder')!.getBoundingClientRect().width,
        }));
        assert.ok(widths.sheet >= widths.panel - 40, `the sheet fills the panel: ${JSON.stringify(widths)}`);
        // The editor's top line at step 3: scroll sync brings the flowchart table into view for the screenshot.
        await suite.wb.runCommand('View: Focus First Editor Group');
        await suite.wb.goTo(suite.lineOf(EXAMPLE, 'langkah siapkan') + 30, 1);
        await suite.wb.goTo(suite.lineOf(EXAMPLE, 'langkah siapkan'), 9);
        await preview().locator('.sop-highlight[data-step="3"]').first().waitFor({ timeout: 30_000 });
        await parkMouse();
        await shot('preview-continuous');
        // Remembered: a new preview opens in the same mode.
        await suite.wb.runCommand('View: Close All Editors');
        await suite.wb.openFile(EXAMPLE);
        await suite.wb.runCommand(PREVIEW_TO_SIDE);
        await poll('continuous again', async () => await preview().locator('body').getAttribute('data-layout') === 'continuous', 60_000);
        await preview().locator('#mode-pages').click();
        await poll('pages again', async () => await preview().locator('body').getAttribute('data-layout') === 'pages', 60_000);
    });

    /** The smallest table text in the preview, in CSS px as drawn (font size × the SVG's scale). */
    async function tableTextPx(): Promise<number> {
        const frame = await suite.wb.previewFrameHandle();
        return frame.evaluate(() => {
            const sizes = Array.from(document.querySelectorAll<SVGTextElement>('.sop-row text'))
                .map(t => Number(t.getAttribute('font-size') ?? getComputedStyle(t).fontSize.replace('px', '')) * t.getScreenCTM()!.a)
                .filter(Number.isFinite);
            // No row drawn is no measurement (Math.min of nothing is Infinity, which would pass).
            return sizes.length > 0 ? Math.min(...sizes) : Number.NaN;
        });
    }

    async function parkMouse(): Promise<void> {
        const tabs = await suite.wb.page.locator('.editor-group-container').last().locator('.tabs-and-actions-container').boundingBox();
        if (tabs) await suite.wb.page.mouse.move(tabs.x + tabs.width * 0.6, tabs.y + tabs.height / 2);
        await suite.wb.page.evaluate(() => document.fonts.ready.then(() => undefined));
    }

    async function shot(name: string): Promise<void> {
        assert.ok(fs.existsSync(await docScreenshot(suite.wb, name, `vscode-${name}`)));
    }
});
