/**
 * Messages between the extension and the language server, declared once. Webview messages live in
 * `webview-protocol.ts`. Names follow `sop/<verb>`.
 */
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { PaperSize, SourceRange } from '../model/sop-document.js';
import type { RenderedPage } from '../render/render-types.js';
import type { TimeSummary } from '../model/time-summary.js';

export interface RenderParams {
    uri: string;
    paper?: PaperSize;
    /** The continuous reading mode: one sheet as wide as the panel, no page breaks, text at the editor's size. */
    continuous?: ContinuousView;
    /**
     * Hashes of the pages the asker already holds (the `hash` of pages it was sent before): the
     * answer leaves out the SVG of every page whose hash is listed. A one-character edit of a
     * 200-step SOP changes one page of 26, so the answer drops from ~880 KB to one page.
     */
    known?: string[];
}

/** A page of the answer: `svg` is left out when the request listed `hash` under `known` (the page did not change). */
export type PreviewPage = Omit<RenderedPage, 'svg'> & { hash: string; svg?: string };

/**
 * The answer's pages, each with its SVG: sent ones as they came, the others from `held` (hash →
 * SVG of the pages the asker holds). Undefined when a left-out page is not held (ask again without `known`).
 */
export function completePages(pages: readonly PreviewPage[], held: ReadonlyMap<string, string> = new Map()): Array<RenderedPage & { hash: string }> | undefined {
    const complete: Array<RenderedPage & { hash: string }> = [];
    for (const page of pages) {
        const svg = page.svg ?? held.get(page.hash);
        if (svg === undefined) return undefined;
        complete.push({ ...page, svg });
    }
    return complete;
}

export interface ContinuousView {
    /** The panel's width in CSS px. */
    width: number;
    /** The text size wanted on screen in CSS px (the editor's font size, times the preview's zoom). */
    fontSize: number;
}

export interface RenderSuccess {
    status: 'ok';
    uri: string;
    title: string;
    pages: PreviewPage[];
    /** Source range of each step's declaration, by step number (for click-to-source and scroll sync). */
    stepRanges: Record<number, SourceRange>;
    /** Source range of each step's name, by step number (a click puts the cursor there). */
    nameRanges: Record<number, SourceRange>;
    /** The first line of the first step: lines above it are the identity sheet (scroll sync). */
    identityLines: number;
    /** Set in continuous mode: the zoom at which the text shows at the requested size. */
    zoom?: number;
    /** The file's errors, when it has some: the pages are what could be built, under a banner. */
    errors?: { count: number; first: { message: string; range: SourceRange } };
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
    /** Why nothing could be drawn (no model could be built): the preview keeps its last picture and shows this. */
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

/** Formats of the SOP book (`sop book`, "SOP: Export Book…"). */
export type BookFormatName = 'pdf' | 'docx';

export interface ExportBookParams {
    /** File URI of the folder whose `.sop` files (searched recursively) make the book. */
    folder: string;
    format: BookFormatName;
    /** File system path of the book to write. */
    target: string;
    paper?: PaperSize;
    /** The cover's title; default the SOP-AP heading. */
    title?: string;
}

/** What writing a book or a form of several SOPs gives back. */
export type CollectionExportResult =
    | { status: 'ok'; file: string; count: number }
    /** SOPs with errors: the book or form is complete or not written. */
    | { status: 'errors'; files: Array<{ uri: string; errors: number }> }
    | { status: 'invalid'; message: string };

export type ExportBookResult = CollectionExportResult;

/** Pull: compile every SOP under `folder` (editor text where open) into one book at `target`. */
export const ExportBookRequest = new RequestType<ExportBookParams, ExportBookResult, void>('sop/exportBook');

/** The forms of format reference section 7 (`sop forms --kind`). */
export type FormKindName = 'monitoring' | 'evaluasi';

export interface ExportFormsParams {
    /** File URI of one `.sop` file, or of a folder whose `.sop` files (searched recursively) the form covers. */
    resource: string;
    kind: FormKindName;
    /** `pdf` or `docx`, as the book. */
    format: BookFormatName;
    /** File system path of the form to write. */
    target: string;
    paper?: PaperSize;
}

export type ExportFormsResult = CollectionExportResult;

/** Pull: the monitoring or evaluation form of one SOP or every SOP under a folder (editor text where open), written to `target`. */
export const ExportFormsRequest = new RequestType<ExportFormsParams, ExportFormsResult, void>('sop/exportForms');
