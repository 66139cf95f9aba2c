/**
 * Messages between the extension and the language server, declared once. Webview messages live in
 * `webview-protocol.ts`. Names follow `sop/<verb>`.
 */
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { PaperSize, SourceRange } from '../model/sop-document.js';
import type { LayoutDocument, RenderedPage } from '../render/render-types.js';

export interface RenderParams {
    uri: string;
    paper?: PaperSize;
}

export interface RenderSuccess {
    status: 'ok';
    uri: string;
    title: string;
    pages: RenderedPage[];
    layout: LayoutDocument;
    /** Source range of each step's declaration, by step number (for click-to-source). */
    stepRanges: Record<number, SourceRange>;
}

export interface RenderInvalid {
    status: 'invalid';
    uri: string;
    /** The first syntax or linking error: the preview keeps its last good picture and shows this. */
    firstError: { message: string; range: SourceRange };
}

export type RenderResult = RenderSuccess | RenderInvalid;

/** Pull: render the SOP at `uri` as it is now in the server. */
export const RenderRequest = new RequestType<RenderParams, RenderResult, void>('sop/render');

export interface DocumentsChangedParams {
    uris: string[];
}

/** Push: these documents were re-validated; previews showing one of them should pull again. */
export const DocumentsChangedNotification = new NotificationType<DocumentsChangedParams>('sop/documentsChanged');
