import { baselineOffset, FONT_FAMILY, lineHeight, type Font } from './text-metrics.js';
import { ITALIC_OFF, ITALIC_ON, lineRuns } from './emphasis.js';

const SPECIAL = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

/** Escapes text for XML content and attribute values; drops characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
    if (!SPECIAL.test(text)) return text;
    return text.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }[c]!))
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}

/** Fixed-precision numbers keep the output byte-identical across runs and platforms. */
export function num(n: number): string {
    const r = Math.round(n * 100) / 100;
    return Object.is(r, -0) ? '0' : String(r);
}

export type Attrs = Record<string, string | number | undefined>;

function attrs(a: Attrs): string {
    let out = '';
    for (const key in a) {
        const v = a[key];
        if (v === undefined) continue;
        out += ` ${key}="${typeof v === 'number' ? num(v) : escapeXml(v)}"`;
    }
    return out;
}

/** A tiny append-only SVG builder; every string passed in is escaped. */
export class SvgWriter {
    private readonly parts: string[] = [];

    open(tag: string, a: Attrs = {}): this {
        this.parts.push(`<${tag}${attrs(a)}>`);
        return this;
    }

    close(tag: string): this {
        this.parts.push(`</${tag}>`);
        return this;
    }

    empty(tag: string, a: Attrs = {}): this {
        this.parts.push(`<${tag}${attrs(a)}/>`);
        return this;
    }

    element(tag: string, a: Attrs, text: string): this {
        this.parts.push(`<${tag}${attrs(a)}>${escapeXml(text)}</${tag}>`);
        return this;
    }

    /** A ruled rectangle (the hot path of table drawing, written without the generic attribute loop). */
    rect(x: number, y: number, width: number, height: number, fill: string, stroke: string, strokeWidth: number): this {
        this.parts.push(`<rect x="${num(x)}" y="${num(y)}" width="${num(width)}" height="${num(height)}" fill="${fill}" stroke="${stroke}" stroke-width="${num(strokeWidth)}"/>`);
        return this;
    }

    /** Lines of text; `x` is the anchor (start, middle or end), `top` the top of the first line. */
    text(lines: string[], x: number, top: number, font: Font, anchor: 'start' | 'middle' | 'end' = 'start', extra: Attrs = {}): this {
        const base = top + baselineOffset(font);
        const step = lineHeight(font);
        const tail = `font-size="${num(font.size)}"${font.bold ? ' font-weight="bold"' : ''}${anchor === 'start' ? '' : ` text-anchor="${anchor}"`}${attrs(extra)}`;
        const runs = lines.some(l => l.includes(ITALIC_ON) || l.includes(ITALIC_OFF)) ? lineRuns(lines) : undefined;
        for (let i = 0; i < lines.length; i++) {
            if (lines[i] === '') continue;
            const content = runs ? runs[i].map(r => (r.italic ? `<tspan font-style="italic">${escapeXml(r.text)}</tspan>` : escapeXml(r.text))).join('') : escapeXml(lines[i]);
            if (content === '') continue;
            this.parts.push(`<text x="${num(x)}" y="${num(base + i * step)}" ${tail}>${content}</text>`);
        }
        return this;
    }

    /** A fragment another `SvgWriter` wrote (already escaped). */
    raw(fragment: string): this {
        this.parts.push(fragment);
        return this;
    }

    toString(): string {
        return this.parts.join('');
    }
}

/** The opening of a standalone page SVG: size in millimetres, viewBox in page units, white paper. */
export function svgDocument(body: string, size: { width: number; height: number; widthMm: number; heightMm: number }, title: string, description: string): string {
    return [
        `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${num(size.widthMm)}mm" height="${num(size.heightMm)}mm"`,
        ` viewBox="0 0 ${num(size.width)} ${num(size.height)}" role="img" aria-labelledby="sop-title sop-desc"`,
        ` font-family="${escapeXml(FONT_FAMILY)}" fill="#000">`,
        `<title id="sop-title">${escapeXml(title)}</title><desc id="sop-desc">${escapeXml(description)}</desc>`,
        `<rect class="sop-paper" x="0" y="0" width="${num(size.width)}" height="${num(size.height)}" fill="#fff"/>`,
        body,
        '</svg>\n',
    ].join('');
}
