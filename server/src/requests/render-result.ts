import type { LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Sop } from '../language/generated/ast.js';
import type { SopServices } from '../language/sop-module.js';
import type { PaperSize, SopDocument, SourceRange } from '../model/sop-document.js';
import type { ContinuousView, PreviewPage, RenderInvalid, RenderResult, RenderSuccess, StepSummary } from '../protocol/sop-protocol.js';
import { renderPreview, type HashedPage, type PreviewRenderOptions, type PreviewRendering } from './preview-render.js';
import { PreviewCodes, PreviewMessages } from './preview-messages.js';

export interface RenderRequestOptions {
    paper?: PaperSize;
    continuous?: ContinuousView;
    /** Hashes of pages the asker holds: their SVG is left out of the answer. */
    known?: readonly string[];
}

/** What the drawing step needs, read from a validated document (on the server's thread: it reads the AST). */
export interface PreviewInput {
    model: SopDocument;
    errors: RenderSuccess['errors'];
    render: PreviewRenderOptions;
}

/**
 * Builds the preview's answer for a validated document in this thread: the pages of whatever model
 * can be built, with the file's errors for the banner. Syntax errors leave the parser's recovered
 * AST, which is drawn as far as it goes. Never throws: when no model can be built, the answer is
 * `invalid`. The language server draws in its render worker instead (`render-handler.ts`).
 */
export function renderResultOf(document: LangiumDocument<Sop>, services: SopServices, options: RenderRequestOptions = {}): RenderResult {
    const input = previewInputOf(document, services, options);
    if ('status' in input) return input;
    try {
        return previewAnswer(document, input, renderPreview(input.model, input.render), options.known);
    } catch (error) {
        return renderFailure(document, services, error);
    }
}

/** The model and drawing options of `document`, or the `invalid` answer when no model can be built. */
export function previewInputOf(document: LangiumDocument<Sop>, services: SopServices, options: RenderRequestOptions): PreviewInput | RenderInvalid {
    try {
        const model = services.model.ModelBuilder.build(document);
        const errors = errorsOf(document);
        // Pages of a file with errors carry the DRAF mark, as the CLI and the exports draw them.
        const render = { paper: options.paper ?? model.paper, errorCount: errors?.count ?? 0, ...(options.continuous ? { continuous: options.continuous } : {}) };
        return { model, errors, render };
    } catch (error) {
        return renderFailure(document, services, error);
    }
}

/** The answer when drawing failed: the file's first error if it has one, else the failure itself. */
export function renderFailure(document: LangiumDocument<Sop>, services: SopServices, error: unknown): RenderInvalid {
    const uri = document.uri.toString();
    const reason = error instanceof Error ? error.message : String(error);
    const first = errorsOf(document)?.first;
    return first ? { status: 'invalid', uri, firstError: first } : invalidAt(uri, services.i18n.Messages.formatFrom(PreviewMessages, PreviewCodes.RenderFailed, reason));
}

export function invalidAt(uri: string, message: string): RenderInvalid {
    const start = { line: 0, character: 0 };
    return { status: 'invalid', uri, firstError: { message, range: { start, end: start } } };
}

/** The `ok` answer from the drawn pages: step ranges and summaries from the model, known pages left out. */
export function previewAnswer(document: LangiumDocument<Sop>, input: PreviewInput, rendering: PreviewRendering, known?: readonly string[]): RenderSuccess {
    const { model, errors } = input;
    const stepRanges: Record<number, SourceRange> = {};
    const nameRanges: Record<number, SourceRange> = {};
    const steps: Record<number, StepSummary> = {};
    for (const step of model.steps) {
        stepRanges[step.number] = step.range;
        nameRanges[step.number] = step.nameRange;
        const { requirements, duration, output } = step.quality;
        steps[step.number] = {
            activity: step.activity, requirements,
            ...(duration ? { duration: duration.display } : {}),
            ...(output !== undefined ? { output } : {}),
        };
    }
    const firstStep = model.steps[0]?.range.start.line;
    return {
        status: 'ok', uri: document.uri.toString(), title: model.title, pages: previewPages(rendering.pages, known), stepRanges, nameRanges,
        identityLines: firstStep ?? document.textDocument.lineCount, paper: input.render.paper, steps,
        ...(rendering.zoom !== undefined ? { zoom: rendering.zoom } : {}),
        ...(errors ? { errors } : {}),
    };
}

/** The pages with their hashes; the SVG of a page the asker already holds stays out. */
export function previewPages(pages: readonly HashedPage[], known: readonly string[] = []): PreviewPage[] {
    const held = new Set(known);
    return pages.map(page => {
        if (!held.has(page.hash)) return page;
        const { svg: _svg, ...rest } = page;
        return rest;
    });
}

/** How many errors the file has and the first of them (by position), or undefined when none. */
function errorsOf(document: LangiumDocument<Sop>): RenderSuccess['errors'] {
    const errors = (document.diagnostics ?? []).filter(d => d.severity === 1)
        .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    if (errors.length === 0) return undefined;
    return { count: errors.length, first: { message: messageText(errors[0]), range: errors[0].range } };
}

function messageText(diagnostic: Diagnostic): string {
    return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}
