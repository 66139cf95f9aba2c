/**
 * Arrows in pictures of a flowchart's actor band (one picture per table row, stacked in row order so
 * a shaft crossing a row boundary goes on in the next picture): the symbols (raster-symbols.ts) and
 * the column and row rules are masked out, what stays dark falls into connected parts; a part that
 * touches symbols is a shaft, its arrowheads (small filled triangles: the only places a 5×5 square
 * is all dark) tell which symbol it points to. Branch labels are not read (no OCR): which exit is
 * "Tidak" is guessed from the exit's side and the labels' widths, and marked so.
 */
import type { GridArrow } from './import-types.js';
import type { Bitmap, RasterSymbol } from './raster-symbols.js';

/** A symbol of the stacked picture, by the id the reader gave it. */
export interface RasterNode { id: string; kind: RasterSymbol['kind']; box: RasterSymbol['box'] }

/** The pictures one below the other, with the y where each starts. */
export function stackBitmaps(bitmaps: Bitmap[]): { bitmap: Bitmap; tops: number[] } {
    const width = bitmaps[0]?.width ?? 0;
    const height = bitmaps.reduce((n, b) => n + b.height, 0);
    const dark = new Uint8Array(width * height);
    const tops: number[] = [];
    let y = 0;
    for (const b of bitmaps) {
        tops.push(y);
        dark.set(b.dark.subarray(0, width * b.height), y * width);
        y += b.height;
    }
    return { bitmap: { width, height, dark }, tops };
}

/**
 * How far a pixel is from a symbol's outline (0 on or inside it, the outline taken PAD wide): a
 * diamond by its own sides, so a head on its slanted edge is not counted inside its box.
 */
function distance(n: RasterNode, x: number, y: number): number {
    const { x0, y0, x1, y1 } = n.box;
    if (n.kind !== 'decision') return Math.max(x0 - PAD - x, x - (x1 + PAD - 1), y0 - PAD - y, y - (y1 + PAD - 1), 0);
    const hw = (x1 - x0) / 2 + PAD, hh = (y1 - y0) / 2 + PAD;
    const over = Math.abs(x - (x0 + x1) / 2) / hw + Math.abs(y - (y0 + y1) / 2) / hh - 1;
    return Math.max(0, over * hw * hh / Math.hypot(hw, hh));
}

export interface RasterFlow { arrows: GridArrow[]; joins: Array<[string, string]> }

/** Space cleared around a symbol's inside (its outline), and how near a shaft end must come to touch it. */
const PAD = 5;
const TOUCH = PAD + 4;
/** How far from the symbol it points to an arrowhead's dark core may lie. */
const HEAD_REACH = 22;

