/**
 * The text lines the renderer drew in one cell of a page, read back from the page's SVG. Used for a
 * row the renderer split over pages (a continued row): each part carries only its own lines, so Word
 * prints the same lines on the same page as the PDF, with no second layout.
 */
export interface CellBox {
    x: number;
    width: number;
    top: number;
    bottom: number;
}

const TEXT = /<text\b([^>]*)>([\s\S]*?)<\/text>/g;

/** The lines inside `box`, top to bottom; italic spans come back as `*kata*` (the model's emphasis). */
export function cellLines(svg: string, box: CellBox): string[] {
    const lines: Array<{ y: number; x: number; text: string }> = [];
    for (const m of svg.matchAll(TEXT)) {
        const x = attribute(m[1], 'x');
        const y = attribute(m[1], 'y');
        if (x === undefined || y === undefined || x < box.x || x > box.x + box.width || y < box.top || y > box.bottom) continue;
        lines.push({ x, y, text: plain(m[2]) });
    }
    lines.sort((a, b) => a.y - b.y || a.x - b.x);
    // A numbered list item is drawn as two texts on one baseline (the number, then the item).
    const merged: Array<{ y: number; text: string }> = [];
    for (const l of lines) {
        const last = merged[merged.length - 1];
        if (last && Math.abs(last.y - l.y) < 0.5) last.text += ` ${l.text}`;
        else merged.push({ y: l.y, text: l.text });
    }
    return merged.map(l => l.text).filter(t => t.trim() !== '');
}

/** Lines as paragraphs: wrapped lines joined by spaces, a new paragraph where a list item starts. */
export function joinLines(lines: string[]): string {
    return lines.reduce((text, line, i) => (i === 0 ? line : /^\s*(\d+[.)]|[a-z][.)]|[-•])\s/i.test(line) ? `${text}\n${line}` : `${text} ${line}`), '');
}

function attribute(attrs: string, name: string): number | undefined {
    const m = new RegExp(`\\b${name}="([-\\d.]+)"`).exec(attrs);
    return m ? Number(m[1]) : undefined;
}

function plain(inner: string): string {
    return inner
        .replace(/<tspan\b[^>]*font-style="italic"[^>]*>([\s\S]*?)<\/tspan>/g, '*$1*')
        .replace(/<[^>]+>/g, '')
        .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, '\'').replace(/&#39;/g, '\'').replace(/&amp;/g, '&');
}
