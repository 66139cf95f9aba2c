import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { before, describe, it } from 'mocha';
// @ts-expect-error: a plain .mjs build script, without type declarations.
import { extensionReadme } from '../../scripts/extension-readme.mjs';

/** vsce's own file list: what `npm run package` puts in the .vsix, read from .vscodeignore (its README is added apart). */
const vsce = createRequire(import.meta.url)('@vscode/vsce') as { listFiles(options: { cwd: string; packageManager: 'none' }): Promise<string[]> };
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** Relative targets of Markdown links and images (anchors and URLs are not files). */
function relativeLinks(markdown: string): string[] {
    const targets = [...markdown.matchAll(/!?\[(?:[^\][]|!\[[^\][]*\]\([^)]*\))*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map(m => m[1]);
    return [...new Set(targets.filter(t => !/^[a-z]+:/i.test(t) && !t.startsWith('#')).map(t => t.split('#')[0]))];
}

describe('the packaged extension (.vsix contents)', () => {
    let files: string[];
    before(async function () {
        this.timeout(60000);
        files = (await vsce.listFiles({ cwd: process.cwd(), packageManager: 'none' })).map(f => f.replace(/\\/g, '/'));
    });

    it('ships the bundles, icon, CHANGELOG and LICENSE, and no source maps or sources', () => {
        for (const f of ['out/client/extension.cjs', 'out/server/main.cjs', 'out/server/render-worker.cjs', 'out/webview/preview.js', 'CHANGELOG.md', 'LICENSE', pkg.icon]) {
            assert.ok(files.includes(f), f);
        }
        assert.deepEqual(files.filter(f => f.endsWith('.map') || f.endsWith('.ts') || f.startsWith('node_modules/') || f.startsWith('test/') || f.startsWith('docs/')), []);
    });

    it('the packaged README inlines every image of README.md and links no file of the source tree', () => {
        const readme = readFileSync('README.md', 'utf8');
        const images = relativeLinks(readme).filter(l => l.endsWith('.png'));
        assert.ok(images.length > 0, 'the README shows a screenshot');
        const packaged = extensionReadme(readme, process.cwd()) as string;
        assert.deepEqual(relativeLinks(packaged), []);
        for (const image of images) {
            assert.ok(packaged.includes(`data:image/png;base64,${readFileSync(image).toString('base64')}`), image);
        }
        // Everything else is the README itself.
        assert.equal(packaged.replace(/\(data:image\/png;base64,[^)]+\)/g, '()'), readme.replace(/!\[([^\]]*)\]\(([^)\s]+)\)/g, '![$1]()').replace(/(?<!!)\[([^\]]*)\]\((?![a-z]+:|#)[^)\s]+\)/g, '$1'));
    });

    it('has a 128×128 PNG icon, a gallery banner and no made-up repository', () => {
        const png = readFileSync(pkg.icon);
        assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
        assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
        assert.match(pkg.galleryBanner.color, /^#[0-9a-f]{6}$/i);
        assert.ok(['dark', 'light'].includes(pkg.galleryBanner.theme));
        assert.equal(pkg.repository, undefined);
    });
});
