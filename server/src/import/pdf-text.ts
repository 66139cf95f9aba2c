/**
 * Text pieces of one cell as lines, and lines as paragraphs: a PDF keeps no paragraph marks, so a
 * line break counts as a wrap when the next line's first word would not have fitted on the line
 * (the way every writer wraps), and as a paragraph end otherwise. A line that starts a list item
 * (`1.`, `-`) always starts a paragraph.
 */
import type { TextPiece } from './pdf-primitives.js';
import type { Box } from './pdf-shapes.js';
import { emphasise } from './svg-primitives.js';
import { startsItem } from './text-lines.js';

interface Line { text: string; x0: number; x1: number; y: number; size: number }

function lineGroups(pieces: TextPiece[]): Line[] {
    const sorted = [...pieces].sort((a, b) => a.y - b.y || a.x - b.x);
    const groups: TextPiece[][] = [];
    for (const p of sorted) {
        const line = groups.find(l => Math.abs(l[0].y - p.y) < Math.max(2, p.height * 0.4));
        if (line) line.push(p); else groups.push([p]);
    }
    return groups.map(l => {
        const parts = l.sort((a, b) => a.x - b.x);
        const text = parts.reduce((out, p, i) => {
            const own = p.italic ? emphasise(p.text) : p.text;
            if (i === 0) return own;
            const prev = parts[i - 1];
            return out + (p.x - (prev.x + prev.width) > 1 && !out.endsWith(' ') && !own.startsWith(' ') ? ' ' : '') + own;
        }, '');
        const last = parts[parts.length - 1];
        return { text: text.trim(), x0: parts[0].x, x1: last.x + last.width, y: parts[0].y, size: Math.max(...parts.map(p => p.height)) };
    }).filter(l => l.text !== '');
}

/** Text pieces as lines: pieces on one baseline joined left to right, lines top to bottom. */
export function linesOf(pieces: TextPiece[]): string {
    return lineGroups(pieces).map(l => l.text).join('\n');
}

/**
 * A list laid out in two columns in one cell (items 1–3 on the left, 4–8 on the right): when at least
 * two items start at one x right of other text on their line, the pieces from that x on are the
 * second column. Else the cell is one column.
 */
function columnsOf(pieces: TextPiece[], box: Box): Array<{ pieces: TextPiece[]; box: Box }> {
    const sameLine = (p: TextPiece, q: TextPiece) => Math.abs(q.y - p.y) < Math.max(2, p.height * 0.4);
    const right = pieces.filter(p => startsItem(p.text) && p.x > box.x0 + (box.x1 - box.x0) * 0.25
        && pieces.some(q => q !== p && sameLine(p, q) && q.x + q.width < p.x - 8));
    if (right.length < 2) return [{ pieces, box }];
    const x = Math.min(...right.map(p => p.x));
    if (right.some(p => p.x - x > 3)) return [{ pieces, box }];
    return [
        { pieces: pieces.filter(p => p.x < x - 1), box: { ...box, x1: x - 1 } },
        { pieces: pieces.filter(p => p.x >= x - 1), box: { ...box, x0: x - 1 } },
    ];
}

/** The cell's text with wrapped lines joined by a space; paragraphs stay on lines of their own; a two-column list column by column. */
export function paragraphsOf(pieces: TextPiece[], box: Box): string {
    const columns = columnsOf(pieces, box);
    if (columns.length > 1) return columns.map(c => paragraphsOf(c.pieces, c.box)).filter(Boolean).join('\n');
    const lines = lineGroups(pieces);
    if (lines.length === 0) return '';
    // Left-aligned text shows the cell's padding; centred text does not, so a small one is assumed.
    const centred = lines.length > 1 && lines.some(l => Math.abs(l.x0 - lines[0].x0) > 1) && lines.every(l => Math.abs(l.x0 + l.x1 - lines[0].x0 - lines[0].x1) < 2);
    const pad = centred ? 2 : Math.max(0, Math.min(...lines.map(l => l.x0)) - box.x0);
    const room = box.x1 - box.x0 - 2 * pad + 0.5;
    let out = lines[0].text;
    for (let i = 1; i < lines.length; i++) {
        const [prev, line] = [lines[i - 1], lines[i]];
        const word = line.text.split(/\s+/)[0];
        // Widths per character from the line itself: close enough to tell "fits" from "does not".
        const perChar = (line.x1 - line.x0) / Math.max(1, line.text.length);
        // A gap wider than a line (room for a signature) ends a paragraph too.
        const wrapped = prev.x1 - prev.x0 + perChar * (word.length + 1) > room && line.y - prev.y < prev.size * 1.8;
        if (!wrapped || startsItem(line.text)) out += '\n' + line.text;
        // A word broken with a hyphen: a syllable break (lower case goes on) loses it, a compound keeps it.
        else if (/\p{L}-$/u.test(out)) out = (/^\p{Ll}/u.test(line.text) ? out.slice(0, -1) : out) + line.text;
        else out += ' ' + line.text;
    }
    return out;
}
