/**
 * Messages between the extension host and the preview webview, declared once. Both sides handle
 * them with an exhaustive switch on `type`. This file is read by browser code too: types only
 * from other modules, no Node or VS Code imports.
 */
import type { PaperSize, SourceRange } from '../model/sop-document.js';
import type { StepSummary } from './sop-protocol.js';

// The client and the webview reach the model's types only through the protocol.
export type { PaperSize, SourceRange };

/** Exact pages on paper, or one sheet as wide as the panel with no page breaks (reading mode). */
export type PreviewMode = 'pages' | 'continuous';
export const PREVIEW_MODES: readonly PreviewMode[] = ['pages', 'continuous'];

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
    modePages: string;
    modeContinuous: string;
    locked: string;
    following: string;
    /** "Halaman {0} / {1}" */
    pageIndicator: string;
    /** "Baris {0} di kolom {1}: {2}" — line, column, message. */
    errorBanner: string;
    /** "{0} kesalahan; yang pertama: " — shown before `errorBanner` when there are several. */
    errorCount: string;
    goToError: string;
    /** "Langkah {0}: {1}" — number, activity. */
    stepLabel: string;
    requirements: string;
    duration: string;
    output: string;
    empty: string;
    pages: string;
}

/**
 * The webview's strings in English: the l10n keys the host translates (l10n/bundle.l10n.id.json), and
 * what the webview shows until the host's `config` message brings the localised ones.
 */
export const PREVIEW_STRINGS_EN: PreviewStrings = {
    toolbar: 'Preview toolbar',
    zoomIn: 'Zoom in (+)',
    zoomOut: 'Zoom out (-)',
    zoomFit: 'Fit width (0)',
    paper: 'Paper',
    exportSvg: 'Export as SVG',
    modePages: 'Pages',
    modeContinuous: 'Continuous',
    locked: 'Locked to this file',
    following: 'Follows the active editor',
    pageIndicator: 'Page {0} / {1}',
    errorBanner: 'Line {0}, column {1}: {2}',
    errorCount: '{0} errors; the first: ',
    goToError: 'Go to the error',
    stepLabel: 'Step {0}: {1}',
    requirements: 'Requirements',
    duration: 'Time',
    output: 'Output',
    empty: 'Waiting for the language server…',
    pages: 'SOP pages',
};

export interface RenderMessage {
    type: 'render';
    /** Increments with every render the host sends; the webview shows it in `body[data-version]`. */
    version: number;
    uri: string;
    title: string;
    paper: PaperSize;
    pages: WebviewPage[];
    steps: Record<number, WebviewStepInfo>;
    /** Where each step and the identity sheet are written (scroll sync). */
    lines: SourceLines;
    /** The pages were laid out for the panel (continuous mode) and are shown at this zoom. */
    continuousZoom?: number;
    /** The file's errors: the pages show what could be built, under a banner naming the first. */
    errors?: { count: number; message: string; line: number; column: number };
}

/** 0-based lines: the identity sheet is written above `identityEnd`; `steps[n]` = [first, last] line of step n. */
export interface SourceLines {
    identityEnd: number;
    steps: Record<number, [number, number]>;
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
    /** Defaults: pages; scroll sync on. */
    mode?: PreviewMode;
    scrollSync?: boolean;
}

/** The editor's top visible line moved (0-based, fractional within the line): scroll to it. */
export interface ScrollToMessage {
    type: 'scrollTo';
    line: number;
}

export type HostToWebviewMessage = RenderMessage | InvalidMessage | HighlightMessage | ConfigMessage | ScrollToMessage;

export interface ReadyMessage { type: 'ready' }
/** A click on a step: `focus` (a double click) moves the focus to the editor. */
export interface RevealMessage { type: 'reveal'; step: number; focus: boolean }
export interface RevealErrorMessage { type: 'revealError' }
export interface ZoomMessage { type: 'zoom'; zoom: number; fit: boolean }
export interface SetPaperMessage { type: 'setPaper'; paper: PaperSize }
export interface ExportMessage { type: 'export'; format: 'svg' }
/**
 * The panel's width and the text scale (the continuous mode's zoom); `mode` only when the user
 * chose one (the host remembers the workspace's mode and tells a new webview in `config`).
 */
export interface ViewMessage { type: 'view'; mode?: PreviewMode; width: number; textScale: number }
/** The preview was scrolled by the user: the line (0-based, fractional) now at its top. */
export interface ScrolledMessage { type: 'scrolled'; line: number }

export type WebviewToHostMessage = ReadyMessage | RevealMessage | RevealErrorMessage | ZoomMessage | SetPaperMessage | ExportMessage
    | ViewMessage | ScrolledMessage;

/** What the webview keeps with `setState`, so a restored preview reopens the same file and view. */
export interface PreviewState {
    uri?: string;
    locked?: boolean;
    paper?: PaperSize;
    zoom?: number;
    fit?: boolean;
    scrollTop?: number;
    mode?: PreviewMode;
    /** The continuous mode's zoom: it scales the text the sheet is laid out for. */
    textScale?: number;
}

const isPaper = (value: unknown): value is PaperSize => PAPER_SIZES.includes(value as PaperSize);
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) > 0;
const isPositive = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value > 0;

/** One check per message type; the mapped type makes the compiler demand a check for every type. */
const webviewMessageChecks: { [K in WebviewToHostMessage['type']]: (m: Record<string, unknown>) => boolean } = {
    ready: () => true,
    reveal: m => isCount(m.step) && typeof m.focus === 'boolean',
    revealError: () => true,
    zoom: m => typeof m.zoom === 'number' && Number.isFinite(m.zoom) && m.zoom > 0 && typeof m.fit === 'boolean',
    setPaper: m => isPaper(m.paper),
    export: m => m.format === 'svg',
    view: m => (m.mode === undefined || PREVIEW_MODES.includes(m.mode as PreviewMode)) && isPositive(m.width) && isPositive(m.textScale),
    scrolled: m => typeof m.line === 'number' && Number.isFinite(m.line) && m.line >= 0,
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

/** The scroll-sync map of a render: ranges by step number, and where the steps begin. */
export function sourceLines(stepRanges: Record<number, SourceRange>, identityEnd: number): SourceLines {
    const steps: Record<number, [number, number]> = {};
    for (const [step, range] of Object.entries(stepRanges)) steps[Number(step)] = [range.start.line, range.end.line];
    return { identityEnd, steps };
}
