/**
 * Flowchart symbols in a picture of one table row's actor cells, for files whose drawing survived only
 * as pixels: LibreOffice keeps just the PNG fallback of our Word export's pictures when it saves again.
 * The picture shows the actor columns' rules; a symbol is a white area closed by an outline inside one
 * column, and its kind is told by how wide that area is near its top and bottom (box, diamond, capsule,
 * off-page pentagon). Arrows are not traced here.
 */
import { unzlibSync } from 'fflate';
import type { SymbolKind } from '../model/sop-document.js';

/** Pixels as dark (1) or not (0), row by row. */
export interface Bitmap { width: number; height: number; dark: Uint8Array }

export interface RasterSymbol {
    /** Which actor column of the picture (0-based, left to right). */
    column: number;
    kind: SymbolKind | 'connector';
    /** Centre and bounding box of its inside, in pixels. */
    x: number;
    y: number;
    box: { x0: number; y0: number; x1: number; y1: number };
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

/** Decodes an 8-bit, non-interlaced, non-palette PNG into dark and light pixels; undefined for other PNGs. */
export function pngBitmap(png: Uint8Array): Bitmap | undefined {
    const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
    if (png.length < 33 || view.getUint32(0) !== 0x89504e47) return undefined;
    const width = view.getUint32(16);
    const height = view.getUint32(20);
    const [depth, type, , , interlace] = png.subarray(24, 29);
    const channels = CHANNELS[type];
    if (depth !== 8 || !channels || interlace !== 0) return undefined;
    const chunks: Uint8Array[] = [];
    for (let at = 8; at + 8 <= png.length;) {
        const length = view.getUint32(at);
        const name = String.fromCharCode(...png.subarray(at + 4, at + 8));
        if (name === 'IDAT') chunks.push(png.subarray(at + 8, at + 8 + length));
        at += 12 + length;
    }
    const joined = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    chunks.reduce((at, c) => { joined.set(c, at); return at + c.length; }, 0);
    const raw = unzlibSync(joined);
    const stride = width * channels;
    const pixels = unfilter(raw, stride, height, channels);
    if (channels === 2) {
        // Grey and alpha: spread to grey, grey, grey, alpha.
        const rgba = new Uint8Array(width * height * 4);
        for (let i = 0; i < width * height; i++) rgba.set([pixels[2 * i], pixels[2 * i], pixels[2 * i], pixels[2 * i + 1]], 4 * i);
        return pixelBitmap(width, height, rgba, 4);
    }
    return pixelBitmap(width, height, pixels, channels);
}

/** Decoded pixels (1, 3 or 4 bytes per pixel, 8 bits each, as pdfjs hands out images) as dark and light. */
export function pixelBitmap(width: number, height: number, pixels: Uint8Array | Uint8ClampedArray, channels: number): Bitmap {
    const dark = new Uint8Array(width * height);
    for (let i = 0; i < width * height; i++) {
        const p = i * channels;
        const alpha = channels === 4 ? pixels[p + 3] : 255;
        const light = channels >= 3 ? (pixels[p] + pixels[p + 1] + pixels[p + 2]) / 3 : pixels[p];
        dark[i] = alpha >= 128 && light < 128 ? 1 : 0;
    }
    return { width, height, dark };
}

/** PNG's per-line filters (None, Sub, Up, Average, Paeth) undone. */
function unfilter(raw: Uint8Array, stride: number, height: number, bpp: number): Uint8Array {
    const out = new Uint8Array(stride * height);
    for (let y = 0; y < height; y++) {
        const filter = raw[y * (stride + 1)];
        const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
        const at = y * stride;
        for (let x = 0; x < stride; x++) {
            const a = x >= bpp ? out[at + x - bpp] : 0;
            const b = y > 0 ? out[at - stride + x] : 0;
            const c = x >= bpp && y > 0 ? out[at - stride + x - bpp] : 0;
            let v = line[x];
            if (filter === 1) v += a;
            else if (filter === 2) v += b;
            else if (filter === 3) v += (a + b) >> 1;
            else if (filter === 4) {
                const p = a + b - c;
                const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
                v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
            }
            out[at + x] = v & 0xff;
        }
    }
    return out;
}

/** The x of lines dark over most of the picture's height (a label may cover a rule), left to right: column rules, or arrows crossing the row. */
export function verticalRules(bitmap: Bitmap): number[] {
    const { width, height, dark } = bitmap;
    const rules: number[] = [];
    let run: number[] = [];
    for (let x = 0; x <= width; x++) {
        let count = 0;
        if (x < width) for (let y = 0; y < height; y++) count += dark[y * width + x];
        if (x < width && count >= height * 0.6) run.push(x);
        else if (run.length) { rules.push((run[0] + run[run.length - 1]) / 2); run = []; }
    }
    return rules;
}

/**
 * The column rules of a table's actor band pictures (one per row, all as wide): the lines nearly all of
 * them have (an arrow crossing a row is its own; a label may hide a rule), or undefined unless they cut the band into
 * columns from edge to edge (exactly `columns` of them, when known): then the pictures are not an actor band.
 */
export function commonRules(pictures: Bitmap[], columns?: number): number[] | undefined {
    if (pictures.length === 0 || pictures.some(p => p.width !== pictures[0].width)) return undefined;
    const lists = pictures.map(verticalRules);
    const all = [...new Set(lists.flat())].sort((a, b) => a - b).filter((x, i, xs) => i === 0 || x - xs[i - 1] > 1.5);
    const rules = all.filter(x => lists.filter(l => l.some(y => Math.abs(x - y) <= 1.5)).length >= Math.max(1, lists.length * 0.8));
    const width = pictures[0].width;
    return (columns === undefined ? rules.length >= 2 : rules.length === columns + 1) && rules[0] <= 3 && rules[rules.length - 1] >= width - 4 ? rules : undefined;
}

/** The symbols drawn in an actor band picture with the given column rules. */
export function rasterSymbols(bitmap: Bitmap, rules: number[]): RasterSymbol[] {
    const { width, height, dark } = bitmap;
    const label = new Int32Array(width * height).fill(-1);
    const found: RasterSymbol[] = [];
    const stack: number[] = [];
    let next = 0;
    for (let start = 0; start < width * height; start++) {
        if (dark[start] || label[start] >= 0) continue;
        // One light area (4-connected), with its bounding box and, per pixel row, its leftmost and rightmost pixel.
        const id = next++;
        let x0 = width, x1 = -1, y0 = height, y1 = -1;
        const left = new Map<number, number>();
        const right = new Map<number, number>();
        label[start] = id;
        stack.push(start);
        while (stack.length) {
            const i = stack.pop()!;
            const x = i % width, y = (i - x) / width;
            if (x < x0) x0 = x;
            if (x > x1) x1 = x;
            if (y < y0) y0 = y;
            if (y > y1) y1 = y;
            if (!(left.get(y)! <= x)) left.set(y, x);
            if (!(right.get(y)! >= x)) right.set(y, x);
            for (const n of [x > 0 ? i - 1 : -1, x < width - 1 ? i + 1 : -1, y > 0 ? i - width : -1, y < height - 1 ? i + width : -1]) {
                if (n >= 0 && !dark[n] && label[n] < 0) { label[n] = id; stack.push(n); }
            }
        }
        const w = x1 - x0 + 1, h = y1 - y0 + 1;
        // Inside one column, off the band's top and bottom rules, and larger than a letter's counter.
        const column = rules.findIndex((r, k) => k + 1 < rules.length && x0 > r + 3 && x1 < rules[k + 1] - 3);
        if (column < 0 || y0 <= 3 || y1 >= height - 4 || w < 16 || h < 10) continue;
        const kind = kindOf(k => { const y = y0 + Math.round(k * (h - 1)); return (right.get(y)! - left.get(y)! + 1) / w; });
        if (kind) found.push({ column, kind, x: (x0 + x1) / 2, y: (y0 + y1) / 2, box: { x0, y0, x1: x1 + 1, y1: y1 + 1 } });
    }
    return found;
}

/** The outline by the width of the inside at a fraction of its height (0 top, 1 bottom), relative to its widest. */
function kindOf(at: (fraction: number) => number): RasterSymbol['kind'] | undefined {
    const top = at(0.1), bottom = at(0.9), middle = at(0.5);
    if (middle < 0.9) return undefined;
    if (top < 0.4 && bottom < 0.4) return 'decision';
    if (top > 0.85 && bottom < 0.65) return 'connector';
    if (top > 0.97 && bottom > 0.97) return 'process';
    if (top > 0.6 && bottom > 0.6 && Math.abs(top - bottom) < 0.1) return 'terminator';
    return undefined;
}
