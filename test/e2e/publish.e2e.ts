import * as fs from 'node:fs';
import * as path from 'node:path';
import { EXTENSIONS_DIR, ROOT, RUNS_DIR } from './support/paths.js';
import { poll } from '../support/poll.js';
import { docScreenshot, workbenchSuite } from './support/suite.js';

/**
 * The packaged extension as a user meets it: its page in the Extensions view, with the icon and the
 * README's images (inlined by scripts/extension-readme.mjs). Screenshots go to .e2e/screenshots
 * (and to docs/ with SOP_E2E_UPDATE_DOCS=1).
 */
describe('the packaged extension in a real VS Code (its page in the Extensions view)', function () {
    const suite = workbenchSuite({
        run: 'publish', extensionsDir: EXTENSIONS_DIR, workspace: exampleWorkspace,
        afterFailure: wb => wb.page.keyboard.press('Escape'),
    });

    it('shows the extension page with its icon and the README images from inside the package', async () => {
        const { wb } = suite;
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
        await docScreenshot(wb, 'vscode-extension-page');
    });
});

/** Only the example the extension page's README shows. */
function exampleWorkspace(): string {
    const workspace = path.join(RUNS_DIR, 'publish', 'workspace');
    fs.rmSync(workspace, { recursive: true, force: true });
    fs.mkdirSync(workspace, { recursive: true });
    fs.copyFileSync(path.join(ROOT, 'examples/surat-masuk.sop'), path.join(workspace, 'surat-masuk.sop'));
    return workspace;
}
