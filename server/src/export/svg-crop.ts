/** Cuts a window out of a page SVG by rewriting its root size and viewBox; the drawing itself is untouched. */
import { num } from '../render/svg-writer.js';

export interface Window {
    x: number;
    y: number;
    width: number;
    height: number;
}

/**
 * The page SVG showing only `window` (page units), sized `window.width` × `window.height` px. With
 * `transparent`, without the white paper: what lies under the picture (a table's borders) shows.
 */
export function cropSvg(svg: string, window: Window, transparent = false): string {
    const end = svg.indexOf('>');
    if (!svg.startsWith('<svg') || end < 0) throw new Error('not a page SVG');
    const root = svg.slice(0, end)
        .replace(/\swidth="[^"]*"/, ` width="${num(window.width)}"`)
        .replace(/\sheight="[^"]*"/, ` height="${num(window.height)}"`)
        .replace(/\sviewBox="[^"]*"/, ` viewBox="${num(window.x)} ${num(window.y)} ${num(window.width)} ${num(window.height)}"`);
    const body = svg.slice(end);
    return root + (transparent ? body.replace(/<rect class="sop-paper"[^>]*\/>/, '') : body);
}
