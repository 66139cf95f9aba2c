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
}

export type ShapeKind = 'terminator' | 'process' | 'decision' | 'connector';

export interface LaidOutShape {
    step: number;
    actor: string;
    kind: ShapeKind;
    x: number;
    y: number;
    width: number;
    height: number;
}

export interface LaidOutArrow {
    /** Step numbers, or the connector label for an arrow cut at a page break. */
    from: number | string;
    to: number | string;
    label?: string;
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
    /** Flowchart pages only. Connectors lie outside it: `top` ones above the frame, `bottom` ones below. */
    table?: LaidOutTable;
}

/** The JSON description of the laid-out document (`sop render --format json`). */
export interface LayoutDocument {
    pages: LaidOutPage[];
}

export interface RenderedPage {
    number: number;
    kind: 'identity' | 'flowchart';
    /** A complete standalone SVG document for this page. Elements of a step carry `data-step="<n>"`. */
    svg: string;
    /** A plain-text description of the page for screen readers. */
    description: string;
}

export interface RenderedDocument {
    layout: LayoutDocument;
    pages: RenderedPage[];
}
