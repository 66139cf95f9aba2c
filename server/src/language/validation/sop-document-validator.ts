import { DefaultDocumentValidator, type Grammar, type LangiumDocument, type ScopeProvider, type ValidationOptions } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { CancellationToken } from 'vscode-languageserver';
import { isActor, isSop, isSymbolRef, type Sop } from '../generated/ast.js';
import { IssueCodes, type IssueCode } from '../../protocol/sop-issue-codes.js';
import type { SopServices } from '../sop-module.js';
import type { SopMessages } from '../sop-messages.js';
import type { SopSeverityPolicy } from '../../config/severity-policy.js';
import type { FixData, SopDiagnosticData } from './sop-reporter.js';
import { quote } from './edit-helpers.js';
import { isName } from '../sop-names.js';
import { isEncodingReport } from '../sop-text-decoding.js';
import { renameFixes } from './reference-suggestions.js';
import { kw } from '../../vocabulary/sop-vocabulary.js';
import { languageOf } from '../file-language.js';
import type { StepCheckCache } from './step-check-cache.js';

/**
 * Resolves the document's severity configuration before the checks run, and replaces
 * Langium's English linking errors ("Could not resolve reference …") with coded, localised ones
 * that carry quick fixes: the closest names in scope first, then declaring a missing actor.
 */
export class SopDocumentValidator extends DefaultDocumentValidator {
    private readonly policy: SopSeverityPolicy;
    private readonly messages: SopMessages;
    private readonly grammar: Grammar;
    private readonly fileSystem: unknown;
    private readonly scopes: ScopeProvider;
    private readonly stepChecks: StepCheckCache;

    constructor(services: SopServices) {
        super(services);
        this.scopes = services.references.ScopeProvider;
        this.stepChecks = services.validation.SopValidator.stepChecks;
        this.policy = services.validation.SeverityPolicy;
        this.messages = services.i18n.Messages;
        this.grammar = services.Grammar;
        this.fileSystem = services.shared.workspace.FileSystemProvider;
    }

    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken?: CancellationToken): Promise<Diagnostic[]> {
        try {
            await this.policy.prepare(document);
        } catch (e) {
            console.error('sop: could not read the validation configuration:', e);
        }
        this.stepChecks.begin(document, `${this.messages.locale}\u0000${JSON.stringify(this.policy.configFor(document.uri.toString()))}`);
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        this.reportEncoding(document, diagnostics);
        return diagnostics;
    }

    /** A file read from disk that is not UTF-8: say so, on the line of the first bad byte. */
    private reportEncoding(document: LangiumDocument, diagnostics: Diagnostic[]): void {
        if (!isEncodingReport(this.fileSystem)) return;
        const uri = document.uri.toString();
        const line = this.fileSystem.invalidUtf8Line(uri, document.textDocument.getText());
        if (line === undefined) return;
        const severity = this.policy.severity(uri, IssueCodes.NotUtf8);
        if (severity === 'off') return;
        const text = document.textDocument.getText();
        const start = document.textDocument.offsetAt({ line: line - 1, character: 0 });
        const end = text.indexOf('\n', start);
        const range = { start: document.textDocument.positionAt(start), end: document.textDocument.positionAt(end < 0 ? text.length : end) };
        const data: SopDiagnosticData = { code: IssueCodes.NotUtf8 };
        diagnostics.unshift(this.toDiagnostic(severity, this.messages.format(IssueCodes.NotUtf8, line), { node: document.parseResult.value, range, code: IssueCodes.NotUtf8, data }));
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], _options: ValidationOptions): void {
        for (const reference of document.references) {
            const error = reference.error;
            if (!error) continue;
            const container = error.info.container;
            const property = error.info.property;
            const refText = error.info.reference.$refText;
            const code = codeFor(container.$type, property);
            const severity = this.policy.severity(document.uri.toString(), code);
            if (severity === 'off') continue;
            const fixes = [
                ...renameFixes(this.scopes, error.info, refText, reference.$refNode?.range),
                ...(code === IssueCodes.UnresolvedActor && isName(this.grammar, refText) ? declareActorFix(document, refText) ?? [] : []),
            ];
            const data: SopDiagnosticData & Record<string, unknown> = { code, containerType: container.$type, property, refText, ...(fixes.length > 0 ? { fixes } : {}) };
            const info = { node: container, range: reference.$refNode?.range, property, index: error.info.index, code, data };
            const stepName = isSymbolRef(container) ? container.step?.$refText ?? '' : '';
            diagnostics.push(this.toDiagnostic(severity, this.messages.format(code, refText, stepName), info));
        }
    }
}

function codeFor(containerType: string, property: string): IssueCode {
    if (containerType === 'SymbolRef' && property === 'actor') return IssueCodes.UnresolvedSymbol;
    if (property === 'actor' || property === 'coActors') return IssueCodes.UnresolvedActor;
    if (containerType === 'RelatedItem') return IssueCodes.UnresolvedSop;
    return IssueCodes.UnresolvedStep;
}

/** Inserts `pelaksana x "X"` after the last actor, or before the first step. */
function declareActorFix(document: LangiumDocument, name: string): FixData[] | undefined {
    const root = document.parseResult.value;
    if (!isSop(root)) return undefined;
    const sop = root as Sop;
    const declaration = `${kw('actor', languageOf(sop))} ${name} ${quote(labelFromName(name))}`;
    const lastActor = [...sop.actors].reverse().find(a => isActor(a) && a.$cstNode);
    if (lastActor?.$cstNode) {
        const at = lastActor.$cstNode.range.end;
        return [{ title: 'fix.declare-actor' as const, args: [name], edits: [{ range: { start: at, end: at }, newText: `\n${declaration}` }] }];
    }
    const firstStep = sop.steps.find(s => s.$cstNode);
    if (!firstStep?.$cstNode) return undefined;
    const at = { line: firstStep.$cstNode.range.start.line, character: 0 };
    return [{ title: 'fix.declare-actor' as const, args: [name], edits: [{ range: { start: at, end: at }, newText: `${declaration}\n\n` }] }];
}

/** `kasubbagUmum` → "Kasubbag Umum": a readable placeholder the author then corrects. */
function labelFromName(name: string): string {
    const words = name.replace(/_/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').trim();
    return words.charAt(0).toUpperCase() + words.slice(1);
}
