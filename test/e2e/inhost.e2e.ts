import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EXTENSIONS_DIR, RUNS_DIR, SUITE_BUNDLE } from './support/paths.js';
import { workbenchSuite } from './support/suite.js';
import { SUITE_START } from '../vscode/suite/markers.js';
import { createWorkspace } from './support/workspace.js';

const SUITE_IN_EXTENSION = 'out/test/vscode-suite.cjs';

/** The folder scripts/e2e/package.sh installed the .vsix into. */
function installedExtension(): string {
    const name = fs.readdirSync(EXTENSIONS_DIR).find(entry => entry.startsWith('sop-language.sop-language-'));
    assert.ok(name, `the packaged extension is not installed in ${EXTENSIONS_DIR}: run scripts/e2e/package.sh`);
    return path.join(EXTENSIONS_DIR, name);
}

/**
 * Runs the API-level suite (test/vscode/suite, bundled to out/test/vscode-suite.cjs) inside
 * code-server's real Node extension host, against the packaged extension (the installed .vsix
 * contents) rather than the working tree: the workbench's `payload` URL parameter carries
 * extensionDevelopmentPath + extensionTestsPath, exactly what @vscode/test-electron passes on the
 * desktop command line. The suite's console output comes back through window.codeAutomationLog and
 * its result through window.codeAutomationExit(code).
 */
describe('VS Code API suite in code-server\'s extension host', function () {
    const runDir = path.join(RUNS_DIR, 'inhost');
    const emptyExtensions = path.join(runDir, 'extensions');
    const extensionDir = path.join(runDir, 'extension');

    before(() => {
        assert.ok(fs.existsSync(SUITE_BUNDLE), `${SUITE_BUNDLE} is missing: run scripts/e2e/package.sh`);
        fs.rmSync(emptyExtensions, { recursive: true, force: true });
        fs.mkdirSync(emptyExtensions, { recursive: true });
        // The development extension is the packaged one (what users install), plus the suite.
        fs.rmSync(extensionDir, { recursive: true, force: true });
        fs.cpSync(installedExtension(), extensionDir, { recursive: true });
        fs.cpSync(SUITE_BUNDLE, path.join(extensionDir, SUITE_IN_EXTENSION));
    });
    // The suite opens its own page: the workbench URL carries the development extension.
    const suite = workbenchSuite({ run: 'inhost', extensionsDir: emptyExtensions, workspace: () => createWorkspace('inhost'), window: false });

    it('passes every test of test/vscode/suite', async function () {
        this.timeout(240_000);
        const { browser, server } = suite;
        const page = await browser.newPage();
        const lines: string[] = [];
        let exit!: (code: number) => void;
        const exited = new Promise<number>(resolve => { exit = resolve; });
        let suiteStarted = false;
        await page.exposeFunction('codeAutomationLog', (_level: string, message: string) => {
            for (const line of String(message).split('\n')) {
                lines.push(line);
                suiteStarted ||= line.includes(SUITE_START);
                // The workbench's own start-up output (e.g. the unreachable extension gallery) is kept for failures only.
                if (suiteStarted || process.env.SOP_E2E_VERBOSE) console.log(`      [ext host] ${line}`);
            }
        });
        await page.exposeFunction('codeAutomationExit', (code: number) => exit(code));
        const remote = (file: string) => `vscode-remote://${server.host}${file}`;
        const payload = JSON.stringify([
            ['extensionDevelopmentPath', remote(extensionDir)],
            ['extensionTestsPath', remote(path.join(extensionDir, SUITE_IN_EXTENSION))],
        ]);
        await page.goto(server.workbenchUrl({ payload }));
        const timeout = new Promise<number>((_, reject) => setTimeout(() => reject(new Error(
            `The in-host suite did not finish within 200 s. Output so far:\n${lines.join('\n')}`)), 200_000).unref());
        const code = await Promise.race([exited, timeout]);
        assert.equal(code, 0, `the in-host suite failed:\n${lines.join('\n')}`);
        assert.ok(lines.some(line => /\d+ passing/.test(line)), `no mocha summary in the output:\n${lines.join('\n')}`);
    });
});
