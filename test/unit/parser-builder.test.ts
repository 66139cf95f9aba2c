import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { createLangiumParser, CstUtils, EmptyFileSystem, isAstNode, isReference, LangiumParser, type AstNode } from 'langium';
import { createServicesForGrammar } from 'langium/grammar';
import { describe, it } from 'mocha';
import { createSopServices } from '../../server/src/language/sop-module.js';
import { createLeanLangiumParser } from '../../server/src/language/sop-parser.js';
import { createLeanParser, UnsupportedGrammarError } from '../../server/src/language/sop-parser-builder.js';
import { generateRealisticSop } from '../../bench/generate-realistic-sop.js';
import { prng } from '../support/prng.js';

/**
 * The lean parser builder (sop-parser-builder.ts) builds the same rules as Langium's, without the
 * per-call closures: both parsers must give the same AST, CST and errors for any text, including
 * the broken texts that exercise error recovery. The lean parser also links containers its own way
 * (sop-lean-parser.ts).
 */
const { Sop } = createSopServices(EmptyFileSystem);

function snapshot(parser: LangiumParser, text: string): unknown {
    const result = parser.parse(text);
    const grammarIds = new Map<unknown, number>();
    const idOf = (g: unknown) => {
        if (!grammarIds.has(g)) grammarIds.set(g, grammarIds.size);
        return grammarIds.get(g);
    };
    const ast = (node: AstNode, parent?: AstNode): unknown => {
        const out: Record<string, unknown> = { $type: node.$type, container: node.$container === parent, at: [node.$containerProperty, node.$containerIndex],
            cst: node.$cstNode && [node.$cstNode.offset, node.$cstNode.end, idOf(node.$cstNode.grammarSource)] };
        for (const [key, value] of Object.entries(node)) {
            if (key.startsWith('$')) continue;
            out[key] = value instanceof Array ? value.map(v => convert(v, node)) : convert(value, node);
        }
        return out;
    };
    const convert = (value: unknown, parent: AstNode): unknown => isReference(value) ? { ref: value.$refText, at: value.$refNode?.offset } : isAstNode(value) ? ast(value, parent) : value;
    const root = result.value;
    const cst = root.$cstNode ? [...CstUtils.streamCst(root.$cstNode)].map(n => [n.offset, n.end, n.hidden, idOf(n.grammarSource), n.astNode.$type]) : [];
    const errors = result.parserErrors.map(e => [e.message, e.token.startOffset, e.name]);
    return { ast: ast(root), cst, errors, lexer: result.lexerErrors.map(e => [e.message, e.offset]) };
}

function sopFiles(folder: string): string[] {
    return readdirSync(folder).flatMap(name => {
        const file = path.join(folder, name);
        return statSync(file).isDirectory() ? sopFiles(file) : name.endsWith('.sop') ? [file] : [];
    });
}

/** Deletes, duplicates and inserts pieces of the text: half-typed and broken input. */
function mangle(text: string, random: () => number): string {
    let out = text;
    for (let i = 0; i < 4; i++) {
        const at = Math.floor(random() * out.length);
        const len = Math.floor(random() * 30);
        const pieces = ['', '"', 'oleh', '\nlangkah', ' ke ', ',', out.slice(at, at + len)];
        out = out.slice(0, at) + pieces[Math.floor(random() * pieces.length)] + out.slice(at + (random() < 0.5 ? len : 0));
    }
    return out;
}

describe('lean parser builder', function () {
    this.timeout(120_000);
    const lean = createLeanLangiumParser(Sop);
    const langium = createLangiumParser(Sop);

    it('parses every example and fixture as Langium\'s builder does', () => {
        const files = [...sopFiles('examples'), ...sopFiles('test/fixtures')];
        assert.ok(files.length > 10);
        for (const file of files) {
            const text = readFileSync(file, 'utf8');
            assert.deepEqual(snapshot(lean, text), snapshot(langium, text), file);
        }
    });

    it('recovers from errors as Langium\'s builder does', () => {
        const random = prng(15);
        const base = [generateRealisticSop(12, 3, 'p'), readFileSync('examples/surat-masuk.sop', 'utf8')];
        let withErrors = 0;
        for (let i = 0; i < 300; i++) {
            const text = mangle(base[i % base.length], random);
            const expected = snapshot(langium, text) as { errors: unknown[] };
            if (expected.errors.length > 0) withErrors++;
            assert.deepEqual(snapshot(lean, text), expected, `mangled text ${i}:\n${text}`);
        }
        assert.ok(withErrors > 100, `${withErrors} of 300 texts with syntax errors`);
    });

    it('leaves grammars with parameters or guards to Langium\'s builder', async () => {
        const services = await createServicesForGrammar({
            grammar: `grammar G
                entry M: items+=Item<true>*;
                Item<p>: <p> 'a' name=ID | 'b' name=ID;
                hidden terminal WS: /\\s+/;
                terminal ID: /[a-z]+/;`,
        });
        assert.throws(() => createLeanParser(services.Grammar, new LangiumParser(services), services.parser.Lexer.definition), UnsupportedGrammarError);
        assert.equal(createLeanLangiumParser(services).parse('a x b y').parserErrors.length, 0);
    });
});
