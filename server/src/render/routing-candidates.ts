/**
 * Candidate generation for the arrow router: the free channels of a page (horizontal bands between
 * symbol rows, vertical gutters between actor columns), the free attachment points of a node, and
 * the few route shapes (straight, one bend, two to four bends through channels) joining two ports.
 * Cost and validity of a candidate are decided in routing.ts.
 */
import { portsOf, type Grid, type GridNode, type GridShape, type Port, type Pt, type Side } from './routing-geometry.js';
import { SPACING } from './layout-constants.js';
import { valueOf, type Channel, type Coord, type Track } from './routing-tracks.js';

export interface RoutingNode extends GridNode {
    exitSides: Side[];
    entrySides: Side[];
}

export interface RoutePoint { x: Coord; y: Coord }

const CLEAR = SPACING.trackClear;
const CLOSEST = SPACING.trackClosest;
const EDGE = SPACING.trackEdge;

/**
 * The horizontal (`h`, index k: above row k) and vertical (`v`, index j: left of column j) channels.
 * Horizontal channels keep inside the table body, except between two rows of connectors outside it;
 * the ones above the first and below the last row of connectors are closed.
 */
export function buildChannels(grid: Grid, shapes: GridShape[]): { h: Channel[]; v: Channel[] } {
    const { rows, cols, body } = grid;
    const top = rows.map(r => (r.top + r.bottom) / 2), bottom = [...top];
    const left = cols.map(c => c.x + c.width / 2), right = [...left];
    for (const gs of shapes) {
        const s = gs.shape;
        top[gs.row] = Math.min(top[gs.row], s.y);
        bottom[gs.row] = Math.max(bottom[gs.row], s.y + s.height);
        left[gs.col] = Math.min(left[gs.col], s.x);
        right[gs.col] = Math.max(right[gs.col], s.x + s.width);
    }
    const inBody = (r: number) => r >= 0 && r < rows.length && rows[r].top >= body.top - 0.01 && rows[r].bottom <= body.bottom + 0.01;
    const h: Channel[] = [], v: Channel[] = [];
    const R = rows.length, n = cols.length;
    for (let k = 0; k <= R; k++) {
        const [above, below] = [inBody(k - 1), inBody(k)];
        if (above && below) h.push(channel(bottom[k - 1], top[k], true, true, [rows[k].top]));
        else if (k > 0 && k < R) {
            // Between connector rows, or between the table body and its connectors: tracks may also run
            // outside the table, but never inside the header.
            const blocks: Array<[number, number]> = below ? [[body.header, body.top]] : [];
            const inner = below ? { lo: body.top, hi: Infinity } : above ? { lo: -Infinity, hi: body.bottom } : undefined;
            h.push({ ...channel(bottom[k - 1], top[k], true, true, above ? [body.bottom] : []), blocks, ...(inner ? { inner } : {}) });
        } else if (below) h.push(channel(body.top, top[k], false, true, [body.top]));
        else if (above) h.push(channel(bottom[k - 1], body.bottom, true, false, [body.bottom]));
        else h.push({ lo: 0, hi: 0, rules: [], closed: true });
    }
    for (let j = 0; j <= n; j++) {
        const lo = j === 0 ? cols[0].x : right[j - 1];
        const hi = j === n ? cols[n - 1].x + cols[n - 1].width : left[j];
        v.push(channel(lo, hi, j > 0, j < n, [j < n ? cols[j].x : hi]));
    }
    return { h, v };
}

/**
 * The free band between two symbol edges (or a symbol edge and the table's outer rule), minus a
 * clearance that keeps tracks an arrowhead's length away from symbols, shrunk for narrow bands.
 */
function channel(lo: number, hi: number, symbolLow: boolean, symbolHigh: boolean, rules: number[]): Channel {
    const width = hi - lo;
    const wanted = (symbolLow ? CLEAR : EDGE) + (symbolHigh ? CLEAR : EDGE);
    const scale = width - wanted >= 4 ? 1 : Math.max(0, (width - 4) / wanted);
    const slack = { lo: symbolLow ? (CLEAR - CLOSEST) * scale : 0, hi: symbolHigh ? (CLEAR - CLOSEST) * scale : 0 };
    return { lo: lo + (symbolLow ? CLEAR : EDGE) * scale, hi: Math.max(lo, hi - (symbolHigh ? CLEAR : EDGE) * scale), rules, slack };
}

const PORT_GAP = SPACING.portGap;

/** The first free port of every symbol of the node on each of `sides` (the first port when `used` is not given). */
export function freePorts(node: RoutingNode, sides: Side[], used: Pt[] | undefined, role: 'exit' | 'entry'): Port[] {
    const result: Port[] = [];
    const free = (p: Port) => !used || used.every(([x, y]) => Math.hypot(x - p.x, y - p.y) >= PORT_GAP);
    for (const gs of node.shapes) {
        for (const side of sides) {
            const port = portsOf(gs, side, role).find(free);
            if (port && !blockedByJoin(node, gs, side)) result.push(port);
        }
    }
    return result;
}

/** A side of a symbol that a joint line touches carries that line: no arrow there. Other sides stay free. */
function blockedByJoin(node: RoutingNode, gs: GridShape, side: Side): boolean {
    if (side !== 'left' && side !== 'right') return false;
    const s = gs.shape;
    const edge = side === 'left' ? s.x : s.x + s.width;
    return node.joins.some(j => j.y > s.y && j.y < s.y + s.height && Math.abs((side === 'left' ? j.x2 : j.x1) - edge) < 0.5);
}

