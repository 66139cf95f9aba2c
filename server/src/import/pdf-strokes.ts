/**
 * Lines and arrowheads that a PDF holds as filled outlines rather than strokes. Word prints a thick
 * table rule as a thin filled rectangle, a connector line with elbows as a filled band around the
 * line, and an open arrowhead (a V) as the filled outline of the V. These turn them back into what
 * the tracer reads: centre lines as segments, and a head as a triangle (tip first).
 */
import type { Point, SubPath } from './pdf-primitives.js';

interface Segment { a: Point; b: Point }

/** How thick a rule or a line may be drawn: Word's thickest usual border is 3 pt (printed a little thicker). */
export const MAX_LINE_WIDTH = 3.2;

/** A thin rectangle (one side at most a line's width, the other clearly longer) is a rule: its centre line. */
export function ruleOfRect(box: { x0: number; y0: number; x1: number; y1: number }): Segment | undefined {
    const [w, h] = [box.x1 - box.x0, box.y1 - box.y0];
    const thin = Math.min(w, h);
    if (thin > MAX_LINE_WIDTH || Math.max(w, h) < Math.max(4, thin * 3)) return undefined;
    return w < h
        ? { a: [(box.x0 + box.x1) / 2, box.y0], b: [(box.x0 + box.x1) / 2, box.y1] }
        : { a: [box.x0, (box.y0 + box.y1) / 2], b: [box.x1, (box.y0 + box.y1) / 2] };
}

/**
 * A thin quadrilateral that is not axis-aligned (Excel prints a line a fraction off the vertical as
 * such a band): the line between the middles of its two short sides. Else undefined.
 */
export function thinQuad(points: Point[]): Segment | undefined {
    if (points.length !== 4) return undefined;
    const side = (i: number) => Math.hypot(points[i % 4][0] - points[(i + 1) % 4][0], points[i % 4][1] - points[(i + 1) % 4][1]);
    const k = side(0) + side(2) < side(1) + side(3) ? 0 : 1;
    const [short, long] = [Math.max(side(k), side(k + 2)), Math.min(side(k + 1), side(k + 3))];
    if (short > MAX_LINE_WIDTH || long < Math.max(4, short * 3)) return undefined;
    const mid = (i: number): Point => [(points[i % 4][0] + points[(i + 1) % 4][0]) / 2, (points[i % 4][1] + points[(i + 1) % 4][1]) / 2];
    return { a: mid(k), b: mid(k + 2) };
}

type Edge = { axis: 0 | 1; at: number; lo: number; hi: number };

/**
 * The centre line of a filled band drawn around an axis-aligned polyline (elbows, forks): every
 * long edge has a parallel partner at most a line's width away; each pair gives the centre segment,
 * and segments meeting at an elbow are joined at their crossing. Undefined for any other polygon.
 */
export function centreLines(points: Point[]): Segment[] | undefined {
    const edges: Edge[] = [];
    for (let i = 0; i < points.length; i++) {
        const [p, q] = [points[i], points[(i + 1) % points.length]];
        const [dx, dy] = [Math.abs(p[0] - q[0]), Math.abs(p[1] - q[1])];
        if (dy < 0.3 && dx >= 0.3) edges.push({ axis: 0, at: p[1], lo: Math.min(p[0], q[0]), hi: Math.max(p[0], q[0]) });
        else if (dx < 0.3 && dy >= 0.3) edges.push({ axis: 1, at: p[0], lo: Math.min(p[1], q[1]), hi: Math.max(p[1], q[1]) });
        // Word and Excel cut an inner corner with a diagonal as long as the line is wide; anything longer is not a band.
        else if (Math.hypot(dx, dy) > 1.6) return undefined;
    }
    const long = edges.filter(e => e.hi - e.lo > MAX_LINE_WIDTH);
    if (long.length < 2) return undefined;
    const centres: Edge[] = [];
    for (const e of long) {
        const partners = edges.filter(f => f !== e && f.axis === e.axis && Math.abs(f.at - e.at) > 0.05
            && Math.abs(f.at - e.at) <= MAX_LINE_WIDTH && Math.min(e.hi, f.hi) - Math.max(e.lo, f.lo) > 0);
        if (partners.length === 0) return undefined;
        for (const f of partners) addCentre(centres, { axis: e.axis, at: (e.at + f.at) / 2, lo: Math.min(e.lo, f.lo), hi: Math.max(e.hi, f.hi) });
    }
    joinElbows(centres);
    return centres.map(c => c.axis === 0 ? { a: [c.lo, c.at], b: [c.hi, c.at] } : { a: [c.at, c.lo], b: [c.at, c.hi] });
}

/** Adds a centre segment, merged with one on the same line that it overlaps (both sides of a band give it). */
function addCentre(centres: Edge[], c: Edge): void {
    const same = centres.find(o => o.axis === c.axis && Math.abs(o.at - c.at) < 0.5 && Math.min(o.hi, c.hi) - Math.max(o.lo, c.lo) > -0.5);
    if (!same) { centres.push(c); return; }
    same.lo = Math.min(same.lo, c.lo);
    same.hi = Math.max(same.hi, c.hi);
}

