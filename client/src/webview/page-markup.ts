/**
 * What the preview needs to know of a page it has not drawn, read from the renderer's SVG text
 * without parsing it into a DOM: its size (the root's viewBox), the steps it shows and where
 * each step's table row sits (scroll sync). A page is drawn only near the view; these keep the
 * placeholders of the others exact.
 */

/** A rectangle in page units (the SVG's user space: CSS px at zoom 1). */
export interface Box {
    x: number;
    y: number;
    width: number;
    height: number;
}

/** A step's first table row on the page, in page units. */
export interface RowSpan {
    step: number;
    top: number;
    height: number;
}

export interface PageMarkup {
    /** The root's viewBox (its width/height when there is none). */
    viewBox: Box;
    /** Every step with an element on the page (`data-step`). */
    steps: Set<number>;
    /** The first row of each step whose row is on the page, in page order. */
    rows: RowSpan[];
    /** True when the page has table rows (a flowchart page), false for an identity page. */
    hasRows: boolean;
}

const DEFAULT_SIZE = { width: 800, height: 600 };

export function readPageMarkup(markup: string): PageMarkup {
    const rows: RowSpan[] = [];
    const seen = new Set<number>();
    // writeRows: `<g class="sop-row" data-step="n">` opens with its number cell, a rect as high as the row.
    const rowPattern = /<g class="sop-row" data-step="(\d+)"><g class="sop-cell"><rect ([^>]*)>/g;
    for (let m = rowPattern.exec(markup); m; m = rowPattern.exec(markup)) {
        const step = Number(m[1]);
        const top = numberAttribute(m[2], 'y');
        const height = numberAttribute(m[2], 'height');
        if (seen.has(step) || top === undefined || height === undefined) continue;
        seen.add(step);
        rows.push({ step, top, height });
    }
    const steps = new Set<number>();
    const stepPattern = /\sdata-step="(\d+)"/g;
    for (let m = stepPattern.exec(markup); m; m = stepPattern.exec(markup)) steps.add(Number(m[1]));
    return { viewBox: rootBox(markup), steps, rows, hasRows: markup.includes('class="sop-row"') };
}

/** The root element's viewBox, else its width and height in px, else a default. */
function rootBox(markup: string): Box {
    const start = markup.indexOf('<svg');
    const head = start < 0 ? '' : markup.slice(start, markup.indexOf('>', start) + 1);
    const view = /\sviewBox="([^"]*)"/.exec(head)?.[1].trim().split(/[\s,]+/).map(Number);
    if (view && view.length === 4 && view.every(Number.isFinite) && view[2] > 0 && view[3] > 0) {
        return { x: view[0], y: view[1], width: view[2], height: view[3] };
    }
    const px = (name: string) => {
        const value = /^([\d.]+)(px)?$/.exec(numberText(head, name) ?? '')?.[1];
        return value === undefined ? undefined : Number(value);
    };
    return { x: 0, y: 0, width: px('width') || DEFAULT_SIZE.width, height: px('height') || DEFAULT_SIZE.height };
}

function numberText(attributes: string, name: string): string | undefined {
    return new RegExp(`\\s${name}="([^"]*)"`).exec(` ${attributes}`)?.[1];
}

function numberAttribute(attributes: string, name: string): number | undefined {
    const value = Number(numberText(attributes, name));
    return Number.isFinite(value) ? value : undefined;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * The page's visible text, one piece of text per line (the renderer writes no CDATA or comments):
 * a page not drawn keeps it for find-in-page. The title and description are not drawn, so left out.
 */
export function pageText(markup: string): string {
    const body = markup.replace(/<(title|desc)\b[^>]*>[^<]*<\/\1>/g, '');
    const pieces: string[] = [];
    for (const piece of body.split(/<[^>]*>/)) {
        if (piece.trim() === '') continue;
        pieces.push(piece.replace(/&(?:#x([\da-f]+)|#(\d+)|(\w+));/gi, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
            if (name !== undefined) return ENTITIES[name] ?? whole;
            const code = parseInt(hex ?? dec ?? '', hex !== undefined ? 16 : 10);
            return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
        }));
    }
    return pieces.join('\n');
}