export function rasterArrows(bitmap: Bitmap, rules: number[], nodes: RasterNode[]): RasterFlow {
    const { width, height } = bitmap;
    const src = bitmap.dark;
    const at = (x: number, y: number) => x >= 0 && y >= 0 && x < width && y < height ? src[y * width + x] : 0;
    const mask = src.slice();
    // Column rules, except where a shaft crosses them (dark on both sides).
    for (const r of rules) {
        const c = Math.round(r);
        for (let y = 0; y < height; y++) {
            if (at(c - 5, y) && at(c + 5, y)) continue;
            for (let x = Math.max(0, c - 2); x <= Math.min(width - 1, c + 2); x++) mask[y * width + x] = 0;
        }
    }
    // Row rules (each picture's top and bottom), except where a shaft crosses them.
    for (let y = 0; y < height; y++) {
        let n = 0;
        for (let x = 0; x < width; x++) n += src[y * width + x];
        if (n < width * 0.85) continue;
        for (let x = 0; x < width; x++) if (!(at(x, y - 4) && at(x, y + 4))) mask[y * width + x] = 0;
    }
    for (const n of nodes) {
        for (let y = Math.max(0, n.box.y0 - PAD); y < Math.min(height, n.box.y1 + PAD); y++) {
            for (let x = Math.max(0, n.box.x0 - PAD); x < Math.min(width, n.box.x1 + PAD); x++) if (distance(n, x, y) === 0) mask[y * width + x] = 0;
        }
    }
    bridgeLabelGaps(mask, width, height);
    const parts = components(mask, width, height);
    const arrows: GridArrow[] = [];
    const joins: Array<[string, string]> = [];
    const texts: Part[] = [];
    const exits = new Map<string, Array<{ arrow: GridArrow; x: number; y: number }>>();
    for (const part of parts) {
        // Where the part touches each symbol (its pixels near that symbol).
        const touch = new Map<RasterNode, number[]>();
        for (const i of part.pixels) {
            const x = i % width, y = (i - x) / width;
            for (const n of nodes) if (distance(n, x, y) <= TOUCH - PAD) touch.set(n, [...(touch.get(n) ?? []), i]);
        }
        const heads = touch.size > 0 ? headsOf(part, mask, width, height) : [];
        // A word (a branch label) may stand right by a symbol: small, headless, touching one symbol at most.
        if (heads.length === 0 && touch.size <= 1 && part.box.y1 - part.box.y0 < 30 && part.box.x1 - part.box.x0 < 60) {
            texts.push(part);
            continue;
        }
        if (touch.size === 0) continue;
        // Where the part meets a symbol: one site per side it meets (a symbol may be reached and left by one part).
        const sites = [...touch].flatMap(([node, pixels]) => sitesOf(pixels, width).map(site => ({ node, ...site })));
        const reached = new Map<(typeof sites)[number], { x: number; y: number }>();
        for (const h of heads) {
            const near = sites.map(site => ({ site, d: Math.hypot(site.x - h.x, site.y - h.y) })).sort((a, b) => a.d - b.d)[0];
            if (near && near.d <= HEAD_REACH && !reached.has(near.site)) reached.set(near.site, h);
        }
        const sources = sites.filter(site => !reached.has(site));
        const sourceNodes = [...new Set(sources.map(site => site.node))];
        if (reached.size === 0) {
            for (let k = 1; k < sourceNodes.length; k++) joins.push([sourceNodes[k - 1].id, sourceNodes[k].id]);
            continue;
        }
        for (const [target, head] of reached) {
            // A fan-out (one source) or lines merging before one head (one target) need no walk.
            const from = sources.length <= 1 || reached.size === 1 ? sources
                : [walkBack(mask, width, height, head, sources.map(site => ({ s: site, pixels: new Set(site.pixels) })))].filter(site => site !== undefined);
            for (const site of from) {
                // One symbol met at two close sites, or reached by two heads, is one arrow.
                if (site.node === target.node || arrows.some(x => x.from === site.node.id && x.to === target.node.id)) continue;
                const arrow: GridArrow = { from: site.node.id, to: target.node.id, labelUnsure: sources.length > 1 && reached.size === 1 ? true : undefined };
                arrows.push(arrow);
                if (site.node.kind === 'decision') exits.set(site.node.id, [...(exits.get(site.node.id) ?? []), { arrow, x: site.x, y: site.y }]);
            }
        }
    }
    labelExits(exits, nodes, words(texts));
    return { arrows, joins };
}

/** The longest gap a label knocks out of a vertical shaft, and how long a run must be to count as a shaft. */
const LABEL_GAP = 22;
const SHAFT_RUN = 12;

/**
 * The renderer writes a branch label over a vertical shaft on a white ground, which cuts the line:
 * a column's dark run of shaft length and the next dark pixels below it, a label's height apart at
 * most, are joined again.
 */
function bridgeLabelGaps(dark: Uint8Array, width: number, height: number): void {
    for (let x = 0; x < width; x++) {
        // The current run (gaps already bridged count as part of it) and where it last was dark.
        let start = -1, end = -2;
        for (let y = 0; y < height; y++) {
            if (dark[y * width + x] !== 1) continue;
            if (y === end + 1) { end = y; continue; }
            if (start >= 0 && end - start + 1 >= SHAFT_RUN && y - end - 1 <= LABEL_GAP && inkBeside(dark, width, x, end + 1, y)) {
                for (let g = end + 1; g < y; g++) dark[g * width + x] = 1;
            } else start = y;
            end = y;
        }
    }
}

/** Whether a label's letters stand beside a gap in a column (rows y0 to y1, exclusive). */
function inkBeside(dark: Uint8Array, width: number, x: number, y0: number, y1: number): boolean {
    let n = 0;
    for (let y = y0; y < y1; y++) {
        for (let dx = -30; dx <= 30; dx++) if (Math.abs(dx) > 2 && x + dx >= 0 && x + dx < width) n += dark[y * width + x + dx];
    }
    return n >= 10;
}

