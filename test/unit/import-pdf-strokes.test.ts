import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { traceArrows } from '../../server/src/import/pdf-arrows.js';
import type { Point, SubPath } from '../../server/src/import/pdf-primitives.js';
import { pageTables } from '../../server/src/import/pdf-page.js';
import { paragraphsOf } from '../../server/src/import/pdf-text.js';
import { classify } from '../../server/src/import/pdf-shapes.js';

/**
 * How signed SOP-AP PDFs (Word's print, and the same re-written by Ghostscript) hold lines, heads and
 * symbol outlines as filled shapes instead of strokes. Each case is drawn here by hand, in page space
 * (y down), the way those producers write it.
 */
const fill = (points: Point[], paint?: number): SubPath => ({ points, closed: true, curved: false, filled: true, stroked: false, paint });
const stroke = (points: Point[], closed = false): SubPath => ({ points, closed, curved: false, filled: false, stroked: true });
const round = (p: Point): Point => [Math.round(p[0] * 10) / 10, Math.round(p[1] * 10) / 10];
const segs = (shapes: ReturnType<typeof classify>) => shapes.segments.map(s => [round(s.a), round(s.b)]);

describe('sop import: PDF lines and heads drawn as filled shapes', () => {
    it('a table rule a little over 1.5 pt thick (as Word prints a 1.5 pt border) is a rule, not shading', () => {
        const shapes = classify([fill([[56.5, 160.2], [811.8, 160.2], [811.8, 161.8], [56.5, 161.8]]), fill([[54.9, 160.2], [56.5, 160.2], [56.5, 646.9], [54.9, 646.9]])]);
        assert.deepEqual(segs(shapes), [[[56.5, 161], [811.8, 161]], [[55.7, 160.2], [55.7, 646.9]]]);
        assert.deepEqual(shapes.rects, []);
    });

    it('a filled rectangle that is not thin stays a background (no rule, no cell)', () => {
        const shapes = classify([fill([[76, 154], [406, 154], [406, 172], [76, 172]])]);
        assert.deepEqual([shapes.segments, shapes.rects], [[], []]);
    });

    it('a line with an elbow drawn as a filled band (rounded inner corner) is its centre line, joined at the elbow', () => {
        // A connector from (243.5, 223) right to x 288.4, then down to y 245.1, 0.6 pt wide.
        const band = fill([[243.5, 222.7], [288.7, 222.7], [288.7, 245.1], [288.1, 245.1], [288.1, 223], [288.4, 223.3], [243.5, 223.3]]);
        const shapes = classify([{ ...band, curved: true }]);
        assert.deepEqual(segs(shapes), [[[243.5, 223], [288.4, 223]], [[288.4, 223], [288.4, 245.1]]]);
        assert.deepEqual(shapes.outlines, []);
    });

    it('a band with its inner corner cut by a diagonal as long as the line is wide (Excel) is a line too', () => {
        const band = fill([[433.77, 323.4], [481.3, 323.4], [481.3, 364.72], [479.86, 364.72], [479.86, 324.12], [480.58, 324.84], [433.77, 324.84]]);
        assert.deepEqual(segs(classify([band])), [[[433.8, 324.1], [480.6, 324.1]], [[480.6, 324.1], [480.6, 364.7]]]);
    });

    it('an open head outlined and filled (a V) points where the shaft ends; the arrow is traced', () => {
        // Shaft down to y 250.4, the V's tip there, its arms up to y 246.9; the outline is a thin ring around the V.
        const v = fill([[309.4, 246.9], [307.4, 250.4], [305.3, 246.9], [305.4, 246.5], [305.8, 246.6], [307.6, 249.7], [307.2, 249.7], [309, 246.6], [309.3, 246.5]]);
        const shaft = fill([[307.1, 213], [307.7, 213], [307.7, 250.4], [307.1, 250.4]]);
        const shapes = classify([{ ...v, curved: true }, shaft]);
        assert.equal(shapes.heads.length, 1);
        assert.deepEqual(shapes.outlines, []);
        const { arrows } = traceArrows(shapes.heads, shapes.segments, [{ x0: 291, y0: 203, x1: 321, y1: 213 }, { x0: 299, y0: 250.4, x1: 315, y1: 262 }]);
        assert.deepEqual(arrows.map(a => [round(a.tail), round(a.tip)]), [[[307.4, 213], [307.4, 250.4]]]);
    });

    it('an open head stroked as a V points at its middle point', () => {
        const shapes = classify([stroke([[303, 243], [307, 250], [311, 243]]), stroke([[307, 213], [307, 250]])]);
        assert.deepEqual(shapes.heads.map(h => round(h.tip)), [[307, 250]]);
        const { arrows } = traceArrows(shapes.heads, shapes.segments, [{ x0: 291, y0: 203, x1: 321, y1: 213 }]);
        assert.deepEqual(arrows.map(a => round(a.tail)), [[307, 213]]);
    });

    it('a head sitting on a column rule points where its shaft comes in, not at a corner the rule passes', () => {
        // Head pointing down at (303.5, 633.8); the shaft ends at the middle of its base; a column rule runs down x 303.5 in pieces.
        const shapes = classify([
            fill([[301.5, 629.8], [305.5, 629.8], [303.5, 633.8]]),
            stroke([[303.6, 619.3], [303.6, 629.8]]),
            fill([[303.1, 563], [303.9, 563], [303.9, 631.8], [303.1, 631.8]]), fill([[303.1, 631.8], [303.9, 631.8], [303.9, 683], [303.1, 683]]),
        ]);
        const { arrows } = traceArrows(shapes.heads, shapes.segments, [{ x0: 290, y0: 636.3, x1: 316, y1: 650 }]);
        assert.deepEqual(arrows.map(a => round(a.tip)), [[303.5, 633.8]]);
    });

    it('a line printed as a thin band a little off the vertical (Excel) is a line, not a diamond', () => {
        const shapes = classify([fill([[274.2, 185.3], [274.8, 275.8], [273.4, 275.8], [272.8, 185.3]])]);
        assert.deepEqual([shapes.outlines, segs(shapes).map(s => s.sort((p, q) => p[1] - q[1]))], [[], [[[273.5, 185.3], [274.1, 275.8]]]]);
    });

    it('an elbow where one leg runs a little past the other (Word) is followed', () => {
        // Down from a box at (352.9, 511.5) past y 530.1 to 531.7; the leg left starts at (353.1, 530.1), 1.6 pt from that end.
        const shapes = classify([
            stroke([[352.9, 511.9], [352.9, 531.7]]), stroke([[304.3, 530.1], [353.1, 530.1]]), stroke([[304.6, 530.1], [304.6, 544]]),
            fill([[302.6, 544], [306.6, 544], [304.6, 548]]),
        ]);
        const { arrows } = traceArrows(shapes.heads, shapes.segments, [{ x0: 335, y0: 493, x1: 370, y1: 511.5 }]);
        assert.deepEqual(arrows.map(a => [round(a.tail), round(a.tip)]), [[[352.9, 511.9], [304.6, 548]]]);
    });

    it('a line that stops a few points short of a symbol (Excel) still connects it', () => {
        // A table of one row and two actor columns; a process box left, a capsule right; the line stops 3.6 pt before the capsule.
        const rules = [
            fill([[141, 163], [441, 163], [441, 163.6], [141, 163.6]]), fill([[141, 263], [441, 263], [441, 263.6], [141, 263.6]]),
            ...[141, 291, 441].map(x => fill([[x, 163], [x + 0.6, 163], [x + 0.6, 263.6], [x, 263.6]])),
        ];
        const shapes = classify([
            ...rules, stroke([[191, 203], [241, 203], [241, 223], [191, 223]], true),
            { points: [[341, 213], [347, 205], [385, 205], [391, 213], [385, 221], [347, 221]], closed: true, curved: true, filled: false, stroked: true },
            stroke([[241, 213], [333.4, 213]]), fill([[333.4, 211], [333.4, 215], [337.4, 213]]),
        ]);
        const [table] = pageTables(shapes, [], 1);
        assert.deepEqual(table.symbols.map(s => s.kind), ['terminator', 'process']);
        assert.deepEqual(table.arrows.map(a => `${a.from}>${a.to}`), [`${table.symbols[1].id}>${table.symbols[0].id}`]);
    });

    it('a free line stopping up to 12 pt short of its symbols at both ends (Word) connects them; farther it does not', () => {
        const table = (gap: number) => {
            const rules = [
                fill([[141, 163], [441, 163], [441, 163.6], [141, 163.6]]), fill([[141, 263], [441, 263], [441, 263.6], [141, 263.6]]),
                ...[141, 291, 441].map(x => fill([[x, 163], [x + 0.6, 163], [x + 0.6, 263.6], [x, 263.6]])),
            ];
            const shapes = classify([
                ...rules, stroke([[191, 203], [241, 203], [241, 223], [191, 223]], true), stroke([[341, 203], [391, 203], [391, 223], [341, 223]], true),
                fill([[241 + gap, 212], [341 - gap - 6, 212], [341 - gap - 6, 214], [241 + gap, 214]]), fill([[341 - gap - 6, 210], [341 - gap - 6, 216], [341 - gap, 213]]),
            ]);
            const [t] = pageTables(shapes, [], 1);
            return t.arrows.map(a => `${a.from}>${a.to}`);
        };
        assert.deepEqual(table(9), ['p1s0>p1s1']);
        assert.deepEqual(table(15), []);
    });

    it('a line merging into the middle of a shaft is another arrow to the same head; a rule touching the shaft is not', () => {
        // Box A (top left) down and right to box C; box B's line comes down onto the middle of that shaft.
        // A rule ends on the shaft too, and leads to no symbol.
        const shapes = classify([
            stroke([[161, 183], [161, 263], [341, 263], [341, 303]]), stroke([[241, 213], [241, 263]]), stroke([[291, 263], [291, 463]]),
            fill([[339, 303], [343, 303], [341, 308]]),
        ]);
        const boxes = [{ x0: 141, y0: 163, x1: 181, y1: 183 }, { x0: 221, y0: 193, x1: 261, y1: 213 }, { x0: 321, y0: 308, x1: 361, y1: 328 }];
        const { arrows, rest } = traceArrows(shapes.heads, shapes.segments, boxes);
        assert.deepEqual(arrows.map(a => [round(a.tail), a.merged]).sort(), [[[161, 183], true], [[241, 213], true]]);
        assert.deepEqual(rest.map(r => [round(r.a), round(r.b)]), [[[291, 263], [291, 463]]]);
    });

    it('an elbow of a stroked line is no head', () => {
        const shapes = classify([stroke([[241, 163], [247, 163], [247, 169]])]);
        assert.deepEqual([shapes.heads.length, shapes.segments.length], [0, 2]);
    });

    it('a small dot is no head', () => {
        const dot: Point[] = Array.from({ length: 16 }, (_, i) => [300 + 3 * Math.cos(i * Math.PI / 8), 300 + 3 * Math.sin(i * Math.PI / 8)]);
        assert.equal(classify([fill(dot)]).heads.length, 0);
    });

    it('symbols outlined as filled rings (Ghostscript re-writes strokes so) are symbols: process, decision, capsule', () => {
        const rect = (x0: number, y0: number, x1: number, y1: number, paint: number) => [
            fill([[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]], paint),
            fill([[x0 + 0.7, y1 - 0.3], [x0 + 0.4, y1 - 0.6], [x1 - 0.2, y1 - 0.6], [x1 - 0.6, y1 - 0.3], [x1 - 0.6, y0 + 0.3], [x1 - 0.2, y0 + 0.6], [x0 + 0.4, y0 + 0.6], [x0 + 0.7, y0 + 0.3]], paint),
        ];
        const diamond = [
            fill([[354.3, 499.6], [386, 484.6], [417.6, 499.6], [386, 514.7], [354.3, 499.6]], 3),
            fill([[386.1, 514.1], [385.9, 514.1], [416.7, 499.3], [416.7, 499.9], [385.9, 485.2], [386.1, 485.2], [355.2, 499.9], [355.2, 499.3]], 3),
        ];
        // A capsule flattened into short steps, outer and inner outline.
        const capsule = (inset: number): Point[] => {
            const [cx0, cx1, cy, r] = [260, 280, 507, 8 - inset];
            const right = Array.from({ length: 13 }, (_, i) => [cx1 + r * Math.sin(i * Math.PI / 12), cy - r * Math.cos(i * Math.PI / 12)] as Point);
            const left = Array.from({ length: 13 }, (_, i) => [cx0 - r * Math.sin(i * Math.PI / 12), cy + r * Math.cos(i * Math.PI / 12)] as Point);
            return [...right, ...left];
        };
        const shapes = classify([...rect(180, 120, 240, 140, 1), ...diamond, fill(capsule(0), 4), fill(capsule(0.6), 4)]);
        assert.deepEqual(shapes.rects.map(b => [b.x0, b.y0, b.x1, b.y1]), [[180, 120, 240, 140]]);
        assert.deepEqual(shapes.outlines.map(o => o.kind), ['decision', 'terminator']);
        assert.deepEqual(shapes.segments, []);
    });
});

describe('sop import: PDF cell text', () => {
    const piece = (text: string, x: number, y: number) => ({ text, x, y, width: text.length * 4, height: 8 });
    const box = { x0: 300, y0: 300, x1: 610, y1: 360 };

    it('a list in two columns in one cell is read column by column, not line by line', () => {
        const pieces = [
            piece('1. Map berkas', 303, 306), piece('4. Pemindai', 440, 306),
            piece('2. Stempel', 303, 316), piece('5. Kertas folio', 440, 316),
            piece('3. Komputer', 303, 326), piece('6. Lemari arsip', 440, 326),
            piece('7. Telepon meja', 440, 336),
        ];
        assert.equal(paragraphsOf(pieces, box), '1. Map berkas\n2. Stempel\n3. Komputer\n4. Pemindai\n5. Kertas folio\n6. Lemari arsip\n7. Telepon meja');
    });

    it('one column of items with a number far right on one line stays one column', () => {
        const pieces = [piece('1. Rapat pada tanggal', 303, 306), piece('2. Notulen', 303, 316), piece('3. Laporan', 440, 316)];
        assert.equal(paragraphsOf(pieces, box).split('\n').length, 2);
    });
});
