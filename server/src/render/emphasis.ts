/**
 * `*kata*` in a text prints the word in italics, as offices print foreign words (*scanning*,
 * *email*). Wrapping and measuring work on one string per line, so an italic run is carried
 * through them as a pair of private-use characters that measure zero and never break a word;
 * the SVG writer turns them into italic spans. A lone asterisk (`*) catatan`, `5 * 2`) stays text.
 */
export const ITALIC_ON = '\uE000';
export const ITALIC_OFF = '\uE001';

/** `*` right before a non-space, closed by `*` right after one, not inside a word on either side. */
const PAIR = /(^|[^\p{L}\p{N}*])\*([^\s*](?:[^*\n]*?[^\s*])?)\*(?![\p{L}\p{N}*])/gu;
const MARKERS = /[\uE000\uE001]/g;

/** The text with each `*run*` replaced by the run between italic markers. */
export function markEmphasis(text: string): string {
    return text.includes('*') ? text.replace(PAIR, `$1${ITALIC_ON}$2${ITALIC_OFF}`) : text;
}

/** A line without its italic markers (for plain-text consumers: descriptions, JSON, search). */
export function stripEmphasis(line: string): string {
    return line.replace(MARKERS, '');
}

export interface TextRun {
    text: string;
    italic: boolean;
}

/**
 * The runs of each line, an italic run carried over line breaks (a wrapped italic phrase stays
 * italic on its next line). Lines without markers outside a run come back as one plain run.
 */
export function lineRuns(lines: readonly string[]): TextRun[][] {
    let italic = false;
    return lines.map(line => {
        const runs: TextRun[] = [];
        let start = 0;
        for (let i = 0; i <= line.length; i++) {
            const ch = line[i];
            if (i < line.length && ch !== ITALIC_ON && ch !== ITALIC_OFF) continue;
            if (i > start) runs.push({ text: line.slice(start, i), italic });
            if (ch === ITALIC_ON) italic = true;
            else if (ch === ITALIC_OFF) italic = false;
            start = i + 1;
        }
        return runs;
    });
}

/** The runs of a written text (`*kata*` italic), for back ends that write rich text (Word). */
export function emphasisRuns(text: string): TextRun[] {
    return lineRuns([markEmphasis(text)])[0];
}