interface Part { pixels: number[]; box: { x0: number; y0: number; x1: number; y1: number } }

/** Touching pixels in groups lying apart (more than 12 pixels from each other's centre), with their centres. */
function sitesOf(pixels: number[], width: number): Array<{ pixels: number[]; x: number; y: number }> {
    const sites: Array<{ pixels: number[]; sx: number; sy: number }> = [];
    for (const i of pixels) {
        const x = i % width, y = (i - x) / width;
        const site = sites.find(k => Math.hypot(k.sx / k.pixels.length - x, k.sy / k.pixels.length - y) <= 12);
        if (site) { site.pixels.push(i); site.sx += x; site.sy += y; } else sites.push({ pixels: [i], sx: x, sy: y });
    }
    return sites.map(k => ({ pixels: k.pixels, x: k.sx / k.pixels.length, y: k.sy / k.pixels.length }));
}

/** 8-connected dark parts. */
function components(dark: Uint8Array, width: number, height: number): Part[] {
    const seen = new Uint8Array(dark.length);
    const parts: Part[] = [];
    for (let start = 0; start < dark.length; start++) {
        if (!dark[start] || seen[start]) continue;
        const pixels: number[] = [];
        const box = { x0: width, y0: height, x1: -1, y1: -1 };
        const stack = [start];
        seen[start] = 1;
        while (stack.length) {
            const i = stack.pop()!;
            pixels.push(i);
            const x = i % width, y = (i - x) / width;
            box.x0 = Math.min(box.x0, x); box.x1 = Math.max(box.x1, x); box.y0 = Math.min(box.y0, y); box.y1 = Math.max(box.y1, y);
            for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) {
                const nx = x + dx, ny = y + dy;
                if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
                const n = ny * width + nx;
                if (dark[n] && !seen[n]) { seen[n] = 1; stack.push(n); }
            }
        }
        parts.push({ pixels, box });
    }
    return parts;
}

/** Arrowheads of a part: clusters of pixels whose 5×5 square is all dark; their centres. */
function headsOf(part: Part, dark: Uint8Array, width: number, height: number): Array<{ x: number; y: number }> {
    const core = part.pixels.filter(i => {
        const x = i % width, y = (i - x) / width;
        if (x < 2 || y < 2 || x >= width - 2 || y >= height - 2) return false;
        for (let dy = -2; dy <= 2; dy++) for (let dx = -2; dx <= 2; dx++) if (!dark[(y + dy) * width + x + dx]) return false;
        return true;
    });
    const clusters: Array<{ x: number; y: number; n: number }> = [];
    for (const i of core) {
        const x = i % width, y = (i - x) / width;
        const c = clusters.find(k => Math.abs(k.x / k.n - x) <= 8 && Math.abs(k.y / k.n - y) <= 8);
        if (c) { c.x += x; c.y += y; c.n++; } else clusters.push({ x, y, n: 1 });
    }
    return clusters.map(c => ({ x: c.x / c.n, y: c.y / c.n }));
}

/**
 * The source a shaft leads back to from its head, walking its line: straight on through crossings
 * (where another shaft cuts across), turning only where the line ends (an elbow).
 */
