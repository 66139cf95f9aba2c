/**
 * The fonts exports embed: Liberation Sans 2 (SIL OFL), the face the renderer measures text with
 * (metric-compatible with Arial), shipped in `server/assets/fonts` so PDF, PNG and HTML draw the same
 * line breaks as the preview on any machine, with no system font looked up.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface FontFiles {
    regular: string;
    bold: string;
    /** For `*kata*` (foreign words in italics). */
    italic: string;
    boldItalic: string;
}

/** The family name inside the font files (what resvg and CSS match on). */
export const EXPORT_FONT_FAMILY = 'Liberation Sans';

let cached: FontFiles | undefined;

/** Paths of the bundled fonts; works from the sources (tests) and from the bundles in `out/` (CLI, server, VSIX). */
export function exportFontFiles(): FontFiles {
    if (cached) return cached;
    const here = path.dirname(fileURLToPath(import.meta.url));
    const candidates = [
        path.resolve(here, '../../assets/fonts'), // server/src/export → server/assets/fonts
        path.resolve(here, '../../server/assets/fonts'), // out/cli, out/server → server/assets/fonts
    ];
    const folder = candidates.find(c => existsSync(path.join(c, 'LiberationSans-Regular.ttf')));
    if (!folder) throw new Error(`fonts for exports not found (looked in ${candidates.join(', ')})`);
    cached = {
        regular: path.join(folder, 'LiberationSans-Regular.ttf'), bold: path.join(folder, 'LiberationSans-Bold.ttf'),
        italic: path.join(folder, 'LiberationSans-Italic.ttf'), boldItalic: path.join(folder, 'LiberationSans-BoldItalic.ttf'),
    };
    return cached;
}

export function readFontBytes(): { regular: Buffer; bold: Buffer; italic: Buffer; boldItalic: Buffer } {
    const files = exportFontFiles();
    return { regular: readFileSync(files.regular), bold: readFileSync(files.bold), italic: readFileSync(files.italic), boldItalic: readFileSync(files.boldItalic) };
}
