import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { CODE_SERVER_ENTRY, RUNS_DIR, e2eEnv } from './paths.js';
import { poll } from '../../support/poll.js';

export interface CodeServerOptions {
    /** Names the run folder under .e2e/runs/ (user data, config, log). */
    run: string;
    workspace: string;
    /** Folder of installed extensions; an empty folder for the in-host suite. */
    extensionsDir: string;
    theme?: string;
    settings?: Record<string, unknown>;
}

export interface CodeServer {
    readonly url: string;
    readonly host: string;
    readonly userDataDir: string;
    readonly logFile: string;
    /** Workbench URL opening the workspace, with optional extra query parameters. */
    workbenchUrl(query?: Record<string, string>): string;
    stop(): Promise<void>;
}

/** Settings for a quiet, deterministic workbench. VS Code web defaults to autosave, which would rewrite fixtures. */
export function baseSettings(theme: string): Record<string, unknown> {
    return {
        'security.workspace.trust.enabled': false,
        'workbench.startupEditor': 'none',
        'workbench.colorTheme': theme,
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'workbench.welcomePage.walkthroughs.openOnInstall': false,
        'files.autoSave': 'off',
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.ignoreRecommendations': true,
        'extensions.autoCheckUpdates': false,
        'editor.minimap.enabled': false,
        'chat.commandCenter.enabled': false,
        'window.restoreWindows': 'none',
        // The run folders live inside the project's git repository: no "open the repository?" toast.
        'git.enabled': false,
        'git.openRepositoryInParentFolders': 'never',
    };
}

async function freePort(): Promise<number> {
    return new Promise((resolve, reject) => {
        const server = net.createServer();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const { port } = server.address() as net.AddressInfo;
            server.close(() => resolve(port));
        });
    });
}

/** Starts code-server (auth none, 127.0.0.1, fresh user data) and waits for /healthz. */
export async function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
    if (!fs.existsSync(CODE_SERVER_ENTRY)) {
        throw new Error(`code-server is not installed (${CODE_SERVER_ENTRY}): run 'bash scripts/e2e/setup.sh' first`);
    }
    const runDir = path.join(RUNS_DIR, options.run);
    const userDataDir = path.join(runDir, 'user-data');
    fs.rmSync(userDataDir, { recursive: true, force: true });
    fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
    fs.writeFileSync(path.join(userDataDir, 'User/settings.json'),
        JSON.stringify({ ...baseSettings(options.theme ?? 'Default Light Modern'), ...options.settings }, null, 4));

    const port = await freePort();
    const host = `127.0.0.1:${port}`;
    const configFile = path.join(runDir, 'config.yaml');
    fs.writeFileSync(configFile, `bind-addr: ${host}\nauth: none\ncert: false\n`);
    const logFile = path.join(runDir, 'code-server.log');
    const log = fs.openSync(logFile, 'w');
    const child = spawn(process.execPath, [CODE_SERVER_ENTRY, '--config', configFile,
        '--user-data-dir', userDataDir, '--extensions-dir', options.extensionsDir,
        '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
        '--locale', 'en', options.workspace], { detached: true, env: e2eEnv(), stdio: ['ignore', log, log] });
    fs.closeSync(log);
    const exited = new Promise<number | null>(resolve => child.once('exit', code => resolve(code)));
    const killGroup = () => killProcessGroup(child);
    process.once('exit', killGroup);

    const url = `http://${host}`;
    let starting = true;
    try {
        await Promise.race([
            poll(`code-server ${url}/healthz`, async () => (await fetch(`${url}/healthz`)).ok, 60_000, 200),
            exited.then(code => {
                if (starting) throw new Error(`code-server exited with ${code} while starting; see ${logFile}`);
            }),
        ]);
        starting = false;
    } catch (error) {
        starting = false;
        killGroup();
        throw error;
    }
    return {
        url, host, userDataDir, logFile,
        workbenchUrl(query = {}) {
            const params = new URLSearchParams({ folder: options.workspace, ...query });
            return `${url}/?${params.toString()}`;
        },
        async stop() {
            process.removeListener('exit', killGroup);
            await stopProcessGroup(child, exited);
        },
    };
}

function killProcessGroup(child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): void {
    try {
        if (child.pid) process.kill(-child.pid, signal);
    } catch {
        // already gone
    }
}

/** `kill -- -PGID`: the extension host, the file watcher and the language server are in the group too. */
async function stopProcessGroup(child: ChildProcess, exited: Promise<unknown>): Promise<void> {
    if (!child.pid) return;
    killProcessGroup(child, 'SIGTERM');
    try {
        await poll('the code-server process group to exit', () => {
            try {
                process.kill(-child.pid!, 0);
                return false;
            } catch {
                return true;
            }
        }, 10_000);
    } catch {
        killProcessGroup(child, 'SIGKILL');
    }
    await exited;
}