function walkBack<T>(dark: Uint8Array, width: number, height: number, head: { x: number; y: number }, sources: Array<{ s: T; pixels: Set<number> }>): T | undefined {
    const on = (x: number, y: number) => x >= 0 && y >= 0 && x < width && y < height && dark[Math.round(y) * width + Math.round(x)] === 1;
    const run = (x: number, y: number, dx: number, dy: number) => { let k = 0; while (k < 400 && (on(x + dx * (k + 1), y + dy * (k + 1)) || on(x + dx * (k + 2), y + dy * (k + 2)))) k++; return k; };
    const dirs: Array<[number, number]> = [[1, 0], [-1, 0], [0, 1], [0, -1]];
    let [x, y] = [Math.round(head.x), Math.round(head.y)];
    let [dx, dy] = dirs.map(d => ({ d, k: run(x, y, d[0], d[1]) })).sort((a, b) => b.k - a.k)[0].d;
    for (let steps = 0; steps < 20_000; steps++) {
        const hit = sources.find(s => s.pixels.has(Math.round(y) * width + Math.round(x)));
        if (hit) return hit.s;
        if (on(x + dx, y + dy) || on(x + 2 * dx, y + 2 * dy)) {
            [x, y] = [x + dx, y + dy];
            // Keep to the middle of the line across its width.
            const [px, py] = [dy, dx];
            let [a, b] = [0, 0];
            while (a < 4 && on(x - px * (a + 1), y - py * (a + 1))) a++;
            while (b < 4 && on(x + px * (b + 1), y + py * (b + 1))) b++;
            [x, y] = [x + px * Math.round((b - a) / 2), y + py * Math.round((b - a) / 2)];
            continue;
        }
        // The line ends here: an elbow turns to the side that goes on furthest.
        const turns = ([[dy, dx], [-dy, -dx]] as Array<[number, number]>).map(d => ({ d, k: run(x, y, d[0], d[1]) })).filter(t => t.k >= 4).sort((a, b) => b.k - a.k);
        if (turns.length === 0) {
            const near = sources.find(s => [...s.pixels].some(i => Math.abs(i % width - x) <= 3 && Math.abs(Math.floor(i / width) - y) <= 3));
            return near?.s;
        }
        [dx, dy] = turns[0].d;
    }
    return undefined;
}

interface Word { x0: number; y0: number; x1: number; y1: number }

/** Letters next to each other on one line become a word's box. */
function words(letters: Part[]): Word[] {
    const out: Word[] = [];
    for (const l of [...letters].sort((a, b) => a.box.x0 - b.box.x0)) {
        const w = out.find(o => l.box.x0 - o.x1 <= 5 && l.box.x1 >= o.x0 - 5 && l.box.y0 <= o.y1 + 2 && l.box.y1 >= o.y0 - 2);
        if (w) { w.x0 = Math.min(w.x0, l.box.x0); w.x1 = Math.max(w.x1, l.box.x1); w.y0 = Math.min(w.y0, l.box.y0); w.y1 = Math.max(w.y1, l.box.y1); }
        else out.push({ ...l.box });
    }
    return out;
}

/** How far from where an exit leaves its decision a branch label is looked for. */
const LABEL_REACH = 45;

/**
 * Each word near a decision's exit goes to the nearest exit. Where the decision has labels, the exit
 * leaving by a side while the other leaves by the bottom is "Tidak" (the renderer sends the no branch
 * sideways); else, with two labelled exits the wider word is "Tidak", with one a word under twice its
 * height wide is "Ya" and the other exit gets the other polarity. Always a guess: marked unsure.
 */
function labelExits(exits: Map<string, Array<{ arrow: GridArrow; x: number; y: number }>>, nodes: RasterNode[], found: Word[]): void {
    for (const [id, list] of exits) {
        if (list.length !== 2) continue;
        const box = nodes.find(n => n.id === id)!.box;
        const gap = (w: Word, e: { x: number; y: number }) => Math.hypot(Math.max(w.x0 - e.x, e.x - w.x1, 0), Math.max(w.y0 - e.y, e.y - w.y1, 0));
        const widths = list.map(() => 0);
        for (const w of found) {
            const ranked = list.map((e, k) => ({ k, d: gap(w, e) })).sort((a, b) => a.d - b.d);
            if (ranked[0].d <= LABEL_REACH) widths[ranked[0].k] = Math.max(widths[ranked[0].k], (w.x1 - w.x0 + 1) / (w.y1 - w.y0 + 1));
        }
        if (widths[0] === 0 && widths[1] === 0) continue;
        const side = list.map(e => Math.abs(e.x - (box.x0 + box.x1) / 2) / (box.x1 - box.x0) > Math.abs(e.y - (box.y0 + box.y1) / 2) / (box.y1 - box.y0));
        let no: number;
        if (side[0] !== side[1]) no = side[0] ? 0 : 1;
        else if (widths[0] > 0 && widths[1] > 0) no = widths[0] >= widths[1] ? 0 : 1;
        else {
            const k = widths[0] > 0 ? 0 : 1;
            no = widths[k] >= 2 ? k : 1 - k;
        }
        list.forEach((e, k) => { e.arrow.label = k === no ? 'Tidak' : 'Ya'; e.arrow.labelUnsure = true; });
    }
}
