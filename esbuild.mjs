// Bundles the extension client, the language server, the CLI and the preview webview.
// `node esbuild.mjs --watch` rebuilds on change; `--production` minifies.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
// Langium 4.4 needs Object.groupBy, which Node 20 (and VS Code 1.91's runtime) lacks.
const polyfill = readFileSync('polyfill-groupby.mjs', 'utf8');

// CJS bundles have no import.meta: the exports locate their bundled fonts through this file URL instead.
const importMetaUrl = "const __sop_import_meta_url = require('url').pathToFileURL(__filename).href;";

const node = {
    bundle: true, format: 'cjs', platform: 'node', target: 'node20', outdir: 'out',
    outExtension: { '.js': '.cjs' }, sourcemap: !production, minify: production, logLevel: 'warning',
    external: ['vscode'],
    define: { SOP_VERSION: JSON.stringify(version), 'import.meta.url': '__sop_import_meta_url' },
    banner: { js: importMetaUrl },
};

const builds = [
    { ...node, entryPoints: { 'client/extension': 'client/src/extension.ts' } },
    // pdfjs-dist is bundled too (the .vsix has no node_modules); server/src/import/pdf-reader.ts hands it its worker.
    // The preview's render worker is a file of its own beside the server (server/src/requests/preview-renderer.ts finds it),
    // and `sop check`'s worker one beside the CLI (server/src/cli/check-pool.ts). The export and import writers are
    // out/server/heavy.cjs, loaded by the server on first use (server/src/requests/heavy-modules.ts).
    {
        ...node, entryPoints: { 'server/main': 'server/src/main.ts', 'cli/main': 'server/src/cli/main.ts', 'server/render-worker': 'server/src/render-worker.ts', 'cli/check-worker': 'server/src/cli/check-worker.ts', 'server/heavy': 'server/src/heavy-entry.ts' },
        banner: { js: `${importMetaUrl}\n${polyfill}` },
    },
    // The preview webview: browser code, one IIFE script and one stylesheet in out/webview (its only resource root).
    {
        bundle: true, format: 'iife', platform: 'browser', target: 'chrome114', outdir: 'out', sourcemap: !production, minify: production,
        entryPoints: { 'webview/preview': 'client/src/webview/main.ts' }, logLevel: 'warning',
    },
    { bundle: true, outdir: 'out', minify: production, entryPoints: { 'webview/preview': 'client/src/webview/preview.css' }, logLevel: 'warning' },
];

// resvg's WebAssembly module beside the bundles (server/src/export/png-export.ts finds it there): PNG and
// Word exports then work from the packaged extension, which carries no node_modules.
mkdirSync('out', { recursive: true });
copyFileSync('node_modules/@resvg/resvg-wasm/index_bg.wasm', 'out/resvg.wasm');

for (const options of builds) {
    if (watch) {
        await (await esbuild.context(options)).watch();
    } else {
        await esbuild.build(options);
    }
}
