import { strict as assert } from 'node:assert';
import { createCompletionParser, createLangiumParser, CstUtils, EmptyFileSystem, isLeafCstNode, isReference, type AstNode } from 'langium';
import { createSopServices } from '../../server/src/language/sop-module.js';
import { memoiseRecoveryAnalysis } from '../../server/src/language/sop-parser-recovery.js';
import { mangledSop } from '../support/mangled-sop.js';

describe('parser error recovery, memoised', () => {
    const { Sop } = createSopServices(EmptyFileSystem);
    const plain = createLangiumParser(Sop);
    const memoised = createLangiumParser(Sop);
    const hooked = memoiseRecoveryAnalysis(memoised);
    // The tree as data: properties and references' texts, and every CST leaf with its place.
    const json = (node: AstNode) => JSON.stringify(node, (key, value) =>
        key === '$container' || key === '$cstNode' || key === '$document' ? undefined
            : isReference(value) ? { ref: value.$refText } : value)
        + CstUtils.streamCst(node.$cstNode!).filter(isLeafCstNode).map(l => `${l.offset}+${l.length}`).join(',');

    it('finds Chevrotain\'s recovery hooks (an upgrade that renames them must be noticed)', () => {
        assert.equal(hooked, true);
    });

    it('parses half-typed text exactly as Chevrotain does: same tree, same errors, same messages', () => {
        let errors = 0;
        for (let seed = 1; seed <= 12; seed++) {
            const text = mangledSop(seed, 25 * seed);
            const a = plain.parse(text);
            const b = memoised.parse(text);
            const key = (e: { message: string; token: { startOffset: number } }) => `${e.token.startOffset} ${e.message}`;
            assert.deepEqual(b.parserErrors.map(key), a.parserErrors.map(key), `seed ${seed}`);
            assert.deepEqual(b.lexerErrors, a.lexerErrors, `seed ${seed}`);
            assert.equal(json(b.value), json(a.value), `seed ${seed}`);
            errors += a.parserErrors.length;
        }
        // The texts must exercise recovery, or this test shows nothing.
        assert.ok(errors > 300, `only ${errors} syntax errors`);
    });

    it('completion\'s parser is memoised too, and finds the same elements before the cursor as Langium\'s', () => {
        const plainCompletion = createCompletionParser(Sop);
        assert.equal(memoiseRecoveryAnalysis(createCompletionParser(Sop)), true);
        const ours = Sop.parser.CompletionParser;
        for (let seed = 1; seed <= 8; seed++) {
            const text = mangledSop(seed, 25 * seed);
            // Completion parses the text up to the cursor: cut it at a few places.
            for (const cut of [text.length, Math.floor(text.length / 2), Math.floor(text.length / 5)]) {
                const a = plainCompletion.parse(text.slice(0, cut));
                const b = ours.parse(text.slice(0, cut));
                const key = (r: typeof a) => `${r.tokenIndex} ${r.tokens.length} ${r.elementStack.map(e => e.$type ?? (e as { value?: string }).value).join('>')}`;
                assert.equal(key(b), key(a), `seed ${seed}, cut ${cut}`);
            }
        }
    });
});
