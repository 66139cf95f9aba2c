import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Fixed locations of the e2e run; everything generated lives under .e2e/ (gitignored). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const E2E_DIR = path.join(ROOT, '.e2e');
export const CODE_SERVER_ENTRY = path.join(E2E_DIR, 'code-server/node_modules/code-server/out/node/entry.js');
export const EXTENSIONS_DIR = path.join(E2E_DIR, 'extensions');
export const RUNS_DIR = path.join(E2E_DIR, 'runs');
export const SCREENSHOTS_DIR = path.join(E2E_DIR, 'screenshots');
export const SUITE_BUNDLE = path.join(ROOT, 'out/test/vscode-suite.cjs');
export const CHROMIUM = process.env.SOP_E2E_CHROMIUM ?? '/usr/bin/chromium';

/** The environment every child process gets: temp and XDG folders inside .e2e/. */
export function e2eEnv(): NodeJS.ProcessEnv {
    return {
        ...process.env,
        TMPDIR: path.join(E2E_DIR, 'tmp'),
        XDG_CONFIG_HOME: path.join(E2E_DIR, 'xdg/config'),
        XDG_DATA_HOME: path.join(E2E_DIR, 'xdg/data'),
        XDG_CACHE_HOME: path.join(E2E_DIR, 'xdg/cache'),
        // The in-host suite runs the repository's CLI in a task (the .vsix ships no CLI).
        SOP_REPO_ROOT: ROOT,
    };
}
