import { SPACING } from './layout-constants.js';
import { halfHeightAt, halfWidthAt, type PlacedShape } from './shape-geometry.js';

export type Side = 'top' | 'bottom' | 'left' | 'right';

/** A symbol on the routing grid: `node` is the step (`s<n>`) or connector (`c<label>`) it belongs to. */
export interface GridShape {
    node: string;
    row: number;
    col: number;
    shape: PlacedShape;
}

export interface GridNode {
    key: string;
    row: number;
    shapes: GridShape[];
    /** Horizontal lines joining the symbols of a joint step (obstacles for horizontal arrow segments). */
    joins: Array<{ x1: number; x2: number; y: number }>;
}

/** Cell bounds of the pseudo-rows (connector bands and step rows) and of the actor columns. */
export interface Grid {
    rows: Array<{ top: number; bottom: number }>;
    cols: Array<{ x: number; width: number }>;
    /** The table (header: top of its frame; top, bottom: of the step rows): horizontal tracks stay out of the header. */
    body: { header: number; top: number; bottom: number };
}

export interface Port {
    id: string;
    side: Side;
    x: number;
    y: number;
    offsetRank: number;
    owner: GridShape;
}

const TOP_OFFSETS = SPACING.topPortOffsets;
const SIDE_OFFSETS = SPACING.sidePortOffsets;

/**
 * Attachment points of a symbol, best first per side. Connectors attach only at top centre and
 * bottom tip; an arrow leaves a decision only from a vertex (offices draw branches from the corners).
 */
export function portsOf(gs: GridShape, side: Side, role: 'exit' | 'entry' = 'entry'): Port[] {
    const s = gs.shape;
    const vertexOnly = s.kind === 'decision' && role === 'exit';
    const cx = s.x + s.width / 2;
    const cy = s.y + s.height / 2;
    if (s.kind === 'connector') {
        if (side === 'top') return [{ id: `${gs.node}@${gs.col}:top:0`, side, x: cx, y: s.y, offsetRank: 0, owner: gs }];
        if (side === 'bottom') return [{ id: `${gs.node}@${gs.col}:bottom:0`, side, x: cx, y: s.y + s.height, offsetRank: 0, owner: gs }];
        return [];
    }
    if (side === 'top' || side === 'bottom') {
        const maxDx = s.kind === 'terminator' ? (s.width - s.height) / 2 : s.kind === 'decision' ? s.width / 2 - 12 : s.width / 2 - 8;
        return TOP_OFFSETS.filter(dx => Math.abs(dx) <= (vertexOnly ? 0 : maxDx)).map((dx, rank) => {
            const hh = halfHeightAt(s, dx);
            return { id: `${gs.node}@${gs.col}:${side}:${dx}`, side, x: cx + dx, y: side === 'top' ? cy - hh : cy + hh, offsetRank: rank, owner: gs };
        });
    }
    // A capsule flattened in a narrow column keeps its two side ports beside the middle one.
    const maxDy = s.kind === 'decision' ? s.height / 2 - 10 : s.kind === 'terminator' ? s.height / 2 - 3 : s.height / 2 - 4;
    // An arrow into a decision's side takes the edge beside the vertex, leaving the vertex to a branch.
    const offsets = s.kind === 'decision' && role === 'entry' ? [...SIDE_OFFSETS.slice(1), 0] : SIDE_OFFSETS;
    return offsets.filter(dy => Math.abs(dy) <= (vertexOnly ? 0 : maxDy)).map((dy, rank) => {
        const hw = halfWidthAt(s, dy);
        return { id: `${gs.node}@${gs.col}:${side}:${dy}`, side, x: side === 'left' ? cx - hw : cx + hw, y: cy + dy, offsetRank: rank, owner: gs };
    });
}

export type Pt = [number, number];

/** True when the open segment a–b passes through the interior of the box (shrunk by `inset`). */
export function segmentHitsBox(a: Pt, b: Pt, box: { x: number; y: number; width: number; height: number }, inset = 0.5): boolean {
    const x1 = box.x + inset, x2 = box.x + box.width - inset;
    const y1 = box.y + inset, y2 = box.y + box.height - inset;
    if (Math.abs(a[0] - b[0]) < 0.01) {
        const lo = Math.min(a[1], b[1]), hi = Math.max(a[1], b[1]);
        return a[0] > x1 && a[0] < x2 && hi > y1 && lo < y2;
    }
    const lo = Math.min(a[0], b[0]), hi = Math.max(a[0], b[0]);
    return a[1] > y1 && a[1] < y2 && hi > x1 && lo < x2;
}

/** Collinear overlap of two axis-parallel segments longer than `tolerance`. */
export function segmentsOverlap(a1: Pt, a2: Pt, b1: Pt, b2: Pt, tolerance = 0.5): boolean {
    const aVertical = Math.abs(a1[0] - a2[0]) < 0.01, bVertical = Math.abs(b1[0] - b2[0]) < 0.01;
    if (aVertical !== bVertical) return false;
    const axis = aVertical ? 0 : 1, along = aVertical ? 1 : 0;
    if (Math.abs(a1[axis] - b1[axis]) > tolerance) return false;
    const lo = Math.max(Math.min(a1[along], a2[along]), Math.min(b1[along], b2[along]));
    const hi = Math.min(Math.max(a1[along], a2[along]), Math.max(b1[along], b2[along]));
    return hi - lo > tolerance;
}

/** Proper crossing of a horizontal and a vertical segment (interiors). */
export function segmentsCross(a1: Pt, a2: Pt, b1: Pt, b2: Pt): boolean {
    const aVertical = Math.abs(a1[0] - a2[0]) < 0.01, bVertical = Math.abs(b1[0] - b2[0]) < 0.01;
    if (aVertical === bVertical) return false;
    const [v1, v2, h1, h2] = aVertical ? [a1, a2, b1, b2] : [b1, b2, a1, a2];
    const x = v1[0], y = h1[1];
    return x > Math.min(h1[0], h2[0]) && x < Math.max(h1[0], h2[0]) && y > Math.min(v1[1], v2[1]) && y < Math.max(v1[1], v2[1]);
}

/** True when the first segment port → next leaves the symbol through `side`. */
export function outward(side: Side, port: Pt, next: Pt): boolean {
    switch (side) {
        case 'top': return next[1] < port[1] - 0.5 && Math.abs(next[0] - port[0]) < 0.01;
        case 'bottom': return next[1] > port[1] + 0.5 && Math.abs(next[0] - port[0]) < 0.01;
        case 'left': return next[0] < port[0] - 0.5 && Math.abs(next[1] - port[1]) < 0.01;
        case 'right': return next[0] > port[0] + 0.5 && Math.abs(next[1] - port[1]) < 0.01;
    }
}
