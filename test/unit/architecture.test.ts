/**
 * The layer rules of the code base, checked by scanning imports (rust-analyzer's `tidy` habit).
 *
 * Granularity: an "area" is a folder directly under `server/src/` or `client/src/`; everything below
 * it counts as that folder (so `language/generated/`, `language/lsp/` and `language/validation/` are
 * all `language`: the generated AST is the language's own code). A file directly in `server/src/` or
 * `client/src/` (entry points such as `main.ts`, `extension.ts`, and `client/src/commands.ts`) is an
 * area of its own. Type-only imports count: they couple the code as much as value imports do.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface Import {
    /** Repository-relative path of the importing file. */
    from: string;
    /** The specifier as written. */
    spec: string;
    /** Repository-relative path of the imported file for relative specifiers, else undefined. */
    target?: string;
}

function sourceFiles(dir: string): string[] {
    return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap(e => {
        const path = `${dir}/${e.name}`;
        if (e.isDirectory()) return sourceFiles(path);
        return /\.tsx?$/.test(e.name) ? [path] : [];
    });
}

const SPECIFIER = /(?:^|[\s;])(?:import|export)\s[^;]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm;

/** Every import of `files` (repository-relative), from their text. */
export function importsOf(files: string[], read: (file: string) => string = f => readFileSync(join(ROOT, f), 'utf8')): Import[] {
    return files.flatMap(from => [...read(from).matchAll(SPECIFIER)].map(m => {
        const spec = m[1] ?? m[2] ?? m[3];
        if (!spec.startsWith('.')) return { from, spec };
        const target = relative(ROOT, resolve(ROOT, dirname(from), spec)).replace(/\.js$/, '.ts');
        return { from, spec, target };
    }));
}

/** `server/src/language/lsp/x.ts` -> `server/language`; `client/src/extension.ts` -> `client/extension.ts`. */
export function areaOf(file: string): string | undefined {
    const m = /^(server|client)\/src\/(.+)$/.exec(file);
    if (!m) return undefined;
    // A top-level file is its own area, named by its file name; a folder by its name.
    return `${m[1]}/${m[2].split('/')[0]}`;
}

/**
 * The layer rules broken by `imports`, one line each: the client reaches the server only through
 * `server/src/protocol`; the server never imports `vscode`; `render/` never imports `language/`;
 * the areas import each other in no cycle (no two import each other, nor three in a ring).
 */
export function brokenRules(imports: Import[]): string[] {
    const broken: string[] = [];
    const edges = new Map<string, Import>();
    for (const imp of imports) {
        const fromArea = areaOf(imp.from);
        if (imp.from.startsWith('server/') && imp.spec === 'vscode') broken.push(`server imports vscode: ${imp.from}`);
        if (!imp.target || !fromArea) continue;
        if (imp.from.startsWith('client/') && imp.target.startsWith('server/') && !imp.target.startsWith('server/src/protocol/')) {
            broken.push(`client imports the server outside server/src/protocol: ${imp.from} -> ${imp.target}`);
        }
        const toArea = areaOf(imp.target);
        if (fromArea === 'server/render' && toArea === 'server/language') broken.push(`render imports language: ${imp.from} -> ${imp.target}`);
        if (toArea && toArea !== fromArea && !edges.has(`${fromArea} ${toArea}`)) edges.set(`${fromArea} ${toArea}`, imp);
    }
    for (const [key, imp] of edges) {
        const [a, b] = key.split(' ');
        const back = edges.get(`${b} ${a}`);
        if (back && a < b) broken.push(`${a} and ${b} import each other: ${imp.from} -> ${imp.target}, ${back.from} -> ${back.target}`);
    }
    // Longer cycles (a -> b -> c -> a) tangle the folders as much; pairs are reported above.
    const next = new Map<string, string[]>();
    for (const key of edges.keys()) {
        const [a, b] = key.split(' ');
        if (!edges.has(`${b} ${a}`)) next.set(a, [...(next.get(a) ?? []), b]);
    }
    const done = new Set<string>();
    const visit = (area: string, path: string[]): void => {
        if (path.includes(area)) {
            broken.push(`folders import each other in a cycle: ${[...path.slice(path.indexOf(area)), area].join(' -> ')}`);
            return;
        }
        if (done.has(area)) return;
        for (const to of next.get(area) ?? []) visit(to, [...path, area]);
        done.add(area);
    };
    for (const area of [...next.keys()].sort()) visit(area, []);
    return broken;
}

describe('architecture: layer rules', () => {
    const files = [...sourceFiles('server/src'), ...sourceFiles('client/src')];
    const imports = importsOf(files);

    it('reads the imports of the code base', () => {
        // Guards the scanner itself: a regex that matched nothing would make every rule pass.
        assert.ok(files.length > 100, `${files.length} files`);
        assert.ok(imports.filter(i => i.target).length > 300, `${imports.length} imports`);
        assert.ok(imports.some(i => i.from === 'server/src/transport/server-connection.ts' && i.spec.startsWith('vscode-languageserver')));
    });

    it('holds for the code base', () => {
        assert.deepEqual(brokenRules(imports), []);
    });

    it('catches each kind of broken rule', () => {
        const text: Record<string, string> = {
            'client/src/preview/a.ts': `import { x } from '../../../server/src/model/sop-document.js';`,
            'server/src/render/b.ts': `import type { Sop } from '../language/generated/ast.js';`,
            'server/src/model/c.ts': `import * as vscode from 'vscode';\nimport { y } from '../config/d.js';`,
            'server/src/config/d.ts': `export { z } from "../model/c.js";`,
            'server/src/cli/e.ts': `import { e } from '../export/f.js';`,
            'server/src/export/f.ts': `import { f } from '../requests/g.js';`,
            'server/src/requests/g.ts': `import { g } from '../cli/e.js';`,
        };
        const broken = brokenRules(importsOf(Object.keys(text), f => text[f]));
        assert.deepEqual(broken, [
            'client imports the server outside server/src/protocol: client/src/preview/a.ts -> server/src/model/sop-document.ts',
            'render imports language: server/src/render/b.ts -> server/src/language/generated/ast.ts',
            'server imports vscode: server/src/model/c.ts',
            'server/config and server/model import each other: server/src/config/d.ts -> server/src/model/c.ts, server/src/model/c.ts -> server/src/config/d.ts',
            'folders import each other in a cycle: server/cli -> server/export -> server/requests -> server/cli',
        ]);
    });
});
