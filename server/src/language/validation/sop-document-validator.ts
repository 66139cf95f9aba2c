import { DefaultDocumentValidator, interruptAndCheck, type AstNode, type LangiumDocument, type ValidationAcceptor, type ValidationOptions } from 'langium';
import { CancellationToken } from 'vscode-languageserver';
import type { Diagnostic } from 'vscode-languageserver-types';
import { allAstNodes } from '../sop-ast-walk.js';
import { RelatedItem, SymbolRef, isSymbolRef } from '../generated/ast.js';
import type { SopDiagnosticData } from './sop-reporter.js';
import { IssueCodes, type IssueCode } from '../../protocol/sop-issue-codes.js';
import type { SopServices } from '../sop-module.js';
import type { SopMessages } from '../sop-messages.js';
import type { SopSeverityPolicy } from '../../config/severity-policy.js';
import { isEncodingReport } from '../sop-text-decoding.js';
import type { StepCheckCache } from './step-check-cache.js';
import { SopValidationRegistry } from './sop-validation-registry.js';

/**
 * Resolves the document's severity configuration before the checks run, and replaces
 * Langium's English linking errors ("Could not resolve reference …") with coded, localised ones
 * (their quick fixes are built on request, in `lsp/quick-fixes/reference-fixes.ts`).
 */
export class SopDocumentValidator extends DefaultDocumentValidator {
    private readonly policy: SopSeverityPolicy;
    private readonly messages: SopMessages;
    private readonly fileSystem: unknown;
    private readonly stepChecks: StepCheckCache;

    constructor(services: SopServices) {
        super(services);
        this.stepChecks = services.validation.SopValidator.stepChecks;
        this.policy = services.validation.SeverityPolicy;
        this.messages = services.i18n.Messages;
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

    /** Langium's, walking the AST with plain loops (sop-ast-walk.ts): the same checks on the same nodes, in the same order. */
    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken = CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('validating')) return super.validateAstNodes(rootNode, options, acceptor, cancelToken);
        const nodes = allAstNodes(rootNode);
        const registry = this.validationRegistry;
        for (let i = 0; i < nodes.length; i++) {
            if (i % 64 === 0) await interruptAndCheck(cancelToken);
            const node = nodes[i];
            const checks = registry instanceof SopValidationRegistry ? registry.checksFor(node.$type, options.categories) : registry.getChecks(node.$type, options.categories);
            for (const check of checks) {
                // Checks answer synchronously (SopValidationRegistry); await only what is a promise.
                const pending = check(node, acceptor, cancelToken);
                if (pending) await pending;
            }
        }
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
            const data: SopDiagnosticData & Record<string, unknown> = { code, containerType: container.$type, property, refText };
            const info = { node: container, range: reference.$refNode?.range, property, index: error.info.index, code, data };
            const stepName = isSymbolRef(container) ? container.step?.$refText ?? '' : '';
            diagnostics.push(this.toDiagnostic(severity, this.messages.format(code, refText, stepName), info));
        }
    }
}

function codeFor(containerType: string, property: string): IssueCode {
    if (containerType === SymbolRef.$type && property === 'actor') return IssueCodes.UnresolvedSymbol;
    if (property === 'actor' || property === 'byActors' || property === 'coActors') return IssueCodes.UnresolvedActor;
    if (containerType === RelatedItem.$type) return IssueCodes.UnresolvedSop;
    return IssueCodes.UnresolvedStep;
}
