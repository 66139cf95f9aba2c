/**
 * Sorts a page's sub-paths into what an SOP-AP drawing is made of: straight segments (table rules
 * and arrow shafts), arrowheads (small closed triangles) and flowchart symbols by outline:
 * rectangle (process), diamond (decision), curved outline (terminator), pentagon (off-page connector).
 */
import type { SymbolKind } from '../model/sop-document.js';
import type { Point, SubPath } from './pdf-primitives.js';
import { centreLines, flattenedCurve, headTriangle, mergeRings, ruleOfRect, thinQuad } from './pdf-strokes.js';

export interface Segment { a: Point; b: Point }
export interface Box { x0: number; y0: number; x1: number; y1: number }
/** An arrowhead; `corners` lets the tracer pick the tip by which side the shaft meets. */
export interface Head { tip: Point; base: Point; box: Box; corners: Point[] }
export interface Outline { kind: SymbolKind | 'connector'; box: Box }

export interface PageShapes {
    segments: Segment[];
    heads: Head[];
    outlines: Outline[];
    /** Closed axis-aligned rectangles: symbols or table cells, told apart once the grid is known. */
    rects: Box[];
}

export const boxOf = (points: Point[]): Box => ({
    x0: Math.min(...points.map(p => p[0])), y0: Math.min(...points.map(p => p[1])),
    x1: Math.max(...points.map(p => p[0])), y1: Math.max(...points.map(p => p[1])),
});
const near = (a: number, b: number, tol: number) => Math.abs(a - b) <= tol;
const dist = (p: Point, q: Point) => Math.hypot(p[0] - q[0], p[1] - q[1]);

export function classify(paths: SubPath[]): PageShapes {
    const shapes: PageShapes = { segments: [], heads: [], outlines: [], rects: [] };
    for (const path of mergeRings(paths)) {
        const pts = dedupe(path.points);
        const curved = path.curved || (path.closed && flattenedCurve(pts));
        const box = boxOf(pts);
        const w = box.x1 - box.x0;
        const h = box.y1 - box.y0;
        const band = path.closed && pts.length > 4 ? centreLines(pts) : undefined;
        const small = w < 10 && h < 10 && pts.length > 3 ? headTriangle(pts, path.closed) : undefined;
        if (path.closed && (w < 1.5 || h < 1.5)) {
            // A thin filled rectangle is how Word and Excel draw a table rule.
            shapes.segments.push(w < h ? { a: [(box.x0 + box.x1) / 2, box.y0], b: [(box.x0 + box.x1) / 2, box.y1] } : { a: [box.x0, (box.y0 + box.y1) / 2], b: [box.x1, (box.y0 + box.y1) / 2] });
        } else if (path.closed && pts.length === 4 && isRect(pts) && ruleOfRect(box)) {
            // Thicker rules too (Word prints a 1.5 pt border as a rectangle a little over 1.5 pt).
            shapes.segments.push(ruleOfRect(box)!);
        } else if (path.closed && pts.length === 4 && !isRect(pts) && thinQuad(pts)) {
            // A line drawn as a thin band a little off the axis (Excel): not a diamond.
            shapes.segments.push(thinQuad(pts)!);
        } else if (band) {
            // A line with elbows drawn as a filled band (Word's connectors): its centre line.
            shapes.segments.push(...band);
        } else if (small) {
            // An open arrowhead: a V outlined and filled (Word), before a small curved outline is taken for a capsule.
            shapes.heads.push(headOf(small, boxOf(small)));
        } else if (!path.closed && path.stroked && pts.length === 3 && headTriangle(pts, false)) {
            // An open arrowhead stroked as a V: its tip is the middle point.
            shapes.heads.push(vHead(pts));
        } else if (path.closed && curved) {
            if (w > 6 && h > 4 && Math.abs(w - h) > 2) addOutline(shapes, 'terminator', box);
        } else if (path.closed && pts.length === 3 && w < 16 && h < 16) {
            shapes.heads.push(headOf(pts, box));
        } else if (path.closed && pts.length === 4 && isRect(pts)) {
            // Filled only, a rectangle is a page background or cell shading; outlines and cells are stroked.
            if (path.stroked) shapes.rects.push(box);
        } else if (path.closed && pts.length === 4 && isDiamond(pts, box)) {
            addOutline(shapes, 'decision', box);
        } else if (path.closed && pts.length === 5) {
            addOutline(shapes, 'connector', box);
        } else if (!path.closed || path.stroked) {
            const ring = path.closed ? [...pts, pts[0]] : pts;
            for (let i = 1; i < ring.length; i++) shapes.segments.push({ a: ring[i - 1], b: ring[i] });
        }
    }
    shapes.rects = uniqueBoxes(shapes.rects);
    shapes.segments = shapes.segments.filter((x, i) => !shapes.segments.slice(0, i).some(o => (dist(o.a, x.a) < 0.3 && dist(o.b, x.b) < 0.3) || (dist(o.a, x.b) < 0.3 && dist(o.b, x.a) < 0.3)));
    return shapes;
}

