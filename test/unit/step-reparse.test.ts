import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CancellationToken } from 'vscode-languageserver';
import { CstUtils, EmptyFileSystem, isAstNode, isCompositeCstNode, isReference, URI, type AstNode, type LangiumDocument } from 'langium';
import { describe, it } from 'mocha';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createSopServices } from '../../server/src/language/sop-module.js';
import type { Sop } from '../../server/src/language/generated/ast.js';
import type { SopDocumentFactory } from '../../server/src/language/sop-document-factory.js';
import { generateRealisticSop } from '../../bench/generate-realistic-sop.js';
import { prng } from '../support/prng.js';
import { buildOpenDocument } from '../support/open-document.js';

/**
 * An edit inside one step of an open file re-parses that step alone and splices it into the last
 * parse (sop-step-reparse.ts). The spliced AST and CST must equal a full parse of the new text in
 * every value, position and range, and the diagnostics after any edit must equal a fresh build's.
 */
type Services = ReturnType<typeof createSopServices>;

/** Every AST value and every CST node's place, in a form deepEqual can compare. */
function snapshot(root: AstNode): unknown {
    const grammarIds = new Map<unknown, number>();
    const idOf = (g: unknown) => {
        if (!grammarIds.has(g)) grammarIds.set(g, grammarIds.size);
        return grammarIds.get(g);
    };
    const ast = (node: AstNode, container: AstNode | undefined): unknown => {
        assert.equal(node.$container, container, `${node.$type}: $container`);
        assert.equal(node.$cstNode?.astNode, node, `${node.$type}: $cstNode.astNode`);
        if (container) assert.equal((container as unknown as Record<string, unknown>)[node.$containerProperty!] instanceof Array
            ? (container as unknown as Record<string, AstNode[]>)[node.$containerProperty!][node.$containerIndex!]
            : (container as unknown as Record<string, AstNode>)[node.$containerProperty!], node, `${node.$type}: container slot`);
        const out: Record<string, unknown> = { $type: node.$type, cst: node.$cstNode && [node.$cstNode.offset, node.$cstNode.end, node.$cstNode.range] };
        for (const [key, value] of Object.entries(node)) {
            if (key.startsWith('$')) continue;
            out[key] = value instanceof Array ? value.map(v => convert(v, node)) : convert(value, node);
        }
        return out;
    };
    const convert = (value: unknown, container: AstNode): unknown =>
        isReference(value) ? { ref: value.$refText, at: value.$refNode?.range } : isAstNode(value) ? ast(value, container) : value;
    const cst = root.$cstNode ? [...CstUtils.streamCst(root.$cstNode)].map(n => ({
        offset: n.offset, end: n.end, range: n.range, text: n.text, hidden: n.hidden, composite: isCompositeCstNode(n),
        grammar: idOf(n.grammarSource), type: n.astNode.$type, container: n.container && idOf(n.container.grammarSource),
    })) : [];
    return { ast: ast(root, undefined), cst, text: root.$cstNode?.root.fullText };
}

function open(services: Services, uri: URI, text: string, version: number): void {
    services.shared.workspace.TextDocuments!.set(TextDocument.create(uri.toString(), 'sop', version, text));
}

/** Random edits of the kinds typed in an editor: characters, words, clauses, lines, deletions. */
function randomEdit(text: string, random: () => number): string {
    const at = Math.floor(random() * text.length);
    const pieces = ['a', ' ', 'x', '"', '\n', ',', '.', '-', 'é', '\r\n', '\r', '\t', '5', 'ke', 'kapsul', 'oleh p1', ' s3',
        '\n    keterangan "baru"', '\n    lanjut ke s3', '\n    waktu 5 menit', ' output "x"', '\n    selesai', '// c', '"a b"',
        '\nlangkah baru "Langkah baru" oleh p0\n', '\n    sel p2 langkah', '\n    ya ke s2'];
    if (random() < 0.3) return text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 20));
    return text.slice(0, at) + pieces[Math.floor(random() * pieces.length)] + text.slice(at);
}

/** An edit inside a random step's text (between its kind keyword and the next step). */
function stepEdit(text: string, random: () => number): string {
    const starts = [...text.matchAll(/^(langkah|kapsul|keputusan) /gm)].map(m => m.index! + m[0].length + 1);
    const start = starts[Math.floor(random() * starts.length)];
    const next = text.indexOf('\nlangkah', start);
    const end = next < 0 ? text.length : next;
    const at = start + Math.floor(random() * (end - start));
    const edited = randomEdit(text.slice(at, end), random);
    return text.slice(0, at) + edited + text.slice(end);
}

