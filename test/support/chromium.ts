/**
 * Finds a Chromium for the browser tests and `scripts/screenshots.ts`, so they run on any machine
 * with Node and npm. In order:
 * 1. `CHROME_PATH` (or the older `CHROMIUM_PATH`): used as given, an error if it does not exist;
 * 2. the system's `chromium`, `chromium-browser`, `google-chrome` or `google-chrome-stable` on `PATH`
 *    (skipped with `SOP_NO_SYSTEM_CHROME=1`, to try the next source on a machine that has one);
 * 3. the headless Chromium shipped, brotli-compressed, inside the `@sparticuz/chromium` devDependency,
 *    unpacked once into `node_modules/.cache/`.
 */
import { accessSync, constants, createReadStream, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';

export type ChromiumSource = 'CHROME_PATH' | 'system' | '@sparticuz/chromium';

export interface FoundChromium {
    executablePath: string;
    source: ChromiumSource;
}

/** Flags for a headless run in containers and CI: no sandbox (root), no GPU, nothing phoning home. */
export const CHROMIUM_ARGS = [
    '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--no-first-run', '--disable-sync',
];

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const PACKAGED = '@sparticuz/chromium';

/** Where Chromium comes from on this machine, or undefined when there is none. */
export async function findChromium(env: NodeJS.ProcessEnv = process.env): Promise<FoundChromium | undefined> {
    const given = env.CHROME_PATH || env.CHROMIUM_PATH;
    if (given) {
        if (!isExecutable(given)) throw new Error(`CHROME_PATH=${given}: no executable file there`);
        return { executablePath: given, source: 'CHROME_PATH' };
    }
    if (env.SOP_NO_SYSTEM_CHROME !== '1') {
        const system = onPath(SYSTEM_NAMES, env.PATH ?? '');
        if (system) return { executablePath: system, source: 'system' };
    }
    const packaged = await unpackPackagedChromium();
    return packaged ? { executablePath: packaged, source: PACKAGED } : undefined;
}

/** The line printed when a browser suite skips. */
export const NO_CHROMIUM = `no Chromium found: set CHROME_PATH, install chromium, or run npm install (${PACKAGED} ships one)`;

export function launchChromium(found: FoundChromium): Promise<Browser> {
    return chromium.launch({ executablePath: found.executablePath, args: CHROMIUM_ARGS });
}

/**
 * For a mocha `before` hook: launches Chromium, or skips the suite with one clear line when
 * there is none anywhere.
 */
export async function launchOrSkip(context: Mocha.Context): Promise<Browser> {
    const found = await findChromium();
    if (!found) {
        console.warn(`    skipped: ${NO_CHROMIUM}`);
        context.skip();
    }
    return launchChromium(found);
}

function isExecutable(file: string): boolean {
    try {
        accessSync(file, constants.X_OK);
        return statSync(file).isFile();
    } catch {
        return false;
    }
}

function onPath(names: string[], searchPath: string): string | undefined {
    for (const name of names) {
        for (const dir of searchPath.split(path.delimiter).filter(Boolean)) {
            const candidate = path.join(dir, name);
            if (isExecutable(candidate)) return candidate;
        }
    }
    return undefined;
}

/**
 * Unpacks the package's `bin/chromium.br` (a brotli-compressed headless shell) into a folder named
 * after the package version. It is written to a fresh staging folder and renamed into place, so a
 * parallel test run never launches a half-written binary.
 */
async function unpackPackagedChromium(): Promise<string | undefined> {
    const packageJson = packageJsonOf(PACKAGED);
    if (!packageJson) return undefined;
    const version = (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version;
    const compressed = path.join(path.dirname(packageJson), 'bin', 'chromium.br');
    if (!existsSync(compressed)) return undefined;
    // node_modules/.cache/sop-chromium/<version>: beside the package, whatever the working directory.
    const cache = path.resolve(path.dirname(packageJson), '..', '..', '.cache', 'sop-chromium');
    const target = path.join(cache, version);
    const binary = path.join(target, 'chromium');
    if (isExecutable(binary)) return binary;
    mkdirSync(cache, { recursive: true });
    const staging = mkdtempSync(path.join(cache, 'staging-'));
    try {
        await pipeline(createReadStream(compressed), createBrotliDecompress(), createWriteStream(path.join(staging, 'chromium'), { mode: 0o755 }));
        renameSync(staging, target);
    } catch (e) {
        // Another run may have renamed its copy into place first; only a missing binary is an error.
        if (!isExecutable(binary)) throw e;
    } finally {
        rmSync(staging, { recursive: true, force: true });
    }
    return binary;
}

/** The package.json of an installed package (its `exports` do not list it), or undefined. */
function packageJsonOf(name: string): string | undefined {
    let dir: string;
    try {
        dir = path.dirname(createRequire(import.meta.url).resolve(name));
    } catch {
        return undefined;
    }
    for (; dir !== path.dirname(dir); dir = path.dirname(dir)) {
        const candidate = path.join(dir, 'package.json');
        if (existsSync(candidate) && (JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string }).name === name) return candidate;
    }
    return undefined;
}
