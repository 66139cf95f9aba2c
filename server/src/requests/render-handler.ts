import { DocumentState, isOperationCancelled, ReadPriority, URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { ErrorCodes, LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';
import type { PaperSize } from '../model/sop-document.js';
import type { Sop } from '../language/generated/ast.js';
import type { SopServices } from '../language/sop-module.js';
import { DocumentsChangedNotification, RenderRequest, type RenderParams, type RenderResult } from '../protocol/sop-protocol.js';
import { PreviewCodes, PreviewMessages } from './preview-messages.js';
import { invalidAt, previewAnswer, previewInputOf, renderFailure, type PreviewInput } from './render-result.js';
import { CANCELLED, findRenderWorker, PreviewRenderer } from './preview-renderer.js';

const PAPER_SIZES: readonly unknown[] = ['A4', 'F4', 'Letter', 'Legal'] satisfies PaperSize[];

/**
 * The preview's side of the server: pushes `sop/documentsChanged` whenever documents reach the
 * Validated state, and answers `sop/render` once the requested document is validated.
 */
export function registerPreviewHandlers(shared: LangiumSharedServices, sop: SopServices): void {
    const connection = shared.lsp.Connection;
    if (!connection) return;
    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, documents => {
        const uris = documents.map(d => d.uri.toString());
        if (uris.length > 0) void connection.sendNotification(DocumentsChangedNotification, { uris });
    });
    const renderer = new PreviewRenderer<RenderContext>(line => connection.console.warn(line), findRenderWorker());
    connection.onRequest(RenderRequest, (params, token) => answerRender(shared, sop, renderer, params, token));
}

/** What a render's answer is built from besides the pages (the newer render's, for a superseded one). */
interface RenderContext {
    document: LangiumDocument<Sop>;
    input: PreviewInput;
}

async function answerRender(
    shared: LangiumSharedServices, sop: SopServices, renderer: PreviewRenderer<RenderContext>, params: RenderParams, token: CancellationToken
): Promise<RenderResult | ResponseError<void>> {
    if (typeof params.uri !== 'string' || (params.paper !== undefined && !PAPER_SIZES.includes(params.paper))
        || (params.known !== undefined && !(Array.isArray(params.known) && params.known.every(k => typeof k === 'string')))) {
        // `paper` reaches a lookup table: only the four sizes, never `__proto__` and the like.
        return new ResponseError(ErrorCodes.InvalidParams, `sop/render: uri must be a string, paper one of ${PAPER_SIZES.join(', ')}, known a list of strings`);
    }
    try {
        const document = await validatedDocument(shared, params.uri, token);
        if (!document) return invalidAt(params.uri, sop.i18n.Messages.formatFrom(PreviewMessages, PreviewCodes.DocumentMissing, params.uri));
        // The state was awaited above; read right away, as Langium's own request handlers do. Only the
        // model is built here (it reads the AST); the pages are drawn by the render worker.
        const options = { paper: params.paper, continuous: params.continuous };
        const input = await shared.workspace.WorkspaceLock.read(() => previewInputOf(document, sop, options), ReadPriority.Immediate);
        if ('status' in input) return input;
        const key = JSON.stringify([params.uri, input.render.paper, input.render.continuous ?? null]);
        let rendered;
        try {
            rendered = await renderer.render(key, input.model, input.render, { document, input }, () => token.isCancellationRequested);
        } catch (error) {
            return renderFailure(document, sop, error);
        }
        if (rendered === CANCELLED || token.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'The request has been cancelled.');
        // Page diffing stays here: `known` is per asker, and the worker only draws.
        return previewAnswer(rendered.context.document, rendered.context.input, rendered.rendering, params.known);
    } catch (error) {
        if (isOperationCancelled(error)) return new ResponseError(LSPErrorCodes.RequestCancelled, 'The request has been cancelled.');
        const reason = error instanceof Error ? error.message : String(error);
        return invalidAt(params.uri, sop.i18n.Messages.formatFrom(PreviewMessages, PreviewCodes.RenderFailed, reason));
    }
}

async function validatedDocument(shared: LangiumSharedServices, uriText: string, token: CancellationToken): Promise<LangiumDocument<Sop> | undefined> {
    await shared.workspace.WorkspaceManager.ready;
    const uri = URI.parse(uriText);
    if (!shared.workspace.LangiumDocuments.hasDocument(uri)) return undefined;
    await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, uri, token);
    return shared.workspace.LangiumDocuments.getDocument(uri) as LangiumDocument<Sop> | undefined;
}

