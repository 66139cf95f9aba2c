import { DocumentValidator, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Sop } from '../language/generated/ast.js';
import { IssueCodes } from '../language/sop-issue-codes.js';
import type { SopServices } from '../language/sop-module.js';
import type { PaperSize, SopDocument, SourceRange } from '../model/sop-document.js';
import type { RenderInvalid, RenderResult, RenderSuccess, StepSummary } from '../protocol/sop-protocol.js';
import { renderSop } from '../render/index.js';
import { PreviewCodes } from './preview-messages.js';

/**
 * Syntax and linking errors make the model unreliable: the preview keeps its last good picture
 * instead. The SOP validator reports unresolved actors and steps under its own codes.
 */
const BLOCKING_CODES = new Set<unknown>([
    DocumentValidator.LexingError, DocumentValidator.ParsingError, DocumentValidator.LinkingError,
    IssueCodes.UnresolvedActor, IssueCodes.UnresolvedStep,
]);

/**
 * Builds the preview's answer for a validated document: the rendered pages, or the first
 * syntax/linking error. Never throws; a renderer failure becomes an `invalid` answer at line 1.
 */
export function renderResultOf(document: LangiumDocument<Sop>, services: SopServices, paper?: PaperSize): RenderResult {
    const uri = document.uri.toString();
    const blocking = firstBlockingError(document.diagnostics ?? []);
    if (blocking) return { status: 'invalid', uri, firstError: { message: messageText(blocking), range: blocking.range } };
    const { lexerErrors, parserErrors } = document.parseResult;
    if (lexerErrors.length > 0 || parserErrors.length > 0) return invalidAt(uri, lexerErrors[0]?.message ?? parserErrors[0].message);
    try {
        const model = services.model.ModelBuilder.build(document);
        return successOf(model, paper ?? model.paper, uri);
    } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return invalidAt(uri, services.i18n.Messages.format(PreviewCodes.RenderFailed, reason));
    }
}

export function invalidAt(uri: string, message: string): RenderInvalid {
    const start = { line: 0, character: 0 };
    return { status: 'invalid', uri, firstError: { message, range: { start, end: start } } };
}

function successOf(model: SopDocument, paper: PaperSize, uri: string): RenderSuccess {
    const rendered = renderSop(model, { paper });
    const stepRanges: Record<number, SourceRange> = {};
    const steps: Record<number, StepSummary> = {};
    for (const step of model.steps) {
        stepRanges[step.number] = step.range;
        const { requirements, duration, output } = step.quality;
        steps[step.number] = {
            activity: step.activity, requirements,
            ...(duration ? { duration: duration.display } : {}),
            ...(output !== undefined ? { output } : {}),
        };
    }
    return { status: 'ok', uri, title: model.title, pages: rendered.pages, layout: rendered.layout, stepRanges, paper, steps };
}

function firstBlockingError(diagnostics: Diagnostic[]): Diagnostic | undefined {
    return diagnostics
        .filter(d => BLOCKING_CODES.has((d.data as { code?: unknown } | undefined)?.code ?? d.code))
        .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)[0];
}

function messageText(diagnostic: Diagnostic): string {
    return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}
