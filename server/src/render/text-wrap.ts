import { markEmphasis } from './emphasis.js';
import { syllableBreaks } from './hyphenate-id.js';
import { textWidth, type Font } from './text-metrics.js';

/**
 * Wraps text into lines no wider than `width`. Words move whole to the next line; a word wider
 * than a whole line breaks after a `/` or `-` it contains, else at an Indonesian syllable boundary
 * (with a hyphen), else between characters. Nothing is ever clipped. `*kata*` comes back as an
 * italic run between markers (emphasis.ts) that the SVG writer draws.
 */
export function wrapText(text: string, width: number, font: Font): string[] {
    const lines: string[] = [];
    for (const paragraph of markEmphasis(text).split(/\r?\n/)) {
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
            for (let k = 0; k < pieces.length - 1; k++) lines.push(pieces[k]);
            line = pieces[pieces.length - 1];
            lineWidth = textWidth(line, font);
        }
        lines.push(line);
    }
    return lines;
}

/**
 * Splits one word into pieces that each fit `width` (the last piece may be joined with more words).
 * Linear in the word's length: widths and break opportunities are computed once, and the end of
 * what fits is found by a pointer that only moves forward.
 */
function breakWord(word: string, width: number, font: Font): string[] {
    const n = word.length;
    const { prefix, sign, syllable } = wordGeometry(word, font);
    const hyphen = textWidth('-', font);
    const pieces: string[] = [];
    let start = 0;
    let fit = 0;
    while (prefix[n] - prefix[start] > width && n - start > 1) {
        fit = Math.max(fit, start);
        while (fit < n && prefix[fit + 1] - prefix[start] <= width) fit++;
        // After a slash or hyphen inside the word: no extra hyphen is needed.
        const afterSign = sign[Math.min(fit, n - 1)];
        if (afterSign > start) {
            pieces.push(word.slice(start, afterSign));
            start = afterSign;
            continue;
        }
        // At an Indonesian syllable boundary, with a hyphen.
        let k = syllable[fit];
        while (k >= start + 2 && prefix[k] - prefix[start] + hyphen > width) k = syllable[k - 1];
        if (k >= start + 2) {
            pieces.push(`${word.slice(start, k)}-`);
            start = k;
            continue;
        }
        // Last resort: between characters, as many as fit (at least one), never inside a surrogate pair.
        let end = Math.min(Math.max(fit, start + 1), n - 1);
        if (end > start + 1 && isLowSurrogate(word.charCodeAt(end))) end--;
        pieces.push(word.slice(start, end));
        start = end;
    }
    pieces.push(word.slice(start));
    return pieces;
}

interface WordGeometry {
    prefix: Float64Array;
    sign: Int32Array;
    syllable: Int32Array;
}

/**
 * The layout wraps one cell at several widths (column widths, roomier row bands, both papers): the
 * widths and break opportunities of the last few long words are kept, as they cost the most. Few and
 * small, and keyed by copies of the words.
 */
const geometries = new Map<string, WordGeometry>();
const KEPT_WORDS = 8;
const LONG_WORD = 200;

function wordGeometry(word: string, font: Font): WordGeometry {
    const key = word.length >= LONG_WORD ? `${font.size}${font.bold ? 'b' : ''}:${word}` : undefined;
    const kept = key === undefined ? undefined : geometries.get(key);
    if (kept) return kept;
    const n = word.length;
    const geometry = {
        prefix: prefixWidths(word, font),
        sign: latestAtOrBefore(n, i => i > 0 && (word[i - 1] === '/' || word[i - 1] === '-')),
        syllable: latestAtOrBefore(n, syllableFlags(word)),
    };
    if (key !== undefined) {
        if (geometries.size >= KEPT_WORDS) geometries.delete(geometries.keys().next().value!);
        // A copy: the word is a slice of the document's text, and a slice keeps the whole text alive.
        geometries.set(Array.from(key).join(''), geometry);
    }
    return geometry;
}

/** prefix[i] = width of word[0, i); a surrogate pair's width sits on its first half. */
function prefixWidths(word: string, font: Font): Float64Array {
    const prefix = new Float64Array(word.length + 1);
    const cache = new Map<number, number>();
    for (let i = 0; i < word.length; i++) {
        const code = word.charCodeAt(i);
        let w = 0;
        if (!(isLowSurrogate(code) && i > 0 && isHighSurrogate(word.charCodeAt(i - 1)))) {
            const point = word.codePointAt(i)!;
            w = cache.get(point) ?? textWidth(String.fromCodePoint(point), font);
            cache.set(point, w);
        }
        prefix[i + 1] = prefix[i] + w;
    }
    return prefix;
}

/** result[i] = the largest j <= i with `is(j)`, or -1. */
function latestAtOrBefore(n: number, is: ((i: number) => boolean) | Uint8Array): Int32Array {
    const test = typeof is === 'function' ? is : (i: number) => is[i] === 1;
    const result = new Int32Array(n + 1);
    let last = -1;
    for (let i = 0; i <= n; i++) {
        if (test(i)) last = i;
        result[i] = last;
    }
    return result;
}

/** flags[i] = 1 where an Indonesian syllable boundary of a letter run lies (computed once per run). */
function syllableFlags(word: string): Uint8Array {
    const flags = new Uint8Array(word.length + 1);
    for (const [from, to] of letterRuns(word)) {
        for (const b of syllableBreaks(word.slice(from, to))) flags[from + b] = 1;
    }
    return flags;
}

/** [from, to) of each maximal run of ASCII letters (syllable rules apply to letters only). */
function letterRuns(word: string): Array<[number, number]> {
    return [...word.matchAll(/[A-Za-z]+/g)].map(m => [m.index, m.index + m[0].length]);
}

function isHighSurrogate(code: number): boolean {
    return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
    return code >= 0xdc00 && code <= 0xdfff;
}

/** Height of `lines` lines of `font`. */
export function linesHeight(count: number, font: Font): number {
    return count * font.size * 1.2;
}