function dedupe(points: Point[]): Point[] {
    const out = points.filter((p, i) => i === 0 || dist(p, points[i - 1]) > 0.01);
    if (out.length > 1 && dist(out[0], out[out.length - 1]) < 0.01) out.pop();
    return out;
}

function isRect(pts: Point[]): boolean {
    return pts.every((p, i) => {
        const q = pts[(i + 1) % 4];
        return near(p[0], q[0], 0.5) || near(p[1], q[1], 0.5);
    });
}

function isDiamond(pts: Point[], box: Box): boolean {
    const cx = (box.x0 + box.x1) / 2;
    const cy = (box.y0 + box.y1) / 2;
    return pts.every(p => (near(p[0], cx, 1) && (near(p[1], box.y0, 1) || near(p[1], box.y1, 1)))
        || (near(p[1], cy, 1) && (near(p[0], box.x0, 1) || near(p[0], box.x1, 1))));
}

/** The tip is the corner opposite the triangle's shortest side. */
function headOf(pts: Point[], box: Box): Head {
    let best = 0;
    let shortest = Infinity;
    for (let i = 0; i < 3; i++) {
        const side = dist(pts[(i + 1) % 3], pts[(i + 2) % 3]);
        if (side < shortest) { shortest = side; best = i; }
    }
    const [p, q] = [pts[(best + 1) % 3], pts[(best + 2) % 3]];
    return { tip: pts[best], base: [(p[0] + q[0]) / 2, (p[1] + q[1]) / 2], box, corners: pts };
}

/** A V's tip is its middle point; the base is the middle of its open side. */
function vHead(pts: Point[]): Head {
    const [p, tip, q] = pts;
    return { tip, base: [(p[0] + q[0]) / 2, (p[1] + q[1]) / 2], box: boxOf(pts), corners: [tip, p, q] };
}

/** A symbol filled and then stroked is one symbol. */
function addOutline(shapes: PageShapes, kind: Outline['kind'], box: Box): void {
    if (!shapes.outlines.some(o => o.kind === kind && sameBox(o.box, box))) shapes.outlines.push({ kind, box });
}

const sameBox = (a: Box, b: Box) => near(a.x0, b.x0, 1) && near(a.y0, b.y0, 1) && near(a.x1, b.x1, 1) && near(a.y1, b.y1, 1);

function uniqueBoxes(boxes: Box[]): Box[] {
    return boxes.filter((b, i) => !boxes.slice(0, i).some(o => sameBox(o, b)));
}

export function inside(p: Point, b: Box, margin = 0): boolean {
    return p[0] >= b.x0 - margin && p[0] <= b.x1 + margin && p[1] >= b.y0 - margin && p[1] <= b.y1 + margin;
}

/** Distance from a point to a segment. */
export function toSegment(p: Point, s: Segment): number {
    const [dx, dy] = [s.b[0] - s.a[0], s.b[1] - s.a[1]];
    const len = dx * dx + dy * dy;
    const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - s.a[0]) * dx + (p[1] - s.a[1]) * dy) / len));
    return dist(p, [s.a[0] + t * dx, s.a[1] + t * dy]);
}

export { dist };
