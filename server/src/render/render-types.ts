/**
 * The renderer's output contract, shared by preview, exports and CLI. The renderer
 * (`renderSop` in `render/index.ts`) is pure: same SopDocument and options, same bytes.
 */
import type { PaperSize } from '../model/sop-document.js';
import type { ContinuousSheet } from './paper.js';

export interface RenderOptions {
    /** Overrides the paper size written in the SOP; a continuous sheet has no page breaks (the preview's reading mode). */
    paper?: PaperSize | ContinuousSheet;
    /** A `data:image/...` URI drawn as the logo (the renderer reads no files); without it a logo path draws a placeholder box. */
    logoDataUri?: string;
    /**
     * Errors the document has (from `sop check` or the language server). Above 0, every page is marked
     * "DRAF — belum valid: N kesalahan" in its footer: an invalid document is drawn, but cannot pass for a signed one.
     */
    errorCount?: number;
}

export type ShapeKind = 'terminator' | 'process' | 'decision' | 'connector';

/**
 * One end of an arrow: a symbol in a step's actor cell (`symbol`: the model's symbol id), or an off-page connector attached to a step.
 */
export type ArrowEnd =
    | { kind: 'symbol'; step: number; symbol: string }
    | { kind: 'connector'; step: number; connector: string };

export interface LaidOutShape {
    step: number;
    actor: string;
    /** Symbol id (the model's `FlowSymbol.id`, `<step>.<actor>`); connectors have none. */
    symbol?: string;
    /** The actor cell the symbol stands in (`<step>.<actor>`: one symbol per cell); connectors have none. */
    cell?: string;
    /** A joined box (`bersama`, no arrows of its own): the symbol id of the row's entry it is tied to. */
    joinedTo?: string;
    /** A connector's label. */
    connector?: string;
    kind: ShapeKind;
    x: number;
    y: number;
    width: number;
    height: number;
}

export interface LaidOutArrow {
    from: ArrowEnd;
    to: ArrowEnd;
    label?: string;
    /** Where the branch label is drawn: its baseline, and the end it is anchored at. */
    labelAt?: { x: number; y: number; anchor: 'start' | 'end' };
    points: Array<[number, number]>;
}

/** `x`, `y`: top-left corner of the connector symbol. */
export interface LaidOutConnector {
    label: string;
    step: number;
    position: 'top' | 'bottom';
    x: number;
    y: number;
}

/** The flowchart table of a page: its frame (header included) and the rules an arrow must keep clear of. */
export interface LaidOutTable {
    x: number;
    y: number;
    width: number;
    height: number;
    /** Top of the first step row (the bottom of the two header rows). */
    bodyTop: number;
    /** x of every vertical rule, left to right (frame included). */
    columnRules: number[];
    /** y of every horizontal rule of the body, top to bottom (`bodyTop` … bottom of the frame). */
    rowRules: number[];
    /** The actor columns, left to right. */
    actorColumns: Array<{ actor: string; x: number; width: number }>;
}

/** The plain line joining two symbols of a joint row (no arrow may run along or through it). */
export interface LaidOutJoin {
    step: number;
    /** Symbol ids of the two symbols it joins, left one first. */
    from: string;
    to: string;
    x1: number;
    x2: number;
    y: number;
}

export interface LaidOutPage {
    number: number;
    kind: 'identity' | 'flowchart';
    width: number;
    height: number;
    /** Step numbers of the table rows on this page. */
    rows: number[];
    shapes: LaidOutShape[];
    arrows: LaidOutArrow[];
    connectors: LaidOutConnector[];
    /** Joint lines between symbols of one row. */
    joins: LaidOutJoin[];
    /** Flowchart pages only. Connectors lie outside it: `top` ones above the frame, `bottom` ones below. */
    table?: LaidOutTable;
    /** The identity block, when a short SOP prints it on the same page above its table. */
    identity?: { x: number; y: number; width: number; height: number };
}

/** The JSON description of the laid-out document (`sop render --format json`). */
export interface LayoutDocument {
    pages: LaidOutPage[];
}

export interface RenderedPage {
    number: number;
    kind: 'identity' | 'flowchart';
    /** A complete standalone SVG document for this page. Elements of a step carry `data-step="<n>"`, symbols also `data-symbol`. */
    svg: string;
    /** A plain-text description of the page for screen readers. */
    description: string;
}

export interface RenderedDocument {
    layout: LayoutDocument;
    pages: RenderedPage[];
}
