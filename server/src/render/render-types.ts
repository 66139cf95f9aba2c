/**
 * The renderer's output contract, shared by preview, exports and CLI. The renderer
 * (`renderSop` in `render/index.ts`) is pure: same SopDocument and options, same bytes.
 */
import type { PaperSize } from '../model/sop-document.js';

export interface RenderOptions {
    /** Overrides the paper size written in the SOP. */
    paper?: PaperSize;
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

export interface LaidOutConnector {
    label: string;
    step: number;
    position: 'top' | 'bottom';
    x: number;
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
