import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { startCodeServer, type CodeServer } from './support/code-server.js';
import { EXTENSIONS_DIR, ROOT, RUNS_DIR } from './support/paths.js';
import { poll } from '../support/poll.js';
import { launchBrowser, Workbench } from './support/workbench.js';

/**
 * The packaged extension as a user meets it: its page in the Extensions view, with the icon and the
 * README's images (inlined by scripts/extension-readme.mjs). Screenshots go to .e2e/screenshots
 * (and to docs/ with SOP_E2E_UPDATE_DOCS=1).
 */
describe('the packaged extension in a real VS Code (its page in the Extensions view)', function () {
    let server: CodeServer;
    let browser: Browser;
    let wb: Workbench;

    before(async function () {
        this.timeout(180_000);
        const workspace = path.join(RUNS_DIR, 'publish', 'workspace');
        fs.rmSync(workspace, { recursive: true, force: true });
        fs.mkdirSync(workspace, { recursive: true });
        fs.copyFileSync(path.join(ROOT, 'examples/surat-masuk.sop'), path.join(workspace, 'surat-masuk.sop'));
        server = await startCodeServer({ run: 'publish', workspace, extensionsDir: EXTENSIONS_DIR });
        browser = await launchBrowser();
        wb = await Workbench.open(browser, server.workbenchUrl());
    });

    afterEach(async function () {
        if (this.currentTest?.state === 'failed' && wb) {
            const name = `failed-${this.currentTest.title.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`;
            console.log(`      screenshot: ${await wb.screenshot(name).catch(e => String(e))}; server log: ${server.logFile}`);
            await wb.page.keyboard.press('Escape');
        }
    });

    after(async () => {
        await browser?.close();
        await server?.stop();
    });

    it('shows the extension page with its icon and the README images from inside the package', async () => {
        await wb.page.locator('.activitybar .action-item a[aria-label^="Extensions"]').first().click();
        const item = wb.page.locator('.extensions-viewlet .monaco-list-row', { hasText: 'SOP-AP Language' }).first();
        await item.waitFor({ timeout: 60_000 });
        await item.click();
        const editor = wb.page.locator('.extension-editor');
        await editor.locator('.name', { hasText: 'SOP-AP Language' }).first().waitFor();
        await poll('the icon loaded', () => editor.locator('.header img.icon').evaluate(img => (img as HTMLImageElement).naturalWidth === 128));
        const readme = wb.page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
        await readme.locator('img').first().waitFor({ timeout: 60_000 });
        for (const img of await readme.locator('img').all()) await img.scrollIntoViewIfNeeded();
        await poll('README images loaded', async () => {
            const widths = await readme.locator('img').evaluateAll(imgs => imgs.map(i => (i as HTMLImageElement).naturalWidth));
            return widths.length >= 5 && widths.every(w => w > 0);
        }, 30_000);
        await readme.locator('img').first().scrollIntoViewIfNeeded();
        await shot(wb, 'vscode-extension-page');
    });
});

async function shot(wb: Workbench, name: string): Promise<void> {
    const file = await wb.screenshot(name);
    if (process.env.SOP_E2E_UPDATE_DOCS === '1') fs.copyFileSync(file, path.join(ROOT, 'docs', `${name}.png`));
}
