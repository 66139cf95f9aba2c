/**
 * HTML: one self-contained file that prints like the PDF. The renderer's page SVGs are inlined as they
 * are; the bundled font is embedded as a data URI and the print CSS sets the paper size, one page per sheet.
 */
import type { RenderedDocument } from '../render/render-types.js';
import { escapeXml } from '../render/svg-writer.js';
import { EXPORT_FONT_FAMILY, readFontBytes } from './export-fonts.js';

const PX_PER_MM = 96 / 25.4;

/** Builds the HTML document; `title` is NAMA SOP. */
export function writeHtml(rendered: RenderedDocument, title: string): string {
    const first = rendered.layout.pages[0];
    const widthMm = round((first?.width ?? 1122.52) / PX_PER_MM);
    const heightMm = round((first?.height ?? 793.7) / PX_PER_MM);
    const pages = rendered.pages.map((page, i) => `<section class="page" aria-label="Halaman ${page.number}">\n${uniqueIds(page.svg, i + 1).trim()}\n</section>`);
    return [
        '<!DOCTYPE html>',
        '<html lang="id">',
        '<head>',
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        `<title>${escapeXml(title)}</title>`,
        `<style>\n${css(widthMm, heightMm, rendered.pages.some(p => p.svg.includes('font-style="italic"')))}\n</style>`,
        '</head>',
        '<body>',
        ...pages,
        '</body>',
        '</html>',
        '',
    ].join('\n');
}

/** The italic faces are embedded only when a page uses them (`*kata*`): each is a few hundred KB. */
function css(widthMm: number, heightMm: number, italic: boolean): string {
    const fonts = readFontBytes();
    const face = (bytes: Buffer, weight: string, italicFace = false) =>
        `@font-face { font-family: '${EXPORT_FONT_FAMILY}'; font-weight: ${weight};${italicFace ? ' font-style: italic;' : ''} src: url(data:font/ttf;base64,${bytes.toString('base64')}) format('truetype'); }`;
    return [
        face(fonts.regular, 'normal'),
        face(fonts.bold, 'bold'),
        ...(italic ? [face(fonts.italic, 'normal', true), face(fonts.boldItalic, 'bold', true)] : []),
        `@page { size: ${widthMm}mm ${heightMm}mm; margin: 0; }`,
        'html, body { margin: 0; padding: 0; background: #e5e5e5; }',
        `.page { width: ${widthMm}mm; height: ${heightMm}mm; margin: 8mm auto; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.3); overflow: hidden; }`,
        '.page > svg { display: block; width: 100%; height: 100%; }',
        '@media print {',
        '  html, body { background: none; }',
        '  .page { margin: 0; box-shadow: none; break-after: page; page-break-after: always; }',
        '  .page:last-child { break-after: auto; page-break-after: auto; }',
        '}',
    ].join('\n');
}

/** Page SVGs carry the same element ids (title, desc); inlined side by side they must differ. */
function uniqueIds(svg: string, page: number): string {
    return svg
        .replace(/\bid="([^"]+)"/g, (_m, id: string) => `id="${id}-p${page}"`)
        .replace(/\baria-labelledby="([^"]+)"/g, (_m, ids: string) => `aria-labelledby="${ids.split(/\s+/).map(id => `${id}-p${page}`).join(' ')}"`)
        .replace(/url\(#([^)]+)\)/g, (_m, id: string) => `url(#${id}-p${page})`)
        .replace(/\bhref="#([^"]+)"/g, (_m, id: string) => `href="#${id}-p${page}"`);
}

function round(v: number): number {
    return Math.round(v * 10) / 10;
}
