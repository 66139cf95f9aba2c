import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, afterEach, before } from 'mocha';
import type { Browser } from 'playwright-core';
import { startCodeServer, type CodeServer, type CodeServerOptions } from './code-server.js';
import { ROOT } from './paths.js';
import { launchBrowser, Workbench } from './workbench.js';

/** One e2e suite's code-server, browser and workbench window: started in `before`, stopped in `after`. */
export interface WorkbenchSuite {
    readonly server: CodeServer;
    readonly browser: Browser;
    /** The window opened in `before` (absent when the suite opens its own, `window: false`). */
    readonly wb: Workbench;
    readonly workspace: string;
    /** The 1-based number of the first line of `file` (in the workspace) that contains `text`. */
    lineOf(file: string, text: string): number;
}

export interface SuiteOptions extends Omit<CodeServerOptions, 'workspace'> {
    /** Makes the suite's workspace folder (called in `before`). */
    workspace: () => string;
    /** Opens a workbench window in `before` (default true). */
    window?: boolean;
    /** Name prefix of the screenshot a failed test leaves (default `failed`). */
    failurePrefix?: string;
    /** Runs after that screenshot, e.g. to close what the failure left open for the next test. */
    afterFailure?: (wb: Workbench) => Promise<void>;
    /** Runs at the end of `before`, with everything started. */
    setup?: (suite: WorkbenchSuite) => Promise<void>;
}

/**
 * Registers the suite's hooks (call it inside `describe`): code-server on a fresh workspace, headless
 * Chromium, a workbench window; a failed test leaves a screenshot and names the server log.
 */
export function workbenchSuite(options: SuiteOptions): WorkbenchSuite {
    const { workspace: makeWorkspace, window = true, failurePrefix = 'failed', afterFailure, setup, ...server } = options;
    const started: { server?: CodeServer; browser?: Browser; wb?: Workbench; workspace?: string } = {};
    const need = <T>(value: T | undefined, what: string): T => {
        if (value === undefined) throw new Error(`e2e suite: ${what} is not started`);
        return value;
    };
    const suite: WorkbenchSuite = {
        get server() { return need(started.server, 'code-server'); },
        get browser() { return need(started.browser, 'the browser'); },
        get wb() { return need(started.wb, 'the workbench window'); },
        get workspace() { return need(started.workspace, 'the workspace'); },
        lineOf: (file, text) => lineOf(path.join(suite.workspace, file), text),
    };

    before(async function () {
        this.timeout(180_000);
        started.workspace = makeWorkspace();
        started.server = await startCodeServer({ ...server, workspace: started.workspace });
        started.browser = await launchBrowser();
        if (window) started.wb = await Workbench.open(started.browser, started.server.workbenchUrl());
        await setup?.(suite);
    });

    afterEach(async function () {
        const test = this.currentTest;
        if (test?.state !== 'failed' || !started.wb) return;
        await failureScreenshot(started.wb, `${failurePrefix}-${test.title}`, started.server);
        await afterFailure?.(started.wb);
    });

    after(async () => {
        await started.browser?.close();
        await started.server?.stop();
    });
    return suite;
}

/** The 1-based number of the first line of `file` that contains `text`; fails when there is none. */
export function lineOf(file: string, text: string): number {
    const index = fs.readFileSync(file, 'utf8').split('\n').findIndex(line => line.includes(text));
    assert.ok(index >= 0, `"${text}" in ${path.basename(file)}`);
    return index + 1;
}

/** Screenshots a failed test's window (under .e2e/screenshots) and prints where it and the server log are. */
export async function failureScreenshot(wb: Workbench, name: string, server?: CodeServer): Promise<void> {
    const file = await wb.screenshot(name.replace(/[^a-z0-9]+/gi, '-').slice(0, 80)).catch(e => String(e));
    console.log(`      screenshot: ${file}${server ? `; server log: ${server.logFile}` : ''}`);
}

/** Screenshots the window for the README: also copied to docs/<docName>.png with SOP_E2E_UPDATE_DOCS=1. */
export async function docScreenshot(wb: Workbench, name: string, docName = name): Promise<string> {
    const file = await wb.screenshot(name);
    if (process.env.SOP_E2E_UPDATE_DOCS === '1') fs.copyFileSync(file, path.join(ROOT, 'docs', `${docName}.png`));
    return file;
}
