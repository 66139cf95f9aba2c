/**
 * Issue 9, done-when: the renderer's structural checks (no arrow through a shape, a joint line or
 * a label; no label on a row rule, a symbol or another label; arrows orthogonal; branches from a diamond's vertex; text inside cells; nothing off the
 * paper) hold on 200 generated documents that use the real-documents patterns, each written as
 * source text and checked with no error first.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { renderSop } from '../../server/src/render/index.js';
import { createTestServices, errorsOf } from '../support/sop-test-services.js';
import { labelProblems, problems, textProblems } from './render-checks.js';
import { randomCellSop } from './render-fixtures-cells.js';

const COUNT = 200;

describe('renderer structure on generated cell-level documents', () => {
    const services = createTestServices();

    it(`checks and draws ${COUNT} generated documents with symbols per cell right`, async function () {
        this.timeout(600_000);
        const failures: string[] = [];
        let symbols = 0, inRow = 0, starts = 0, ends = 0, labels = 0;
        for (let seed = 1; seed <= COUNT; seed++) {
            const generated = randomCellSop(seed);
            const document = await services.validate(generated.text);
            const errors = errorsOf(document);
            if (errors.length) {
                failures.push(`seed ${seed}: the generated text has errors: ${errors.slice(0, 3).join('; ')}`);
                continue;
            }
            const doc = services.Sop.model.ModelBuilder.build(document);
            const rendered = renderSop(doc);
            const found = [...problems(doc, rendered), ...rendered.pages.flatMap(p => textProblems(p.svg)), ...labelProblems(rendered)];
            if (found.length) failures.push(`seed ${seed} (${generated.actors} actors, ${generated.rows} rows, ${doc.paper}): ${found.slice(0, 3).join('; ')}`);
            labels += rendered.layout.pages.flatMap(p => p.arrows).filter(a => a.label).length;
            const flow = doc.steps.flatMap(s => s.symbols).filter(s => s.role === 'flow');
            symbols += flow.length;
            starts += flow.filter(s => s.isStart).length;
            ends += flow.filter(s => s.isEnd).length;
            inRow += doc.edges.filter(e => e.from === e.to).length;
        }
        // The generator really uses the patterns (a generator that drifted to one symbol per row would prove nothing).
        assert.ok(symbols > COUNT * 8 && inRow > COUNT && starts > COUNT * 1.2 && ends > COUNT * 1.2, `symbols ${symbols}, arrows inside rows ${inRow}, starts ${starts}, ends ${ends}`);
        // ... and draws branch labels enough for "no label crossed, on a rule, a symbol or another label" to mean something.
        assert.ok(labels > COUNT * 5, `branch labels ${labels}`);
        assert.deepEqual(failures, [], `${failures.length} of ${COUNT} documents`);
    });
});