describe('step re-parse: a spliced parse equals a full parse', function () {
    this.timeout(120_000);

    const sources: Array<[string, string]> = [
        ['realistic', generateRealisticSop(20, 5, 'splice')],
        ...readdirSync('examples').filter(n => n.endsWith('.sop')).slice(0, 3).map(n => [n, readFileSync(path.join('examples', n), 'utf8')] as [string, string]),
    ];
    for (const [name, base] of sources) {
        it(`random edits of ${name}`, async () => {
            const services = createSopServices(EmptyFileSystem);
            const { LangiumDocumentFactory, LangiumDocuments } = services.shared.workspace;
            const factory = LangiumDocumentFactory as SopDocumentFactory;
            const uri = URI.parse(`file:///splice/${name}`);
            open(services, uri, base, 1);
            const document = LangiumDocumentFactory.fromString(base, uri);
            LangiumDocuments.addDocument(document);
            const random = prng(name.length * 7919);
            let text = base;
            let clean = base;
            for (let i = 0; i < 250; i++) {
                // Mostly edits inside steps of a file that parses (a splice needs one); now and then
                // anything, or an edit of a file with syntax errors, or back to the start.
                const r = random();
                const from = document.parseResult.parserErrors.length + document.parseResult.lexerErrors.length > 0 && random() < 0.7 ? clean : text;
                text = r < 0.05 ? base : r < 0.2 ? randomEdit(from, random) : stepEdit(from, random);
                open(services, uri, text, i + 2);
                await LangiumDocumentFactory.update(document, CancellationToken.None);
                const fresh = services.Sop.parser.LangiumParser.parse(text);
                assert.deepEqual(snapshot(document.parseResult.value), snapshot(fresh.value), `edit ${i}`);
                assert.equal(document.parseResult.parserErrors.length, fresh.parserErrors.length);
                assert.equal(document.parseResult.lexerErrors.length, fresh.lexerErrors.length);
                if (fresh.parserErrors.length + fresh.lexerErrors.length === 0) clean = text;
            }
            assert.ok(factory.splices > 20, `step edits are spliced (${factory.splices} of 250)`);
        });
    }
});

describe('step re-parse: diagnostics and model after an edit equal a fresh build', function () {
    this.timeout(120_000);

    /** The diagnostics and the model (what the preview draws), without the file's URI. */
    async function build(services: Services, uri: URI, text: string, version: number): Promise<[Diagnostic[], unknown]> {
        const document = await buildOpenDocument(services.shared, uri, text, version);
        return [document.diagnostics ?? [], modelOf(services, document)];
    }

    function modelOf(services: Services, document: LangiumDocument): unknown {
        return { ...services.Sop.model.ModelBuilder.build(document as LangiumDocument<Sop>), uri: undefined };
    }

    async function fresh(text: string): Promise<[Diagnostic[], unknown]> {
        const services = createSopServices(EmptyFileSystem);
        const uri = URI.parse('file:///splice/fresh.sop');
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, uri);
        services.shared.workspace.LangiumDocuments.addDocument(document);
        await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
        return [document.diagnostics ?? [], modelOf(services, document)];
    }

    const base = generateRealisticSop(40, 5, 'splice');
    // Each applies to the text left by the one before.
    const edits: Array<[string, (t: string) => string]> = [
        ['rename a step others flow to', t => t.replace('langkah s8 ', 'langkah s8x ')],
        ['rename it back', t => t.replace('langkah s8x ', 'langkah s8 ')],
        ['point a flow at a missing step', t => t.replace('ya ke s11', 'ya ke s99')],
        ['point it back', t => t.replace('ya ke s99', 'ya ke s11')],
        ['name an undeclared actor', t => t.replace('langkah s3 "Mencatat nomor agenda pada buku register dan aplikasi persuratan 3" oleh p3', 'langkah s3 "Mencatat nomor agenda pada buku register dan aplikasi persuratan 3" oleh p9')],
        ['declare that actor', t => t.replace('pelaksana p4 "Pelaksana 5"', 'pelaksana p4 "Pelaksana 5"\npelaksana p9 "Pelaksana 10"')],
        ['rename the referenced actor', t => t.replace('pelaksana p9 ', 'pelaksana p8 ')],
        ['lengthen an activity', t => t.replace(/^(kapsul s1 "[^"]*)"/m, '$1 dengan teks yang jauh lebih panjang dari sebelumnya sekali"')],
        ['give a step the name of another', t => t.replace('langkah s5 ', 'langkah s4 ')],
        ['make it unique again', t => t.replace(/^langkah s4 ("Memeriksa)/m, 'langkah s5 $1')],
        ['delete a step', t => t.replace(/^langkah s7 [\s\S]*?(?=^langkah s8 )/m, '')],
        ['add a clause at the end of a step', t => t.replace('    output "Register"\n', '    output "Register"\n    keterangan "baru"\n')],
        ['turn a step into a decision without branches', t => t.replace('langkah s9 ', 'keputusan s9 ')],
        ['a syntax error inside a step', t => t.replace('    waktu 13 menit', '    waktu 13 menit oleh')],
        ['and fixed again', t => t.replace('    waktu 13 menit oleh', '    waktu 13 menit')],
        ['the last step edited', t => t.replace(/("[^"]*)"(\s*)$/, '$1 akhir"$2')],
    ];
    it('a 40-step SOP through renames, deletions and references', async () => {
        const services = createSopServices(EmptyFileSystem);
        const factory = services.shared.workspace.LangiumDocumentFactory as SopDocumentFactory;
        const uri = URI.parse('file:///splice/diagnostics.sop');
        let text = base;
        await build(services, uri, text, 1);
        for (const [i, [what, edit]] of edits.entries()) {
            const next = edit(text);
            assert.notEqual(next, text, `${what}: the edit applies`);
            text = next;
            assert.deepEqual(await build(services, uri, text, i + 2), await fresh(text), what);
        }
        assert.ok(factory.splices >= 8, `most of these edits are spliced (${factory.splices})`);
    });
});
