/**
 * Entry of the API-level suite that runs INSIDE a VS Code extension host: the `run()` contract of
 * @vscode/test-electron and of the workbench's `extensionTestsPath`. Bundled with mocha into
 * out/test/vscode-suite.cjs by scripts/e2e/bundle-suite.mjs. Run by `npm run test:vscode` (desktop
 * VS Code) and by test/e2e/inhost.e2e.ts (code-server's extension host).
 */
import Mocha from 'mocha';
import { format } from 'node:util';
import { SUITE_START } from './markers.js';

export async function run(): Promise<void> {
    // Reporters print printf-style (`'%d passing', n`); the web workbench forwards console
    // arguments unformatted, so format here.
    Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(format(...args));
    console.log(SUITE_START);
    const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60_000 });
    // Define describe/it/... as globals, then load the test files (lazily, so they see them).
    mocha.suite.emit('pre-require', globalThis, 'vscode-suite', mocha);
    await import('./language.test.js');
    await import('./preview.test.js');
    await import('./first-hour.test.js');
    await import('./import.test.js');
    const failures = await new Promise<number>(resolve => mocha.run(resolve));
    if (failures > 0) throw new Error(`${failures} VS Code API test(s) failed`);
}
