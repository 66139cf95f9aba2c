import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

export type Heavy = typeof import('../heavy-entry.js');

let loaded: Promise<Heavy> | undefined;

/**
 * The export and import writers (see `heavy-entry.ts`), loaded once on first use: from heavy.cjs
 * of the bundled server (the CLI's bundle uses the server's), or from the sources when run unbundled (tests).
 */
export function heavyModules(): Promise<Heavy> {
    loaded ??= load();
    return loaded;
}

async function load(): Promise<Heavy> {
    // Beside the bundled server (out/server/main.cjs), or one folder over from the bundled CLI (out/cli/main.cjs).
    const bundled = ['./heavy.cjs', '../server/heavy.cjs'].map(c => fileURLToPath(new URL(c, import.meta.url))).find(f => existsSync(f));
    if (bundled) return createRequire(import.meta.url)(bundled) as Heavy;
    if (import.meta.url.endsWith('.cjs')) {
        throw new Error(`the export and import writers (out/server/heavy.cjs) are missing beside ${fileURLToPath(import.meta.url)}: reinstall sop-language`);
    }
    // A specifier esbuild cannot follow, so the bundle does not take the writers in.
    const source = ['..', 'heavy-entry.ts'].join('/');
    return await import(pathToFileURL(fileURLToPath(new URL(source, import.meta.url))).href) as Heavy;
}
