/**
 * Traces arrows: from each arrowhead back along the shaft (segments joined end to end, through
 * elbows) to where it leaves a symbol. The segments used are removed from the candidates for table
 * rules. Where a shaft forks before the head (lines merging), every branch is an arrow and a guess.
 */
import type { Point } from './pdf-primitives.js';
import { dist, inside, type Box, type Head, type Segment } from './pdf-shapes.js';

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
        const tails = follow(first, touches(first, head.base) ? head.base : head.tip, segments, used, symbols);
        for (const t of tails) arrows.push({ tail: t.end, tip: head.tip, path: t.path, merged: tails.length > 1 });
        for (const s of used) consumed.add(s);
    }
    return { arrows, rest: segments.filter(s => !consumed.has(s)) };
}

/** The tip is the corner whose opposite side the shaft meets (near-equilateral heads are common). */
function orient(head: Head, segments: Segment[]): Head {
    for (let i = 0; i < 3; i++) {
        const [p, q] = [head.corners[(i + 1) % 3], head.corners[(i + 2) % 3]];
        const base: Point = [(p[0] + q[0]) / 2, (p[1] + q[1]) / 2];
        if (segments.some(s => touches(s, base))) return { ...head, tip: head.corners[i], base };
    }
    return head;
}

const touches = (s: Segment, p: Point) => dist(s.a, p) <= JOIN || dist(s.b, p) <= JOIN;
const isHeadEdge = (s: Segment, h: Head) => dist(s.a, s.b) < dist(h.tip, h.base) * 1.6 && touches(s, h.tip) && touches(s, h.base);

/** Walks from `from` along segment `s`; at a fork, each branch gives its own tail. */
function follow(s: Segment, from: Point, segments: Segment[], used: Set<Segment>, symbols: Box[]): Array<{ end: Point; path: Segment[] }> {
    used.add(s);
    const end = dist(s.a, from) <= JOIN ? s.b : s.a;
    // The shaft leaves a symbol here; other lines from the same point are other arrows.
    if (symbols.some(b => inside(end, b, 3))) return [{ end, path: [s] }];
    const next = segments.filter(o => !used.has(o) && touches(o, end) && !collinearOverlap(o, s));
    if (next.length === 0) return [{ end, path: [s] }];
    return next.flatMap(o => follow(o, end, segments, used, symbols).map(t => ({ end: t.end, path: [s, ...t.path] })));
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
