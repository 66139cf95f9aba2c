import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { routeArrows, type RoutingNode } from '../../server/src/render/routing.js';
import type { Side } from '../../server/src/render/routing-geometry.js';
import type { PlacedShape } from '../../server/src/render/shape-geometry.js';

const cols = [0, 1, 2].map(i => ({ x: 100 + i * 90, width: 90 }));
const grid = { rows: [{ top: 100, bottom: 160 }, { top: 160, bottom: 220 }], cols, body: { header: 60, top: 100, bottom: 220 } };
const ALL: Side[] = ['top', 'bottom', 'left', 'right'];

function box(col: number, row: number, kind: PlacedShape['kind'] = 'process'): PlacedShape {
    return { kind, x: cols[col].x + 13, y: grid.rows[row].top + 15, width: 64, height: 30, lines: [] };
}

function node(key: string, row: number, col: number, sides = ALL): RoutingNode {
    return { key, row, shapes: [{ node: key, row, col, shape: box(col, row) }], joins: [], exitSides: sides, entrySides: sides };
}

describe('renderer routing', () => {
    it('joins two symbols of one row side to side with a straight line', () => {
        const [a] = routeArrows(grid, [node('a', 0, 0), node('b', 0, 1)], [{ from: 'a', to: 'b', prefer: 'side', backward: false }]);
        assert.equal(a.points.length, 2, JSON.stringify(a.points));
        assert.equal(a.points[0][1], a.points[1][1]);
        assert.deepEqual([a.points[0][0], a.points[1][0]], [cols[0].x + 13 + 64, cols[1].x + 13]);
    });

    // Fuzz seed 1, iteration 2931: every candidate route measured its label again; a label of
    // 100,000 letters made one page take seconds.
    it('measures each branch label once, however many routes it tries', () => {
        const measured = new Map<string, number>();
        const measure = (label: string) => {
            measured.set(label, (measured.get(label) ?? 0) + 1);
            return label.length * 5;
        };
        const nodes = [node('a', 0, 0), node('b', 0, 2), node('c', 1, 1)];
        routeArrows(grid, nodes, [
            { from: 'a', to: 'b', prefer: 'side', backward: false, label: 'Ya' },
            { from: 'a', to: 'c', prefer: 'bottom', backward: false, label: 'Tidak' },
        ], measure);
        assert.deepEqual([...measured].sort(), [['Tidak', 1], ['Ya', 1]]);
    });

    it('routes an in-row arrow from right to left too, and with the bottom preferred still finds a route', () => {
        const [back] = routeArrows(grid, [node('a', 0, 0), node('b', 0, 2)], [{ from: 'b', to: 'a', prefer: 'side', backward: true }]);
        assert.ok(back.points.length >= 2);
        const [down] = routeArrows(grid, [node('a', 0, 0), node('b', 0, 1)], [{ from: 'a', to: 'b', prefer: 'bottom', backward: true }]);
        assert.ok(down.points.length >= 2);
    });

    it('blocks only the sides a joint line touches: the outer sides of a joint row stay free', () => {
        const key = 'j';
        const left = box(0, 0), right = box(1, 0);
        const joint: RoutingNode = {
            key, row: 0, exitSides: ALL, entrySides: ALL,
            shapes: [{ node: key, row: 0, col: 0, shape: left }, { node: key, row: 0, col: 1, shape: right }],
            joins: [{ x1: left.x + left.width, x2: right.x, y: 130 }],
        };
        const [a] = routeArrows(grid, [joint, node('c', 0, 2)], [{ from: key, to: 'c', prefer: 'side', backward: false }]);
        assert.equal(a.points.length, 2, 'straight from the right side of the joint row to its neighbour');
        assert.equal(a.points[0][0], right.x + right.width);
        for (const [p, q] of a.points.slice(1).map((q, i) => [a.points[i], q])) {
            assert.ok(!(p[1] === 130 && Math.min(p[0], q[0]) < right.x && Math.max(p[0], q[0]) > left.x + left.width), 'not along the joint line');
        }
    });
});
