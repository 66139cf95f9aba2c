/**
 * One fuzz input through everything a user can reach: decode, parse, link, validate, the model, the
 * renderer on two papers, the preview's answer, and every editor feature at random positions.
 * Returns a digest of all outputs (for the determinism check) and every exception, by stage.
 */
import { createHash } from 'node:crypto';
import { AstUtils, GrammarAST, URI, type LangiumDocument } from 'langium';
import type { Position, Range } from 'vscode-languageserver-types';
import type { Sop } from '../../server/src/language/generated/ast.js';
import type { SopServices } from '../../server/src/language/sop-module.js';
import { createTestServices } from '../support/sop-test-services.js';
import { decodeSopText } from '../../server/src/language/sop-text-decoding.js';
import type { PaperSize } from '../../server/src/model/sop-document.js';
import { renderResultOf } from '../../server/src/requests/render-result.js';
import { renderSop } from '../../server/src/render/index.js';
import type { Mutant, Random } from './fuzz-mutations.js';

export interface StageFailure {
    stage: string;
    message: string;
}

/** What to run besides parse, validation and the model. */
export interface PipelineOptions {
    /** Render on two papers and answer the preview's request (default true). */
    render?: boolean;
    /** Where to ask the position-based features: random positions (default 2), or the end of the text. */
    positions?: number | 'end' | Position[];
}

export interface PipelineResult {
    digest: string;
    failures: StageFailure[];
    /** Wall-clock time. */
    ms: number;
    /** CPU time of this process: what the 2 s limit is checked against, as wall time on a shared machine says more about the neighbours than about the input. */
    cpuMs: number;
}

const URI_TEXT = 'file:///fuzz/input.sop';
const PAPERS: PaperSize[] = ['A4', 'F4', 'Letter', 'Legal'];

export class FuzzPipeline {
    readonly services = createTestServices();
    readonly keywords: string[];

    constructor() {
        const all = AstUtils.streamAllContents(this.services.Sop.Grammar).filter(GrammarAST.isKeyword).map(k => k.value);
        this.keywords = [...new Set(all)].sort();
    }