/** The route shapes joining exit e to entry i (straight, L, Z/C, and the 3- and 4-bend forms). */
export function routeShapes(e: Port, i: Port, h: Channel[], v: Channel[]): RoutePoint[][] {
    const ev = e.side === 'top' || e.side === 'bottom';
    const iv = i.side === 'top' || i.side === 'bottom';
    const pe: RoutePoint = { x: e.x, y: e.y };
    const pi: RoutePoint = { x: i.x, y: i.y };
    const rowE = e.owner.row, rowI = i.owner.row, colE = e.owner.col, colI = i.owner.col;
    const kE = e.side === 'bottom' ? rowE + 1 : rowE;
    const kI = i.side === 'top' ? rowI : rowI + 1;
    const jE = e.side === 'right' ? colE + 1 : colE;
    const jI = i.side === 'left' ? colI : colI + 1;
    const out: RoutePoint[][] = [];
    if (ev && iv) {
        if (Math.abs(e.x - i.x) < 0.01) out.push([pe, { x: e.x, y: i.y }]);
        for (const k of uniq([kE, kI])) {
            const t = hTrack(h, k);
            out.push([pe, { x: e.x, y: t }, { x: i.x, y: t }, pi]);
        }
        for (const j of uniq([colE, colE + 1, colI, colI + 1])) {
            const t1 = hTrack(h, kE), t2 = hTrack(h, kI), tv = vTrack(v, j);
            out.push([pe, { x: e.x, y: t1 }, { x: tv, y: t1 }, { x: tv, y: t2 }, { x: i.x, y: t2 }, pi]);
        }
    } else if (ev && !iv) {
        out.push([pe, { x: e.x, y: i.y }, pi]);
        for (const k of uniq([kE, rowI, rowI + 1])) {
            const th = hTrack(h, k), tv = vTrack(v, jI);
            out.push([pe, { x: e.x, y: th }, { x: tv, y: th }, { x: tv, y: i.y }, pi]);
        }
    } else if (!ev && iv) {
        out.push([pe, { x: i.x, y: e.y }, pi]);
        for (const k of uniq([kI, rowE, rowE + 1])) {
            const tv = vTrack(v, jE), th = hTrack(h, k);
            out.push([pe, { x: tv, y: e.y }, { x: tv, y: th }, { x: i.x, y: th }, pi]);
        }
    } else {
        // Side to side at one height (two symbols of one row): a straight line.
        if (Math.abs(e.y - i.y) < 0.01 && (e.side === 'right') === (i.x > e.x)) out.push([pe, pi]);
        for (const j of uniq([jE, jI])) {
            const t = vTrack(v, j);
            out.push([pe, { x: t, y: e.y }, { x: t, y: i.y }, pi]);
        }
        for (const k of uniq([rowE, rowE + 1, rowI, rowI + 1])) {
            const t1 = vTrack(v, jE), t2 = vTrack(v, jI), th = hTrack(h, k);
            out.push([pe, { x: t1, y: e.y }, { x: t1, y: th }, { x: t2, y: th }, { x: t2, y: i.y }, pi]);
        }
    }
    return out.filter(points => allOpen(points, h, v));
}

// Module functions rather than closures: routeShapes runs for every pair of ports of every arrow.
function hTrack(h: Channel[], k: number): Track {
    return { axis: 'y', channel: k, pos: mid(h[k]) };
}

function vTrack(v: Channel[], j: number): Track {
    return { axis: 'x', channel: j, pos: mid(v[j]) };
}

function open(c: Coord, list: Channel[]): boolean {
    return typeof c === 'number' || (c.channel < list.length && !list[c.channel].closed);
}

function allOpen(points: RoutePoint[], h: Channel[], v: Channel[]): boolean {
    for (const p of points) if (!open(p.x, v) || !open(p.y, h)) return false;
    return true;
}

function mid(c: Channel): number {
    return (c.lo + c.hi) / 2;
}

function uniq(values: number[]): number[] {
    return [...new Set(values)].filter(v => v >= 0);
}

/** The track a leg runs along, if it runs in a channel. */
export function trackOf(a: RoutePoint, b: RoutePoint): Track | undefined {
    if (typeof a.y !== 'number' && a.y === b.y) return a.y;
    if (typeof a.x !== 'number' && a.x === b.x) return a.x;
    return undefined;
}

export function approx(points: RoutePoint[]): Pt[] {
    return points.map(p => [valueOf(p.x), valueOf(p.y)]);
}

/** Segments whose position does not depend on a track (port stubs, straight drops, row runs). */
export function fixedSegments(points: RoutePoint[]): Array<[Pt, Pt]> {
    const result: Array<[Pt, Pt]> = [];
    for (let k = 1; k < points.length; k++) {
        const a = points[k - 1], b = points[k];
        const vertical = a.x === b.x || (typeof a.x === 'number' && typeof b.x === 'number' && a.x === b.x);
        const constant = vertical ? a.x : a.y;
        if (typeof constant === 'number') result.push([[valueOf(a.x), valueOf(a.y)], [valueOf(b.x), valueOf(b.y)]]);
    }
    return result;
}
