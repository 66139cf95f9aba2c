/**
 * `npm run test:vscode`: the API-level suite (test/vscode/suite, bundled to out/test/vscode-suite.cjs)
 * in desktop VS Code through @vscode/test-electron. Downloads VS Code (cached in .vscode-test/) unless
 * VSCODE_EXECUTABLE_PATH names an installed one. When VS Code cannot be downloaded (no network, as
 * on the build machine), it says so and exits 0: the same suite runs in code-server's extension host
 * as part of `npm run test:e2e`. Any other failure exits 1.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { ROOT, RUNS_DIR, SUITE_BUNDLE } from '../e2e/support/paths.js';
import { createWorkspace } from '../e2e/support/workspace.js';

const NETWORK_ERRORS = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|getaddrinfo|socket hang up|timed? ?out/i;

async function vscodeExecutable(): Promise<string | undefined> {
    if (process.env.VSCODE_EXECUTABLE_PATH) return process.env.VSCODE_EXECUTABLE_PATH;
    try {
        return await downloadAndUnzipVSCode({ version: process.env.VSCODE_VERSION ?? 'stable', timeout: 15_000 });
    } catch (error) {
        const text = String(error instanceof Error ? `${error.message} ${(error as NodeJS.ErrnoException).code ?? ''}` : error);
        if (!NETWORK_ERRORS.test(text)) throw error;
        console.log(`test:vscode SKIPPED: cannot download VS Code (${text.trim()}).`);
        console.log('  Set VSCODE_EXECUTABLE_PATH to an installed desktop VS Code to run it here; the same suite runs');
        console.log('  inside code-server\'s extension host with `bash scripts/e2e/setup.sh && npm run test:e2e`.');
        return undefined;
    }
}

const executable = await vscodeExecutable();
if (executable) {
    const userDataDir = path.join(RUNS_DIR, 'electron', 'user-data');
    fs.rmSync(userDataDir, { recursive: true, force: true });
    try {
        await runTests({
            vscodeExecutablePath: executable,
            extensionDevelopmentPath: ROOT,
            extensionTestsPath: SUITE_BUNDLE,
            launchArgs: [createWorkspace('electron'), '--disable-extensions', '--disable-workspace-trust',
                '--skip-welcome', '--skip-release-notes', '--user-data-dir', userDataDir],
        });
    } catch (error) {
        console.error(`test:vscode FAILED: ${error instanceof Error ? error.message : String(error)}`);
        process.exitCode = 1;
    }
}
