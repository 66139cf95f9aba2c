/**
 * Traces arrows: from each arrowhead back along the shaft (segments joined end to end, through
 * elbows) to where it leaves a symbol. The segments used are removed from the candidates for table
 * rules. Where a shaft forks before the head (lines merging), every branch is an arrow and a guess.
 */
import type { Point } from './pdf-primitives.js';
import { dist, inside, toSegment, type Box, type Head, type Segment } from './pdf-shapes.js';

export interface TracedArrow {
    tail: Point;
    tip: Point;
    /** The shaft, for placing labels. */
    path: Segment[];
    /** Another branch reached the same head. */
    merged: boolean;
}

const JOIN = 1.5;

export function traceArrows(heads: Head[], segments: Segment[], symbols: Box[]): { arrows: TracedArrow[]; rest: Segment[] } {
    const consumed = new Set<Segment>();
    const arrows: TracedArrow[] = [];
    for (const found of heads) {
        // Each head traces on its own: shafts of a fan-out share their trunk.
        const used = new Set<Segment>();
        const head = orient(found, segments);
        const first = segments.find(s => touches(s, head.base) && !isHeadEdge(s, head))
            ?? segments.find(s => touches(s, head.tip) && !isHeadEdge(s, head));
        if (!first) continue;
        const others = heads.filter(h => h !== found).flatMap(h => [h.tip, h.base]);
        const target = symbols.filter(b => inside(head.tip, b, 3));
        // A merging line that leaves the very symbol this head points at is another arrow crossing this one's shaft.
        const tails = follow(first, touches(first, head.base) ? head.base : head.tip, segments, used, symbols, others)
            .filter(t => !t.merging || !target.some(b => inside(t.end, b, 3)));
        for (const t of tails) arrows.push({ tail: t.end, tip: head.tip, path: t.path, merged: tails.length > 1 });
        for (const s of used) consumed.add(s);
    }
    return { arrows, rest: segments.filter(s => !consumed.has(s)) };
}

/**
 * The tip is the corner whose opposite side the shaft meets, along the median (near-equilateral
 * heads are common); or, for an open head (a V) whose shaft runs up to its tip, the corner a shaft
 * along its median ends at.
 */
function orient(head: Head, segments: Segment[]): Head {
    const sides = [0, 1, 2].map(i => {
        const [p, q] = [head.corners[(i + 1) % 3], head.corners[(i + 2) % 3]];
        return { tip: head.corners[i], base: [(p[0] + q[0]) / 2, (p[1] + q[1]) / 2] as Point };
    });
    // A shaft comes in along the median: a rule that merely passes by a corner (the head sits on a column rule) does not.
    const found = sides.find(({ tip, base }) => segments.some(s => touches(s, base) && alongMedian(s, tip, base)))
        ?? sides.find(({ tip, base }) => segments.some(s => touches(s, tip) && alongMedian(s, tip, base)))
        ?? sides.find(({ base }) => segments.some(s => touches(s, base)));
    return found ? { ...head, ...found } : head;
}

/** Whether a segment ending at the tip runs along the line from the tip through the base (within ~15°). */
function alongMedian(s: Segment, tip: Point, base: Point): boolean {
    const [u, v] = [[s.b[0] - s.a[0], s.b[1] - s.a[1]], [base[0] - tip[0], base[1] - tip[1]]];
    const len = Math.hypot(u[0], u[1]) * Math.hypot(v[0], v[1]);
    return len > 0 && Math.abs(u[0] * v[0] + u[1] * v[1]) / len > 0.96;
}

const touches = (s: Segment, p: Point) => dist(s.a, p) <= JOIN || dist(s.b, p) <= JOIN;
/** An elbow where one leg runs a little past the other (Word): the end lies on the leg, near its end. */
const meets = (s: Segment, p: Point) => touches(s, p) || (toSegment(p, s) <= 0.8 && Math.min(dist(s.a, p), dist(s.b, p)) <= 3);
const isHeadEdge = (s: Segment, h: Head) => dist(s.a, s.b) < dist(h.tip, h.base) * 1.6 && touches(s, h.tip) && touches(s, h.base);

