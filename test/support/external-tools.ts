/**
 * The tools the export tests check our files with (poppler, LibreOffice, unzip): tools that did
 * not write them. A missing tool skips its checks (CI installs them: .ci/run).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

/** True when every tool is on the PATH. */
export function has(...tools: string[]): boolean {
    return tools.every(t => spawnSync('sh', ['-c', `command -v ${t}`]).status === 0);
}

/** Runs a tool and returns its standard output; a non-zero exit fails the test with its stderr. */
export function tool(command: string, ...args: string[]): string {
    const r = spawnSync(command, args, { encoding: 'utf8', timeout: 240_000, maxBuffer: 64 << 20 });
    assert.equal(r.status, 0, `${command} ${args.join(' ')}: ${r.stderr}`);
    return r.stdout;
}

/** Same text whatever the line breaks and hyphens: letters and digits only. */
export function squash(text: string): string {
    return text.normalize('NFC').replace(/[\s\u00ad-]+/g, '').toLowerCase();
}

/**
 * Skips the running test, its title naming the tools that are missing, unless all are installed:
 * `if (!needs(this, 'soffice', 'pdfinfo')) return;` (mocha lists it as pending with the reason).
 */
export function needs(context: Mocha.Context, ...tools: string[]): boolean {
    const missing = tools.filter(t => !has(t));
    if (missing.length === 0) return true;
    const test = context.currentTest ?? context.test;
    if (test) test.title += ` (skipped: ${missing.join(', ')} not installed)`;
    context.skip();
    return false;
}
