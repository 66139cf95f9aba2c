/**
 * Reads an SVG drawing (the page pictures Word files carry, such as the project's own Word export)
 * into the same primitives the PDF reader collects: sub-paths with how they were painted, and
 * positioned text. Covers what flat vector drawings use: `rect` (rounded corners count as curves),
 * `line`, `polyline`, `polygon`, `path` with straight and curved commands, and `text`; group
 * transforms `translate`, `scale` and `matrix`. Units are converted from px to pt, the PDF reader's unit.
 */
import { textWidth } from '../render/text-metrics.js';
import type { Point, SubPath, TextPiece } from './pdf-primitives.js';
import { attr, childrenOf, nameOf, parseXml, textOf, type XmlNode } from './xml-nodes.js';

const PT_PER_PX = 0.75;
type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

export interface SvgPage {
    paths: SubPath[];
    texts: TextPiece[];
    /** The root viewBox in pt: which part of the drawing the picture shows. */
    viewBox?: { x: number; y: number; width: number; height: number };
}

export function readSvg(text: string): SvgPage {
    const root = parseXml(text).find(n => nameOf(n) === 'svg');
    const page: SvgPage = { paths: [], texts: [] };
    if (!root) return page;
    const vb = (attr(root, 'viewBox') ?? '').split(/[\s,]+/).map(Number);
    if (vb.length === 4 && vb.every(Number.isFinite)) page.viewBox = { x: vb[0] * PT_PER_PX, y: vb[1] * PT_PER_PX, width: vb[2] * PT_PER_PX, height: vb[3] * PT_PER_PX };
    walk(childrenOf(root), [PT_PER_PX, 0, 0, PT_PER_PX, 0, 0], page);
    return page;
}

function walk(nodes: XmlNode[], m: Matrix, page: SvgPage): void {
    for (const node of nodes) {
        const name = nameOf(node);
        if (name === 'defs' || name === 'title' || name === 'desc' || name === 'clipPath') continue;
        const own = multiply(m, transformOf(attr(node, 'transform')));
        const map = (x: number, y: number): Point => [own[0] * x + own[2] * y + own[4], own[1] * x + own[3] * y + own[5]];
        const paint = { filled: filled(node), stroked: stroked(node) };
        if (name === 'g' || name === 'a') walk(childrenOf(node), own, page);
        else if (name === 'rect') page.paths.push({ ...rectPath(node, map), ...paint });
        else if (name === 'line') page.paths.push({ points: [map(num(node, 'x1'), num(node, 'y1')), map(num(node, 'x2'), num(node, 'y2'))], closed: false, curved: false, ...paint });
        else if (name === 'polyline' || name === 'polygon') page.paths.push({ points: pairs(attr(node, 'points') ?? '').map(([x, y]) => map(x, y)), closed: name === 'polygon', curved: false, ...paint });
        else if (name === 'path') page.paths.push(...pathData(attr(node, 'd') ?? '', map).map(p => ({ ...p, ...paint })));
        else if (name === 'text') page.texts.push(...textPieces(node, own));
    }
}

const num = (node: XmlNode, name: string) => Number.parseFloat(attr(node, name) ?? '0') || 0;
const filled = (node: XmlNode) => !/^none$/i.test(attr(node, 'fill') ?? '#000');
const stroked = (node: XmlNode) => !/^none$/i.test(attr(node, 'stroke') ?? 'none');

function rectPath(node: XmlNode, map: (x: number, y: number) => Point): Omit<SubPath, 'filled' | 'stroked'> {
    const [x, y, w, h] = [num(node, 'x'), num(node, 'y'), num(node, 'width'), num(node, 'height')];
    const r = Math.max(num(node, 'rx'), num(node, 'ry'));
    if (r <= 0) return { points: [map(x, y), map(x + w, y), map(x + w, y + h), map(x, y + h)], closed: true, curved: false };
    // A rounded rectangle: the corner arcs as their end points, marked curved (a terminator).
    const k = Math.min(r, w / 2, h / 2);
    const pts: Array<[number, number]> = [[x + k, y], [x + w - k, y], [x + w, y + k], [x + w, y + h - k], [x + w - k, y + h], [x + k, y + h], [x, y + h - k], [x, y + k]];
    return { points: pts.map(([px, py]) => map(px, py)), closed: true, curved: true };
}

function pairs(text: string): Array<[number, number]> {
    const n = text.trim().split(/[\s,]+/).map(Number);
    const out: Array<[number, number]> = [];
    for (let i = 0; i + 1 < n.length; i += 2) out.push([n[i], n[i + 1]]);
    return out;
}

