/**
 * Messages between the extension and the language server, declared once. Webview messages live in
 * `webview-protocol.ts`. Names follow `sop/<verb>`.
 */
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { PaperSize, SourceRange } from '../model/sop-document.js';
import type { LayoutDocument, RenderedPage } from '../render/render-types.js';
import type { TimeSummary } from '../model/time-summary.js';

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
    /** The paper the pages were laid out on (the request's, else the SOP's `kertas`). */
    paper: PaperSize;
    /** Activity and mutu baku of each step, by step number (the preview's hover). */
    steps: Record<number, StepSummary>;
}

export interface StepSummary {
    activity: string;
    requirements: string[];
    /** As printed in the WAKTU column. */
    duration?: string;
    output?: string;
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

export interface TimeSummaryParams {
    uri: string;
}

export interface TimeSummarySuccess {
    status: 'ok';
    uri: string;
    title: string;
    steps: number;
    actors: number;
    decisions: number;
    summary: TimeSummary;
    /** The totals already worded in the server's locale (main path, then per actor). */
    display: {
        mainPath: string;
        perActor: Array<{ actor: string; label: string; mainPath: string; allSteps: string }>;
    };
}

export type TimeSummaryResult = TimeSummarySuccess | { status: 'invalid'; uri: string };

/** Pull: the main-path time and per-actor totals of the SOP at `uri` (command "Show Time Summary"). */
export const TimeSummaryRequest = new RequestType<TimeSummaryParams, TimeSummaryResult, void>('sop/timeSummary');

/** Formats the editor's "Export…" command offers (the CLI's `sop export` has the same names). */
export type ExportFormatName = 'pdf' | 'docx' | 'html' | 'svg' | 'png' | 'mermaid';

export interface ExportParams {
    uri: string;
    format: ExportFormatName;
    paper?: PaperSize;
    /** File system path: the file to write (one-file formats) or the folder for the pages (svg, png). */
    target: string;
}

export type ExportResult =
    | { status: 'ok'; uri: string; files: string[] }
    | { status: 'invalid'; uri: string; message: string };

/** Pull: render the SOP at `uri` and write it in `format` to `target` (atomically, by the server's export module). */
export const ExportRequest = new RequestType<ExportParams, ExportResult, void>('sop/export');