/** Walks from `from` along segment `s`; at a fork, each branch gives its own tail. */
function follow(s: Segment, from: Point, segments: Segment[], used: Set<Segment>, symbols: Box[], heads: Point[], depth = 0): Tail[] {
    used.add(s);
    const end = dist(s.a, from) < dist(s.b, from) ? s.b : s.a;
    const tees = depth < 4 ? teeBranches(s, segments, used, symbols, heads, depth) : [];
    // The shaft leaves a symbol here; other lines from the same point are other arrows.
    if (symbols.some(b => inside(end, b, 3))) return [{ end, path: [s] }, ...tees];
    const next = segments.filter(o => !used.has(o) && meets(o, end) && !collinearOverlap(o, s));
    if (next.length === 0) return [{ end, path: [s] }, ...tees];
    return [...next.flatMap(o => follow(o, end, segments, used, symbols, heads, depth + 1).map(t => ({ ...t, path: [s, ...t.path] }))), ...tees];
}

/** Where a trace ends; `merging` when it came in through a line ending on the middle of the shaft. */
type Tail = { end: Point; path: Segment[]; merging?: boolean };

/**
 * Lines that end on the middle of this one (a line merging into a shaft before its head): each is
 * another arrow to the same head when it leads back to a symbol, and leaves from no other head.
 * Tried on their own, so a rule that merely touches the shaft is not taken from the table.
 */
function teeBranches(s: Segment, segments: Segment[], used: Set<Segment>, symbols: Box[], heads: Point[], depth: number): Tail[] {
    const out: Tail[] = [];
    for (const o of segments) {
        if (used.has(o)) continue;
        const at = [o.a, o.b].find(p => toSegment(p, s) <= 0.8 && dist(p, s.a) > 3 && dist(p, s.b) > 3);
        if (!at) continue;
        const trial = new Set(used);
        const tails = follow(o, at, segments, trial, symbols, heads, depth + 1)
            .filter(t => symbols.some(b => inside(t.end, b, 3)) && !heads.some(h => t.path.some(x => touches(x, h))));
        if (tails.length === 0) continue;
        for (const x of trial) used.add(x);
        out.push(...tails.map(t => ({ end: t.end, path: [s, ...t.path], merging: true })));
    }
    return out;
}

/**
 * A collinear segment that runs back over the current one (another shaft of a shared trunk) or a
 * long collinear rule is not the continuation.
 */
function collinearOverlap(o: Segment, s: Segment): boolean {
    const horizontal = (x: Segment) => Math.abs(x.a[1] - x.b[1]) < 0.5;
    const vertical = (x: Segment) => Math.abs(x.a[0] - x.b[0]) < 0.5;
    if (horizontal(o) && horizontal(s) && Math.abs(o.a[1] - s.a[1]) < 0.5) return overlap(o.a[0], o.b[0], s.a[0], s.b[0]) || length(o) > 150;
    if (vertical(o) && vertical(s) && Math.abs(o.a[0] - s.a[0]) < 0.5) return overlap(o.a[1], o.b[1], s.a[1], s.b[1]) || length(o) > 150;
    return false;
}

const length = (s: Segment) => Math.hypot(s.a[0] - s.b[0], s.a[1] - s.b[1]);
const overlap = (a0: number, a1: number, b0: number, b1: number) => Math.min(Math.max(a0, a1), Math.max(b0, b1)) - Math.max(Math.min(a0, a1), Math.min(b0, b1)) > 1;

/** How far a free line may stop before the symbol it points at (Word's unconnected lines). */
const REACH = 12;

/**
 * The box a line's end `p` points into when it stops short of it: walking on from `p` in the
 * direction it came from `from`, up to REACH points. -1 when none.
 */
export function boxAhead(p: Point, from: Point, boxes: Box[]): number {
    const len = dist(p, from);
    if (len === 0) return -1;
    const [dx, dy] = [(p[0] - from[0]) / len, (p[1] - from[1]) / len];
    for (let t = 1; t <= REACH; t++) {
        const q: Point = [p[0] + dx * t, p[1] + dy * t];
        const hit = boxes.findIndex(b => inside(q, b, 0.5));
        if (hit >= 0) return hit;
    }
    return -1;
}

/**
 * Where the line came from towards `p`: the far end of the shaft's segment that ends at `p` (the
 * tail), or of the segment at the head (the tip lies beyond it).
 */
export function cameFrom(path: Segment[], p: Point): Point | undefined {
    const s = path.find(x => dist(x.a, p) <= JOIN || dist(x.b, p) <= JOIN) ?? path[0];
    return s && (dist(s.a, p) < dist(s.b, p) ? s.b : s.a);
}