/** Path data to sub-paths: end points of every command; curves and arcs mark the sub-path curved. */
function pathData(d: string, map: (x: number, y: number) => Point): Array<Omit<SubPath, 'filled' | 'stroked'>> {
    const tokens = d.match(/[A-Za-z]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g) ?? [];
    const out: Array<Omit<SubPath, 'filled' | 'stroked'>> = [];
    let current: Omit<SubPath, 'filled' | 'stroked'> | undefined;
    let [x, y, sx, sy] = [0, 0, 0, 0];
    let cmd = '';
    const ARGS: Record<string, number> = { m: 2, l: 2, h: 1, v: 1, c: 6, s: 4, q: 4, t: 2, a: 7, z: 0 };
    for (let i = 0; i < tokens.length;) {
        if (/[A-Za-z]/.test(tokens[i])) cmd = tokens[i++];
        const lower = cmd.toLowerCase();
        const rel = cmd !== cmd.toUpperCase();
        if (lower === 'z') {
            if (current) { current.closed = true; [x, y] = [sx, sy]; current = undefined; }
            if (i < tokens.length && !/[A-Za-z]/.test(tokens[i])) i++;
            continue;
        }
        const a = tokens.slice(i, i + ARGS[lower]).map(Number);
        i += ARGS[lower] ?? 1;
        if (lower === 'h') x = rel ? x + a[0] : a[0];
        else if (lower === 'v') y = rel ? y + a[0] : a[0];
        else [x, y] = rel ? [x + a[a.length - 2], y + a[a.length - 1]] : [a[a.length - 2], a[a.length - 1]];
        if (lower === 'm') {
            current = { points: [map(x, y)], closed: false, curved: false };
            out.push(current);
            [sx, sy] = [x, y];
            cmd = rel ? 'l' : 'L';
        } else {
            if (!current) { current = { points: [map(sx, sy)], closed: false, curved: false }; out.push(current); }
            current.points.push(map(x, y));
            if ('csqta'.includes(lower)) current.curved = true;
        }
    }
    return out.filter(p => p.points.length > 1);
}

/** One piece per `text` (or `tspan`): its box from the font metrics the renderer itself uses. */
function textPieces(node: XmlNode, m: Matrix): TextPiece[] {
    const content = collect(node);
    if (content.trim() === '') return [];
    const size = num(node, 'font-size') || 12;
    const bold = /bold|[6-9]00/.test(attr(node, 'font-weight') ?? '');
    const width = textWidth(content, { size, bold });
    const anchor = attr(node, 'text-anchor');
    const left = num(node, 'x') - (anchor === 'middle' ? width / 2 : anchor === 'end' ? width : 0);
    const top = num(node, 'y') - size * 0.8;
    const scale = Math.hypot(m[0], m[1]);
    return [{ text: content, x: m[0] * left + m[2] * top + m[4], y: m[1] * left + m[3] * top + m[5], width: width * scale, height: size * scale }];
}

/** The text of an element; an italic span comes back as `*run*`, the way a `.sop` writes it. */
function collect(node: XmlNode): string {
    return childrenOf(node).map(c => {
        if (nameOf(c) === '#text') return textOf(c);
        const inner = collect(c);
        return /italic|oblique/.test(attr(c, 'font-style') ?? '') ? emphasise(inner) : inner;
    }).join('');
}

/** `*run*` around the words, spaces kept outside the asterisks. */
export function emphasise(text: string): string {
    const m = /^(\s*)(.*?)(\s*)$/s.exec(text)!;
    return m[2] ? `${m[1]}*${m[2]}*${m[3]}` : text;
}

function transformOf(text: string | undefined): Matrix {
    let m: Matrix = IDENTITY;
    for (const [, fn, args] of (text ?? '').matchAll(/(\w+)\s*\(([^)]*)\)/g)) {
        const a = args.split(/[\s,]+/).filter(Boolean).map(Number);
        if (fn === 'translate') m = multiply(m, [1, 0, 0, 1, a[0] ?? 0, a[1] ?? 0]);
        else if (fn === 'scale') m = multiply(m, [a[0], 0, 0, a[1] ?? a[0], 0, 0]);
        else if (fn === 'matrix' && a.length === 6) m = multiply(m, a as Matrix);
    }
    return m;
}

function multiply(m: Matrix, n: Matrix): Matrix {
    return [
        m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1],
        m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3],
        m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5],
    ];
}
