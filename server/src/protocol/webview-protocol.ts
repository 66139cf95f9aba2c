/**
 * Messages between the extension host and the preview webview, declared once. Both sides handle
 * them with an exhaustive switch on `type`. This file is read by browser code too: types only
 * from other modules, no Node or VS Code imports.
 */
import type { PaperSize } from '../model/sop-document.js';
import type { StepSummary } from './sop-protocol.js';

/** The paper sizes the preview offers, in menu order. */
export const PAPER_SIZES: readonly PaperSize[] = ['A4', 'F4', 'Letter', 'Legal'];

/** One page as the webview shows it. `svg` is the renderer's standalone SVG document. */
export interface WebviewPage {
    number: number;
    kind: 'identity' | 'flowchart';
    svg: string;
    description: string;
}

/** What hovering a step's shape shows: its activity and mutu baku. */
export type WebviewStepInfo = StepSummary;

/** User-visible strings of the webview, localised by the host. `{0}`, `{1}` are placeholders. */
export interface PreviewStrings {
    toolbar: string;
    zoomIn: string;
    zoomOut: string;
    zoomFit: string;
    paper: string;
    exportSvg: string;
    locked: string;
    following: string;
    /** "Halaman {0} / {1}" */
    pageIndicator: string;
    /** "Baris {0} di kolom {1}: {2}" — line, column, message. */
    errorBanner: string;
    goToError: string;
    /** "Langkah {0}: {1}" — number, activity. */
    stepLabel: string;
    requirements: string;
    duration: string;
    output: string;
    empty: string;
    pages: string;
}

export interface RenderMessage {
    type: 'render';
    /** Increments with every render the host sends; the webview shows it in `body[data-version]`. */
    version: number;
    uri: string;
    title: string;
    paper: PaperSize;
    pages: WebviewPage[];
    steps: Record<number, WebviewStepInfo>;
}

export interface InvalidMessage {
    type: 'invalid';
    message: string;
    /** 1-based. */
    line: number;
    /** 1-based. */
    column: number;
}

export interface HighlightMessage {
    type: 'highlight';
    /** The step under the editor cursor, or null for none. */
    step: number | null;
}

export interface ConfigMessage {
    type: 'config';
    /** The paper chosen in the preview, or undefined to follow the SOP's `kertas`. */
    paper?: PaperSize;
    locked: boolean;
    strings: PreviewStrings;
}

export type HostToWebviewMessage = RenderMessage | InvalidMessage | HighlightMessage | ConfigMessage;

export interface ReadyMessage { type: 'ready' }
export interface RevealMessage { type: 'reveal'; step: number }
export interface RevealErrorMessage { type: 'revealError' }
export interface ZoomMessage { type: 'zoom'; zoom: number; fit: boolean }
export interface SetPaperMessage { type: 'setPaper'; paper: PaperSize }
export interface ExportMessage { type: 'export'; format: 'svg' }

export type WebviewToHostMessage = ReadyMessage | RevealMessage | RevealErrorMessage | ZoomMessage | SetPaperMessage | ExportMessage;

/** What the webview keeps with `setState`, so a restored preview reopens the same file and view. */
export interface PreviewState {
    uri?: string;
    locked?: boolean;
    paper?: PaperSize;
    zoom?: number;
    fit?: boolean;
    scrollTop?: number;
}

const isPaper = (value: unknown): value is PaperSize => PAPER_SIZES.includes(value as PaperSize);
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) > 0;

/** One check per message type; the mapped type makes the compiler demand a check for every type. */
const webviewMessageChecks: { [K in WebviewToHostMessage['type']]: (m: Record<string, unknown>) => boolean } = {
    ready: () => true,
    reveal: m => isCount(m.step),
    revealError: () => true,
    zoom: m => typeof m.zoom === 'number' && Number.isFinite(m.zoom) && m.zoom > 0 && typeof m.fit === 'boolean',
    setPaper: m => isPaper(m.paper),
    export: m => m.format === 'svg',
};

/** The message types the webview may send, for tests and validation. */
export const WEBVIEW_MESSAGE_TYPES = Object.keys(webviewMessageChecks) as Array<WebviewToHostMessage['type']>;

/** The host does not trust the webview blindly: anything malformed is ignored. */
export function isWebviewToHostMessage(value: unknown): value is WebviewToHostMessage {
    if (typeof value !== 'object' || value === null) return false;
    const m = value as Record<string, unknown>;
    const check = typeof m.type === 'string' && Object.hasOwn(webviewMessageChecks, m.type)
        ? webviewMessageChecks[m.type as WebviewToHostMessage['type']] : undefined;
    return check !== undefined && check(m);
}

/** Replaces `{0}`, `{1}` … in a localised template. */
export function formatString(template: string, ...args: Array<string | number>): string {
    return template.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}
