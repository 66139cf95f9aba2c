import { syllableBreaks } from './hyphenate-id.js';
import { textWidth, type Font } from './text-metrics.js';

/**
 * Wraps text into lines no wider than `width`. Words move whole to the next line; a word wider
 * than a whole line breaks after a `/` or `-` it contains, else at an Indonesian syllable boundary
 * (with a hyphen), else between characters. Nothing is ever clipped.
 */
export function wrapText(text: string, width: number, font: Font): string[] {
    const lines: string[] = [];
    for (const paragraph of text.split(/\r?\n/)) {
        const words = paragraph.split(/\s+/).filter(w => w.length > 0);
        if (words.length === 0) {
            lines.push('');
            continue;
        }
        const space = textWidth(' ', font);
        let line = '';
        let lineWidth = 0;
        for (const word of words) {
            const w = textWidth(word, font);
            if (line && lineWidth + space + w <= width) {
                line = `${line} ${word}`;
                lineWidth += space + w;
                continue;
            }
            if (!line && w <= width) {
                line = word;
                lineWidth = w;
                continue;
            }
            if (line) lines.push(line);
            const pieces = w <= width ? [word] : breakWord(word, width, font);
            lines.push(...pieces.slice(0, -1));
            line = pieces[pieces.length - 1];
            lineWidth = textWidth(line, font);
        }
        lines.push(line);
    }
    return lines;
}

/** Splits one word into pieces that each fit `width` (the last piece may be joined with more words). */
function breakWord(word: string, width: number, font: Font): string[] {
    const pieces: string[] = [];
    let rest = word;
    while (textWidth(rest, font) > width && rest.length > 1) {
        const cut = bestCut(rest, width, font);
        pieces.push(cut.head);
        rest = rest.slice(cut.length);
    }
    pieces.push(rest);
    return pieces;
}

function bestCut(word: string, width: number, font: Font): { head: string; length: number } {
    // After a slash or hyphen inside the word: no extra hyphen is needed.
    for (let i = word.length - 1; i > 0; i--) {
        if ((word[i - 1] === '/' || word[i - 1] === '-') && textWidth(word.slice(0, i), font) <= width) {
            return { head: word.slice(0, i), length: i };
        }
    }
    // At an Indonesian syllable boundary of the alphabetic part, with a hyphen.
    const letters = /^([A-Za-z]+)/.exec(word)?.[1] ?? '';
    const breaks = syllableBreaks(letters).filter(i => i < word.length);
    for (let k = breaks.length - 1; k >= 0; k--) {
        const head = `${word.slice(0, breaks[k])}-`;
        if (textWidth(head, font) <= width) return { head, length: breaks[k] };
    }
    // Last resort: between characters, as many as fit (at least one).
    let i = 1;
    while (i < word.length - 1 && textWidth(word.slice(0, i + 1), font) <= width) i++;
    return { head: word.slice(0, i), length: i };
}

/** Height of `lines` lines of `font`. */
export function linesHeight(count: number, font: Font): number {
    return count * font.size * 1.2;
}
