import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { AstUtils, type ReferenceInfo } from 'langium';
import { describe, it } from 'mocha';
import { allAstNodes, allReferences, forEachReference } from '../../server/src/language/sop-ast-walk.js';
import { generateRealisticSop } from '../../bench/generate-realistic-sop.js';
import { createTestServices } from '../support/sop-test-services.js';

/**
 * Linking, the reference index, local symbols and validation walk the AST with plain loops
 * instead of Langium's streams; the order must be the streams' so that diagnostics and
 * references come out as before.
 */
describe('AST walk: the same nodes and references as Langium streams, in the same order', () => {
    const { parse } = createTestServices();
    const sources: Array<[string, string]> = [
        ['realistic', generateRealisticSop(40, 5, 'walk')],
        ['broken', readFileSync('test/e2e/fixtures/broken.sop', 'utf8')],
        ...readdirSync('examples').filter(n => n.endsWith('.sop')).map(n => [n, readFileSync(path.join('examples', n), 'utf8')] as [string, string]),
    ];
    for (const [name, text] of sources) {
        it(name, async () => {
            const root = (await parse(text)).parseResult.value;
            const nodes = allAstNodes(root);
            const streamed = AstUtils.streamAst(root).toArray();
            assert.equal(nodes.length, streamed.length);
            assert.ok(nodes.every((n, i) => n === streamed[i]), 'the same node objects in the same order');
            const refs = (walk: (visit: (r: ReferenceInfo) => void) => void) => {
                const out: unknown[] = [];
                walk(r => out.push([r.reference, r.container, r.property, r.index]));
                return out;
            };
            const ours = refs(visit => nodes.forEach(n => forEachReference(n, visit)));
            assert.ok(ours.length > 0);
            assert.deepEqual(refs(visit => allReferences(root).forEach(visit)), ours);
            assert.deepEqual(ours, refs(visit => nodes.forEach(n => AstUtils.streamReferences(n).forEach(visit))));
        });
    }
});