    /** Runs `mutant` through every stage; `random` chooses the positions of the editor requests. */
    async run(mutant: Mutant, random: Random, options: PipelineOptions = {}): Promise<PipelineResult> {
        const started = performance.now();
        const cpu = process.cpuUsage();
        const failures: StageFailure[] = [];
        const hash = createHash('sha256');
        let digestMicros = 0;
        const stage = async <T>(name: string, f: () => T | Promise<T>): Promise<T | undefined> => {
            // Langium catches some errors and only logs them (completion per cross-reference): a logged error counts.
            const log = console.error;
            console.error = (...args: unknown[]) => {
                const e = args.find(a => a instanceof Error);
                failures.push({ stage: name, message: e instanceof Error ? `logged: ${e.message}\n${e.stack ?? ''}` : `logged: ${args.map(String).join(' ')}` });
            };
            try {
                const t0 = performance.now();
                const value = await f();
                if (process.env.FUZZ_TRACE) console.log('time', name, (performance.now() - t0).toFixed(1));
                // The digest is the fuzzer's own work (tens of MB for a long document drawn three times): not counted.
                const h0 = process.cpuUsage();
                hash.update(`${name}:${JSON.stringify(value) ?? ''}\n`);
                if (process.env.FUZZ_TRACE) console.log(name, createHash('sha1').update(JSON.stringify(value) ?? '').digest('hex'));
                const spent = process.cpuUsage(h0);
                digestMicros += spent.user + spent.system;
                return value;
            } catch (e) {
                failures.push({ stage: name, message: e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e) });
                return undefined;
            } finally {
                console.error = log;
            }
        };
        const text = mutant.bytes ? decodeSopText(mutant.bytes).text : mutant.text;
        try {
            const document = await this.build(text).catch((e: unknown) => {
                failures.push({ stage: 'build', message: e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e) });
                return undefined;
            });
            if (document) await this.stages(document, random, options, stage);
        } finally {
            this.remove();
        }
        failures.push(...this.services.Sop.validation.Reporter.failures.splice(0).map(f => ({ stage: `check ${f.check}`, message: f.error })));
        const used = process.cpuUsage(cpu);
        return { digest: hash.digest('hex'), failures, ms: performance.now() - started, cpuMs: (used.user + used.system - digestMicros) / 1000 };
    }

    private async build(text: string): Promise<LangiumDocument<Sop>> {
        const { shared } = this.services;
        const document = shared.workspace.LangiumDocumentFactory.fromString<Sop>(text, URI.parse(URI_TEXT));
        shared.workspace.LangiumDocuments.addDocument(document);
        await shared.workspace.DocumentBuilder.build([document], { validation: true });
        const crashed = (document.diagnostics ?? []).filter(d => /error occurred|An error occurred/i.test(String(d.message)));
        if (crashed.length > 0) throw new Error(`validation crashed: ${String(crashed[0].message)}`);
        return document;
    }

    private remove(): void {
        const uri = URI.parse(URI_TEXT);
        this.services.shared.workspace.LangiumDocuments.deleteDocument(uri);
        this.services.shared.workspace.IndexManager.remove(uri);
    }

    private async stages(document: LangiumDocument<Sop>, random: Random, options: PipelineOptions, stage: <T>(name: string, f: () => T | Promise<T>) => Promise<T | undefined>): Promise<void> {
        const Sop = this.services.Sop;
        await stage('diagnostics', () => document.diagnostics?.map(d => [d.range, d.severity, d.code, d.message]));
        const model = await stage('model', () => Sop.model.ModelBuilder.build(document));
        if (model && options.render !== false) {
            const first = model.paper;
            const second = PAPERS[(PAPERS.indexOf(first) + 1 + Math.floor(random() * 3)) % PAPERS.length];
            for (const paper of [first, second]) {
                await stage(`render ${paper}`, () => {
                    const rendered = renderSop(model, { paper });
                    return { pages: rendered.pages, layout: rendered.layout };
                });
            }
        }
        if (options.render !== false) await stage('preview', () => renderResultOf(document, Sop));
        await this.documentFeatures(document, stage);
        const positions = options.positions ?? 2;
        if (positions === 'end') await this.positionFeatures(document, document.textDocument.positionAt(document.textDocument.getText().length), stage);
        else if (Array.isArray(positions)) for (const position of positions) await this.positionFeatures(document, position, stage);
        else for (let k = 0; k < positions; k++) await this.positionFeatures(document, randomPosition(document, random), stage);
    }

    private async documentFeatures(document: LangiumDocument, stage: <T>(name: string, f: () => T | Promise<T>) => Promise<T | undefined>): Promise<void> {
        const lsp = this.services.Sop.lsp;
        const textDocument = { uri: URI_TEXT };
        const whole: Range = { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(document.textDocument.getText().length) };
        await stage('documentSymbols', () => lsp.DocumentSymbolProvider?.getSymbols(document, { textDocument }));
        await stage('folding', () => lsp.FoldingRangeProvider?.getFoldingRanges(document, { textDocument }));
        // resultId counts requests; only the tokens matter.
        await stage('semanticTokens', async () => (await lsp.SemanticTokenProvider?.semanticHighlight(document, { textDocument }))?.data);
        await stage('formatting', () => lsp.Formatter?.formatDocument(document, { textDocument, options: { tabSize: 4, insertSpaces: true } }));
        await stage('codeLens', () => lsp.CodeLensProvider?.provideCodeLens(document, { textDocument }));
        await stage('inlayHints', () => lsp.InlayHintProvider?.getInlayHints(document, { textDocument, range: whole }));
        await stage('codeActions', () => lsp.CodeActionProvider?.getCodeActions(document, {
            textDocument, range: whole, context: { diagnostics: document.diagnostics ?? [] },
        }));
        await stage('workspaceSymbols', () => this.services.shared.lsp.WorkspaceSymbolProvider?.getSymbols({ query: 'a' }));
    }

    private async positionFeatures(document: LangiumDocument, position: Position, stage: <T>(name: string, f: () => T | Promise<T>) => Promise<T | undefined>): Promise<void> {
        const lsp: SopServices['lsp'] = this.services.Sop.lsp;
        const params = { textDocument: { uri: URI_TEXT }, position };
        if (process.env.FUZZ_TRACE) console.log('position', JSON.stringify(position));
        await stage('completion', () => lsp.CompletionProvider?.getCompletion(document, params));
        await stage('hover', () => lsp.HoverProvider?.getHoverContent(document, params));
        await stage('definition', () => lsp.DefinitionProvider?.getDefinition(document, params));
        await stage('references', () => lsp.ReferencesProvider?.findReferences(document, { ...params, context: { includeDeclaration: true } }));
        await stage('highlight', () => lsp.DocumentHighlightProvider?.getDocumentHighlight(document, params));
        await stage('prepareRename', () => lsp.RenameProvider?.prepareRename(document, params));
        await stage('rename', () => lsp.RenameProvider?.rename(document, { ...params, newName: 'namaBaru' }));
        await stage('semanticTokensRange', async () => (await lsp.SemanticTokenProvider?.semanticHighlightRange(document, {
            textDocument: params.textDocument, range: { start: { line: position.line, character: 0 }, end: { line: position.line + 3, character: 0 } },
        }))?.data);
    }
}

/** A position inside the text, biased towards token boundaries where typing happens. */
function randomPosition(document: LangiumDocument, random: Random): Position {
    const text = document.textDocument.getText();
    let offset = Math.floor(random() * (text.length + 1));
    if (random() < 0.5) {
        while (offset < text.length && /\S/.test(text[offset])) offset++;
    }
    return document.textDocument.positionAt(offset);
}
