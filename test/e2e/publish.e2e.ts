import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { startCodeServer, type CodeServer } from './support/code-server.js';
import { EXTENSIONS_DIR, ROOT, RUNS_DIR } from './support/paths.js';
import { poll } from './support/poll.js';
import { launchBrowser, Workbench } from './support/workbench.js';

/**
 * The packaged extension as a user meets it: its page in the Extensions view (icon, README with the
 * images shipped inside the .vsix), and a VS Code task running `sop check` whose output the
 * contributed `$sop` problem matcher turns into Problems. Screenshots go to .e2e/screenshots
 * (and to docs/ with SOP_E2E_UPDATE_DOCS=1).
 */
describe('the packaged extension in a real VS Code (extension page, $sop task)', function () {
    let server: CodeServer;
    let browser: Browser;
    let wb: Workbench;

    before(async function () {
        this.timeout(180_000);
        const workspace = path.join(RUNS_DIR, 'publish', 'workspace');
        fs.rmSync(workspace, { recursive: true, force: true });
        fs.mkdirSync(path.join(workspace, '.vscode'), { recursive: true });
        // A syntax error on line 3 and an undeclared actor: two problems with known codes.
        fs.writeFileSync(path.join(workspace, 'perlu-diperbaiki.sop'), 'sop rusak "RUSAK"\npelaksana a "A"\nlangkah x oleh b\n');
        const task = { label: 'sop check', type: 'process', command: process.execPath, args: [path.join(ROOT, 'bin/sop.cjs'), 'check', '.'], problemMatcher: '$sop' };
        fs.writeFileSync(path.join(workspace, '.vscode/tasks.json'), JSON.stringify({ version: '2.0.0', tasks: [task] }, null, 4));
        server = await startCodeServer({ run: 'publish', workspace, extensionsDir: EXTENSIONS_DIR });
        browser = await launchBrowser();
        wb = await Workbench.open(browser, server.workbenchUrl());
    });

    after(async () => {
        await browser?.close();
        await server?.stop();
    });

    it('a task running sop check fills the Problems panel through the $sop problem matcher', async () => {
        await wb.runCommand('Tasks: Run Task');
        const row = wb.page.locator('.quick-input-widget .monaco-list-row', { hasText: 'sop check' }).first();
        await row.waitFor();
        await row.click();
        await wb.runCommand('Problems: Focus on Problems View');
        // The task's problems carry the matcher's source, the language server's do not.
        const fromTask = wb.page.locator('.markers-panel .monaco-list-row', { hasText: 'sop check(parsing-error)' }).first();
        await fromTask.waitFor({ timeout: 60_000 });
        await wb.page.locator('.markers-panel .monaco-list-row', { hasText: 'sop check(unresolved-actor)' }).first().waitFor();
        assert.match(await fromTask.innerText(), /\[Ln 3, Col 11\]/);
        await shot(wb, 'vscode-task-problems');
    });

    it('shows the extension page with its icon and the README images from inside the package', async () => {
        await wb.runCommand('Extensions: Show Installed Extensions');
        const item = wb.page.locator('.extensions-viewlet .monaco-list-row', { hasText: 'SOP-AP Language' }).first();
        await item.waitFor({ timeout: 60_000 });
        await item.click();
        const editor = wb.page.locator('.extension-editor');
        await editor.locator('.name', { hasText: 'SOP-AP Language' }).first().waitFor();
        await poll('the icon loaded', () => editor.locator('.header img.icon').evaluate(img => (img as HTMLImageElement).naturalWidth === 128));
        const readme = wb.page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
        await readme.locator('img').first().waitFor({ timeout: 60_000 });
        await poll('README images loaded', async () => {
            const widths = await readme.locator('img').evaluateAll(imgs => imgs.map(i => (i as HTMLImageElement).naturalWidth));
            return widths.length >= 3 && widths.every(w => w > 0);
        }, 30_000);
        await shot(wb, 'vscode-extension-page');
    });
});

async function shot(wb: Workbench, name: string): Promise<void> {
    const file = await wb.screenshot(name);
    if (process.env.SOP_E2E_UPDATE_DOCS === '1') fs.copyFileSync(file, path.join(ROOT, 'docs', `${name}.png`));
}
