import { BOLD_WIDTHS, REGULAR_WIDTHS, UNITS_PER_EM } from './font-metrics.js';

/** The font family written on every text element; Liberation Sans is metric-compatible with Arial. */
export const FONT_FAMILY = 'Liberation Sans, Arial, Helvetica, sans-serif';

export interface Font {
    /** Font size in page units (px). */
    size: number;
    bold?: boolean;
}

// Unknown characters (CJK, emoji…) measure as a wide glyph so they never overflow.
const FALLBACK_UNITS = 2048;

/** Width of `text` in page units, from the Liberation Sans advance widths (no kerning: kerning only narrows). */
export function textWidth(text: string, font: Font): number {
    const table = font.bold ? BOLD_WIDTHS : REGULAR_WIDTHS;
    let units = 0;
    for (const ch of text) {
        const code = ch.codePointAt(0)!;
        // The italic markers of `*kata*` (emphasis.ts) take no room.
        if (code === 0xe000 || code === 0xe001) continue;
        units += table.get(code) ?? FALLBACK_UNITS;
    }
    return (units * font.size) / UNITS_PER_EM;
}

/** Line advance used for wrapped text. */
export function lineHeight(font: Font): number {
    return font.size * 1.2;
}

/** Distance from a line's top to its baseline (ascent of Liberation Sans, 0.905 em). */
export function baselineOffset(font: Font): number {
    return font.size * 0.905 + (lineHeight(font) - font.size * 1.149) / 2;
}
