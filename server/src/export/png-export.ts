/**
 * PNG: each page's SVG rasterised by resvg (a native binary shipped inside its npm package), with the
 * bundled fonts only, so a PNG looks the same on every machine.
 */
import { Resvg } from '@resvg/resvg-js';
import { EXPORT_FONT_FAMILY, exportFontFiles } from './export-fonts.js';

/** Default resolution: 150 dpi is sharp on screen and in print, and keeps an A4 page near 300 KB. */
export const DEFAULT_PNG_DPI = 150;

/** Rasterises one page SVG (page units are CSS px at 96 dpi). */
export function svgToPng(svg: string, dpi = DEFAULT_PNG_DPI): Buffer {
    const fonts = exportFontFiles();
    const resvg = new Resvg(svg, {
        fitTo: { mode: 'zoom', value: dpi / 96 },
        font: { fontFiles: [fonts.regular, fonts.bold, fonts.italic, fonts.boldItalic], loadSystemFonts: false, defaultFontFamily: EXPORT_FONT_FAMILY, sansSerifFamily: EXPORT_FONT_FAMILY },
        background: '#ffffff',
    });
    return resvg.render().asPng();
}
