import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type Frame, type FrameLocator, type Page } from 'playwright-core';
import { CHROMIUM, SCREENSHOTS_DIR } from './paths.js';
import { poll } from '../../support/poll.js';

/** Headless Debian chromium driven by playwright-core (never Playwright's own browser download). */
export async function launchBrowser(): Promise<Browser> {
    return chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
            '--disable-component-update', '--no-first-run', '--disable-sync'],
    });
}

/** Drives VS Code's web workbench the way a person does: keyboard, quick open, command palette. */
export class Workbench {
    readonly dialogs: string[] = [];
    /** Console messages of every frame (workbench, webviews), for checks like "no CSP violation". */
    readonly console: string[] = [];

    private constructor(readonly page: Page) {
        page.on('dialog', dialog => {
            this.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
            void dialog.dismiss().catch(() => undefined);
        });
        page.on('console', message => this.console.push(`${message.type()}: ${message.text()}`));
    }

    static async open(browser: Browser, url: string): Promise<Workbench> {
        const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
        const page = await context.newPage();
        page.setDefaultTimeout(30_000);
        await page.goto(url);
        const workbench = new Workbench(page);
        await page.locator('.monaco-workbench .part.statusbar').waitFor({ timeout: 60_000 });
        // The explorer lists the workspace once the remote file system is up.
        await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
        return workbench;
    }

    async close(): Promise<void> {
        await this.page.context().close();
    }

    /** Ctrl+P, type the file name, Enter; resolves when its editor tab is active. */
    async openFile(name: string): Promise<void> {
        await this.page.keyboard.press('Control+P');
        const input = this.page.locator('.quick-input-widget .quick-input-box input');
        await input.waitFor();
        await input.fill(name);
        // Recently opened files are listed before the search answers: wait until the top row is ours.
        await this.page.locator(`.quick-input-widget .monaco-list-row[data-index="0"][aria-label*="${name}"]`).waitFor();
        await this.page.keyboard.press('Enter');
        await this.page.locator(`.tab.active[data-resource-name="${name}"]`).first().waitFor();
        await this.activeEditor().locator('.view-lines').waitFor();
    }

    /** F1, type the command's label, pick the exact row. */
    async runCommand(label: string): Promise<void> {
        await this.page.keyboard.press('F1');
        const input = this.page.locator('.quick-input-widget .quick-input-box input');
        await input.waitFor();
        await input.fill(`>${label}`);
        const row = this.page.locator('.quick-input-widget .monaco-list-row', { has: this.page.locator('.label-name', { hasText: label }) }).first();
        await row.waitFor();
        await row.click();
        await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    }

    /** The focused editor group's code editor. */
    activeEditor() {
        return this.page.locator('.editor-group-container.active .monaco-editor').first();
    }

    async focusEditor(): Promise<void> {
        await this.activeEditor().locator('.view-lines').click({ position: { x: 5, y: 5 } });
    }

    /** Ctrl+G `line:column` in the active editor. */
    async goTo(line: number, column = 1): Promise<void> {
        await this.page.keyboard.press('Control+G');
        const input = this.page.locator('.quick-input-widget .quick-input-box input');
        await input.waitFor();
        await input.fill(`:${line}:${column}`);
        await this.page.keyboard.press('Enter');
        await poll(`cursor at ${line}:${column}`, async () => {
            const at = await this.cursor();
            return at.line === line && at.column === column;
        }, 10_000);
    }

    /** The cursor as the status bar shows it ("Ln 12, Col 5" or "Ln 12, Col 5 (8 selected)"). */
    async cursor(): Promise<{ line: number; column: number; selected: number }> {
        // The item is absent while no text editor is active: fail at once, callers poll.
        const item = this.page.locator('#status\\.editor\\.selection');
        if (await item.count() === 0) throw new Error('no cursor in the status bar (no text editor is active)');
        const text = await item.innerText({ timeout: 2_000 });
        const match = /Ln (\d+), Col (\d+)(?: \((\d+) selected\))?/.exec(text);
        if (!match) throw new Error(`Unexpected status bar text: ${text}`);
        return { line: Number(match[1]), column: Number(match[2]), selected: Number(match[3] ?? 0) };
    }

    /** The preview webview's inner document (contract: iframe.webview.ready > iframe#active-frame). */
    previewFrame(): FrameLocator {
        return this.page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    }

    /** The same inner document as a Frame, for evaluating scripts in it. */
    async previewFrameHandle(): Promise<Frame> {
        return poll('the preview webview frame', async () => {
            const outer = await (await this.page.$('iframe.webview.ready'))?.contentFrame();
            const inner = await (await outer?.$('iframe#active-frame'))?.contentFrame();
            return inner ?? undefined;
        }, 30_000);
    }

    async screenshot(name: string): Promise<string> {
        fs.mkdirSync(SCREENSHOTS_DIR, { recursive: true });
        const file = path.join(SCREENSHOTS_DIR, `${name}.png`);
        await this.page.screenshot({ path: file });
        return file;
    }
}