/** Moves the ends of a horizontal and a vertical centre line that meet at an elbow to their crossing. */
function joinElbows(centres: Edge[]): void {
    const w = MAX_LINE_WIDTH;
    for (const h of centres.filter(c => c.axis === 0)) {
        for (const v of centres.filter(c => c.axis === 1)) {
            const [x, y] = [v.at, h.at];
            const hEnd = Math.abs(x - h.lo) <= w ? 'lo' : Math.abs(x - h.hi) <= w ? 'hi' : undefined;
            const vEnd = Math.abs(y - v.lo) <= w ? 'lo' : Math.abs(y - v.hi) <= w ? 'hi' : undefined;
            if (!hEnd || !vEnd) continue;
            h[hEnd] = x;
            v[vEnd] = y;
        }
    }
}

/**
 * A small shape drawn as an arrowhead that is not a plain triangle (a V, or the outline of a V):
 * the triangle of its points with the largest area, when the shape fills no more than that triangle
 * (a dot or a small circle fills much more). Corners in the shape's order.
 */
export function headTriangle(points: Point[], closed: boolean): Point[] | undefined {
    if (!closed) return points.length === 3 && vShape(points) ? points : undefined;
    let best: Point[] | undefined;
    let bestArea = 0;
    for (let i = 0; i < points.length; i++) {
        for (let j = i + 1; j < points.length; j++) {
            for (let k = j + 1; k < points.length; k++) {
                const a = Math.abs(area([points[i], points[j], points[k]]));
                if (a > bestArea) { bestArea = a; best = [points[i], points[j], points[k]]; }
            }
        }
    }
    return best && bestArea > 2 && Math.abs(area(points)) <= bestArea * 1.2 ? best : undefined;
}

/** Two arms of similar length meeting at an acute or right angle, neither along an axis (then it is an elbow). */
function vShape([p, tip, q]: Point[]): boolean {
    const [u, v] = [[p[0] - tip[0], p[1] - tip[1]], [q[0] - tip[0], q[1] - tip[1]]];
    const [lu, lv] = [Math.hypot(u[0], u[1]), Math.hypot(v[0], v[1])];
    if (lu < 2 || lv < 2 || lu > 12 || lv > 12 || Math.max(lu, lv) > 1.5 * Math.min(lu, lv)) return false;
    const cos = (u[0] * v[0] + u[1] * v[1]) / (lu * lv);
    const alongAxis = (d: number[]) => Math.abs(d[0]) < 0.3 || Math.abs(d[1]) < 0.3;
    return cos > -0.1 && cos < 0.95 && !alongAxis(u) && !alongAxis(v);
}

function area(points: Point[]): number {
    let s = 0;
    for (let i = 0; i < points.length; i++) {
        const [p, q] = [points[i], points[(i + 1) % points.length]];
        s += p[0] * q[1] - q[0] * p[1];
    }
    return s / 2;
}

/**
 * A shape's outline filled as a ring (the outline and, inside it, the same outline a line's width
 * smaller, filled together even-odd: how Ghostscript re-writes a stroked symbol) is the outer
 * outline stroked. The inner one goes.
 */
export function mergeRings(paths: SubPath[]): SubPath[] {
    const gone = new Set<SubPath>();
    const out = paths.map(p => p);
    const byPaint = new Map<number, SubPath[]>();
    for (const p of paths) if (p.filled && p.closed && p.paint !== undefined) byPaint.set(p.paint, [...(byPaint.get(p.paint) ?? []), p]);
    for (const group of byPaint.values()) {
        if (group.length < 2) continue;
        const boxes = group.map(p => boxOfPoints(p.points));
        group.forEach((outer, i) => {
            const inner = group.findIndex((p, j) => j !== i && !gone.has(p) && ringGap(boxes[i], boxes[j]));
            if (inner < 0 || gone.has(outer)) return;
            gone.add(group[inner]);
            out[paths.indexOf(outer)] = { ...outer, stroked: true, filled: false };
        });
    }
    return out.filter(p => !gone.has(p));
}

/** Whether box b sits inside box a with every side at most a line's width in (and the shape is not itself a line). */
function ringGap(a: Box4, b: Box4): boolean {
    const gaps = [b.x0 - a.x0, b.y0 - a.y0, a.x1 - b.x1, a.y1 - b.y1];
    return gaps.every(g => g >= -0.05 && g <= MAX_LINE_WIDTH) && gaps.some(g => g > 0.05) && b.x1 - b.x0 > 2 * MAX_LINE_WIDTH && b.y1 - b.y0 > 2 * MAX_LINE_WIDTH;
}

type Box4 = { x0: number; y0: number; x1: number; y1: number };
const boxOfPoints = (points: Point[]): Box4 => ({
    x0: Math.min(...points.map(p => p[0])), y0: Math.min(...points.map(p => p[1])),
    x1: Math.max(...points.map(p => p[0])), y1: Math.max(...points.map(p => p[1])),
});

/** A curve flattened into many short straight steps (Ghostscript writes curves so): most edges short and slanted. */
export function flattenedCurve(points: Point[]): boolean {
    if (points.length < 12) return false;
    let slanted = 0;
    for (let i = 0; i < points.length; i++) {
        const [p, q] = [points[i], points[(i + 1) % points.length]];
        if (Math.abs(p[0] - q[0]) > 0.05 && Math.abs(p[1] - q[1]) > 0.05 && Math.hypot(p[0] - q[0], p[1] - q[1]) < 4) slanted++;
    }
    return slanted >= points.length / 3;
}
