/**
 * Builds tables from a page's rules: rules that touch form one table; the distinct x of its
 * vertical rules and y of its horizontal rules make the finest grid, and two neighbouring grid
 * cells with no rule between them are one merged cell.
 */
import type { GridCell } from './import-types.js';
import type { Box, Segment } from './pdf-shapes.js';

export interface RuledTable {
    box: Box;
    xs: number[];
    ys: number[];
    cells: GridCell[];
    /** Cell rectangles in page space, parallel to `cells`. */
    boxes: Box[];
}

const TOL = 1.2;
const horizontal = (s: Segment) => Math.abs(s.a[1] - s.b[1]) < 0.5 && Math.abs(s.a[0] - s.b[0]) > 2;
const vertical = (s: Segment) => Math.abs(s.a[0] - s.b[0]) < 0.5 && Math.abs(s.a[1] - s.b[1]) > 2;

export function ruledTables(segments: Segment[]): RuledTable[] {
    const rules = segments.filter(s => horizontal(s) || vertical(s));
    return components(rules).map(tableOf).filter((t): t is RuledTable => t !== undefined);
}

/** Rules that touch or cross each other, grouped (union-find). */
function components(rules: Segment[]): Segment[][] {
    const parent = rules.map((_, i) => i);
    const root = (i: number): number => parent[i] === i ? i : (parent[i] = root(parent[i]));
    const box = (s: Segment): Box => ({ x0: Math.min(s.a[0], s.b[0]) - TOL, y0: Math.min(s.a[1], s.b[1]) - TOL, x1: Math.max(s.a[0], s.b[0]) + TOL, y1: Math.max(s.a[1], s.b[1]) + TOL });
    const boxes = rules.map(box);
    for (let i = 0; i < rules.length; i++) {
        for (let j = i + 1; j < rules.length; j++) {
            const [a, b] = [boxes[i], boxes[j]];
            if (a.x0 <= b.x1 && b.x0 <= a.x1 && a.y0 <= b.y1 && b.y0 <= a.y1) parent[root(i)] = root(j);
        }
    }
    const groups = new Map<number, Segment[]>();
    rules.forEach((s, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), s]));
    return [...groups.values()];
}

function distinct(values: number[]): number[] {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted.filter((v, i) => i === 0 || v - sorted[i - 1] > TOL);
}

/** Whether rules cover the point (x, y) on a vertical (or horizontal) line. */
function covered(rules: Segment[], at: number, from: number, to: number, isVertical: boolean): boolean {
    const mid = (from + to) / 2;
    return rules.some(s => {
        const [c, lo, hi] = isVertical ? [s.a[0], Math.min(s.a[1], s.b[1]), Math.max(s.a[1], s.b[1])] : [s.a[1], Math.min(s.a[0], s.b[0]), Math.max(s.a[0], s.b[0])];
        return Math.abs(c - at) <= TOL && lo - TOL <= mid && mid <= hi + TOL;
    });
}

function tableOf(rules: Segment[]): RuledTable | undefined {
    const vs = rules.filter(vertical);
    const hs = rules.filter(horizontal);
    const xs = distinct(vs.map(s => s.a[0]));
    const ys = distinct(hs.map(s => s.a[1]));
    if (xs.length < 2 || ys.length < 2) return undefined;
    const [nr, nc] = [ys.length - 1, xs.length - 1];
    const parent = Array.from({ length: nr * nc }, (_, i) => i);
    const root = (i: number): number => parent[i] === i ? i : (parent[i] = root(parent[i]));
    for (let r = 0; r < nr; r++) {
        for (let c = 0; c < nc; c++) {
            if (c + 1 < nc && !covered(vs, xs[c + 1], ys[r], ys[r + 1], true)) parent[root(r * nc + c)] = root(r * nc + c + 1);
            if (r + 1 < nr && !covered(hs, ys[r + 1], xs[c], xs[c + 1], false)) parent[root(r * nc + c)] = root((r + 1) * nc + c);
        }
    }
    const spans = new Map<number, { r0: number; c0: number; r1: number; c1: number }>();
    for (let r = 0; r < nr; r++) {
        for (let c = 0; c < nc; c++) {
            const k = root(r * nc + c);
            const s = spans.get(k) ?? { r0: r, c0: c, r1: r, c1: c };
            spans.set(k, { r0: Math.min(s.r0, r), c0: Math.min(s.c0, c), r1: Math.max(s.r1, r), c1: Math.max(s.c1, c) });
        }
    }
    const list = [...spans.values()].sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
    return {
        box: { x0: xs[0], y0: ys[0], x1: xs[nc], y1: ys[nr] }, xs, ys,
        cells: list.map(s => ({ row: s.r0, col: s.c0, rowSpan: s.r1 - s.r0 + 1, colSpan: s.c1 - s.c0 + 1, text: '' })),
        boxes: list.map(s => ({ x0: xs[s.c0], y0: ys[s.r0], x1: xs[s.c1 + 1], y1: ys[s.r1 + 1] })),
    };
}

/** Grid row and column of a point, or undefined outside the table. */
export function gridIndex(t: RuledTable, x: number, y: number): { row: number; col: number } | undefined {
    const col = t.xs.findIndex((v, i) => i + 1 < t.xs.length && v <= x && x < t.xs[i + 1]);
    const row = t.ys.findIndex((v, i) => i + 1 < t.ys.length && v <= y && y < t.ys[i + 1]);
    return col < 0 || row < 0 ? undefined : { row, col };
}
