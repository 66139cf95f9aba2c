/** Symbol geometry that must survive narrow actor columns (issue 9: a capsule never degenerates to a circle). */
import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { renderSop } from '../../server/src/render/index.js';
import { shapeSize } from '../../server/src/render/shape-geometry.js';
import { randomSop } from './render-fixtures.js';

describe('symbol shapes in narrow columns', () => {
    it('an empty capsule stays a stadium, at least 1.8 times as wide as tall, however narrow the column', () => {
        for (const available of [20, 26, 32, 40, 56, 80]) {
            const { width, height } = shapeSize({ kind: 'terminator' }, available);
            assert.ok(width >= 1.8 * height - 1e-9, `column ${available}: ${width} × ${height}`);
            assert.ok(width <= Math.max(20, available), `column ${available}: fits (${width})`);
        }
        assert.equal(shapeSize({ kind: 'terminator' }, 200).height, shapeSize({ kind: 'process' }, 200).height, 'wide columns keep the usual height');
    });

    it('every terminator drawn with 12 actors on A4 is a stadium', () => {
        const doc = randomSop(11, { actors: 12, steps: 12 });
        const shapes = renderSop(doc, { paper: 'A4' }).layout.pages.flatMap(p => p.shapes).filter(s => s.kind === 'terminator');
        assert.ok(shapes.length >= 2);
        for (const s of shapes) assert.ok(s.width >= 1.8 * s.height - 1e-9, `${s.symbol}: ${s.width} × ${s.height}`);
    });
});
