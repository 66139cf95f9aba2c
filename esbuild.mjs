// Bundles the extension client, the language server, the CLI and the preview webview.
// `node esbuild.mjs --watch` rebuilds on change; `--production` minifies.
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
// Langium 4.4 needs Object.groupBy, which Node 20 (and VS Code 1.91's runtime) lacks.
const polyfill = readFileSync('polyfill-groupby.mjs', 'utf8');

const node = {
    bundle: true, format: 'cjs', platform: 'node', target: 'node20', outdir: 'out',
    outExtension: { '.js': '.cjs' }, external: ['vscode'], sourcemap: !production, minify: production,
    define: { SOP_VERSION: JSON.stringify(version) }, logLevel: 'warning',
};

const builds = [
    { ...node, entryPoints: { 'client/extension': 'client/src/extension.ts' } },
    { ...node, entryPoints: { 'server/main': 'server/src/main.ts', 'cli/main': 'server/src/cli/main.ts' }, banner: { js: polyfill } },
    // The preview webview: browser code, one IIFE script and one stylesheet in out/webview (its only resource root).
    {
        bundle: true, format: 'iife', platform: 'browser', target: 'chrome114', outdir: 'out', sourcemap: !production, minify: production,
        entryPoints: { 'webview/preview': 'client/src/webview/main.ts' }, logLevel: 'warning',
    },
    { bundle: true, outdir: 'out', minify: production, entryPoints: { 'webview/preview': 'client/src/webview/preview.css' }, logLevel: 'warning' },
];

for (const options of builds) {
    if (watch) {
        await (await esbuild.context(options)).watch();
    } else {
        await esbuild.build(options);
    }
}
