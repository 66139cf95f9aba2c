// Bundles the API-level VS Code test suite (test/vscode/suite/) with mocha into one CommonJS file,
// out/test/vscode-suite.cjs, that exports `run()` as @vscode/test-electron and the workbench's
// `extensionTestsPath` expect. Kept out of esbuild.mjs so the product build never carries it.
import * as esbuild from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['test/vscode/suite/index.ts'],
    outfile: 'out/test/vscode-suite.cjs',
    bundle: true, format: 'cjs', platform: 'node', target: 'node20',
    external: ['vscode'], sourcemap: 'inline', logLevel: 'warning',
    // mocha's parallel mode (never used here) require.resolve()s worker files.
    logOverride: { 'require-resolve-not-external': 'silent' },
});
