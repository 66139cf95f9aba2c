// Writes the README that goes into the .vsix (out/README.md): README.md with its images inlined as
// data: URIs and links to files of the source tree reduced to their text. VS Code's extension page
// resolves relative links against its own webview, not the installed extension, and there is no
// public repository to point them at, so only self-contained images show there.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

const MIME = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif' };
const isRelative = target => !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith('#');

/** README text for the package: images inlined, relative file links unlinked. */
export function extensionReadme(markdown, root) {
    return markdown
        .replace(/!\[([^\]]*)\]\(([^)\s]+)\)/g, (all, alt, target) => {
            if (!isRelative(target)) return all;
            const mime = MIME[path.extname(target).toLowerCase()];
            if (!mime) throw new Error(`README image ${target}: only PNG, JPEG or GIF can be inlined`);
            return `![${alt}](data:${mime};base64,${readFileSync(path.join(root, target)).toString('base64')})`;
        })
        .replace(/(?<!!)\[([^\]]*)\]\(([^)\s]+)\)/g, (all, text, target) => (isRelative(target) ? text : all));
}

if (import.meta.url === `file://${process.argv[1]}`) {
    const out = process.argv[2] ?? 'out/README.md';
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, extensionReadme(readFileSync('README.md', 'utf8'), process.cwd()));
    console.log(`wrote ${out}`);
}
