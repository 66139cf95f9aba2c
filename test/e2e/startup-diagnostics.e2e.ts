import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { EXTENSIONS_DIR, ROOT } from './support/paths.js';
import { poll } from '../support/poll.js';
import { failureScreenshot, workbenchSuite } from './support/suite.js';
import { Workbench } from './support/workbench.js';
import { createWorkspace } from './support/workspace.js';

const FILE = 'broken.sop';
const RUNS = Number(process.env.SOP_E2E_STARTUP_RUNS ?? 10);

/** What `sop check` finds in the file: every diagnostic the Problems panel must list, once. */
function expectedCount(file: string): number {
    const cli = spawnSync(process.execPath, [path.join(ROOT, 'bin/sop.cjs'), 'check', file, '--format', 'json', '--lang', 'en'], { encoding: 'utf8' });
    return (JSON.parse(cli.stdout) as Array<{ severity: string }>).filter(d => d.severity !== 'hint').length;
}

/**
 * Issue 12: opening a `.sop` right after VS Code starts listed every diagnostic twice until the
 * first edit. Each run is a fresh window (a fresh extension host and language server) that opens
 * the file as soon as the workbench is up, while the workspace is still being validated.
 */
describe('diagnostics at start-up, in a real VS Code', function () {
    let expected: number;
    // Each test opens its own window: a fresh extension host per start-up.
    const suite = workbenchSuite({
        run: 'startup', extensionsDir: EXTENSIONS_DIR, workspace: () => createWorkspace('startup'), window: false,
        setup: async ({ workspace }) => { expected = expectedCount(path.join(workspace, FILE)); },
    });

    for (let run = 1; run <= RUNS; run++) {
        it(`lists each diagnostic of ${FILE} once (start-up ${run} of ${RUNS})`, async function () {
            this.timeout(150_000);
            const wb = await Workbench.open(suite.browser, suite.server.workbenchUrl());
            try {
                await wb.openFile(FILE);
                await wb.activeEditor().locator('.squiggly-error').first().waitFor({ timeout: 60_000 });
                await wb.runCommand('Problems: Focus on Problems View');
                await wb.page.locator('.part.panel .viewpane-filter input, .markers-panel-container .viewpane-filter input').first().fill(FILE);
                const rows = wb.page.locator('.markers-panel .monaco-list-row', { hasText: '[Ln ' });
                // The count must settle (start-up validation and the opened document both publish).
                let last = -1;
                let stableSince = Date.now();
                const settled = await poll('the Problems panel to settle', async () => {
                    const texts = await rows.allInnerTexts();
                    if (texts.length !== last) {
                        last = texts.length;
                        stableSince = Date.now();
                    }
                    return texts.length > 0 && Date.now() - stableSince > 4000 ? texts : undefined;
                }, 60_000, 250);
                const lines = settled.map(t => t.replace(/\s+/g, ' ').trim());
                assert.deepEqual(lines, [...new Set(lines)], `no row twice:\n${lines.join('\n')}`);
                // The list is virtualised (only the rows that fit are in the DOM): the file row's badge counts them all.
                const badge = Number(await wb.page.locator('.markers-panel .monaco-list-row .monaco-count-badge').first().innerText());
                assert.equal(badge, expected, `${expected} diagnostics as sop check finds, once each`);
            } catch (error) {
                await failureScreenshot(wb, `startup-${run}-failed`, suite.server);
                throw error;
            } finally {
                await wb.close();
            }
        });
    }

    it('the workspace fixture is still the one on disk (nothing was edited)', () => {
        assert.equal(fs.readFileSync(path.join(suite.workspace, FILE), 'utf8'), fs.readFileSync(path.resolve('test/e2e/fixtures', FILE), 'utf8'));
    });
});
