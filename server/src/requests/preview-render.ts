import { createHash } from 'node:crypto';
import type { PaperSize, SopDocument } from '../model/sop-document.js';
import type { ContinuousView } from '../protocol/sop-protocol.js';
import type { RenderedPage } from '../render/render-types.js';
import { renderSop, type RenderedDocument } from '../render/index.js';
import { STYLE } from '../render/render-style.js';
import { PX_PER_MM, type ContinuousSheet } from '../render/paper.js';
import { maxOf } from '../render/max-of.js';

/**
 * The preview's drawing step, from the plain-data model to hashed pages. Pure (it imports nothing
 * of the language), so it runs unchanged in the render worker (`server/src/render-worker.ts`) and in
 * the server's own thread when no worker can start.
 */
export interface PreviewRenderOptions {
    paper: PaperSize;
    continuous?: ContinuousView;
    errorCount: number;
}

export interface PreviewRendering {
    pages: HashedPage[];
    /** The zoom of a continuous sheet (absent for paper). */
    zoom?: number;
}

export type HashedPage = RenderedPage & { hash: string };

export function renderPreview(model: SopDocument, options: PreviewRenderOptions): PreviewRendering {
    const continuous = options.continuous ? renderContinuous(model, options.continuous, options.errorCount) : undefined;
    const rendered = continuous?.rendered ?? renderSop(model, { paper: options.paper, errorCount: options.errorCount });
    return {
        pages: rendered.pages.map(page => ({ ...page, hash: pageHash(page.svg) })),
        ...(continuous ? { zoom: continuous.zoom } : {}),
    };
}

/** Identifies a page's SVG (the renderer is deterministic: same model and options, same bytes). */
export function pageHash(svg: string): string {
    return createHash('sha1').update(svg).digest('base64url');
}

/** The continuous mode never shows the table text smaller than this (CSS px), even if the table must scroll sideways. */
export const MIN_CONTINUOUS_TEXT_PX = 12;

/**
 * The continuous sheet for a panel: laid out narrower than the panel by the zoom that shows the
 * body text at `fontSize`, so the sheet fills the panel's width at that zoom.
 */
export function continuousSheet(view: ContinuousView, zoom = Math.max(MIN_CONTINUOUS_TEXT_PX, view.fontSize) / STYLE.smallFont.size): { sheet: ContinuousSheet; zoom: number } {
    return { sheet: { kind: 'continuous', widthMm: view.width / zoom / PX_PER_MM }, zoom };
}

/**
 * Renders a continuous sheet. A table wider than the sheet (its columns have minimum widths) gets
 * a wider sheet shown at a smaller zoom, down to 12 px text; past that the sheet scrolls sideways.
 */
function renderContinuous(model: SopDocument, view: ContinuousView, errorCount: number): { rendered: RenderedDocument; zoom: number } {
    const first = continuousSheet(view);
    const rendered = renderSop(model, { paper: first.sheet, errorCount });
    const needed = Math.max(0, maxOf(rendered.layout.pages, p => (p.table ? p.table.x * 2 + p.table.width : 0)));
    const width = first.sheet.widthMm * PX_PER_MM;
    if (needed <= width + 0.5) return { rendered, zoom: first.zoom };
    const zoom = Math.max(MIN_CONTINUOUS_TEXT_PX / STYLE.smallFont.size, view.width / needed);
    const widthMm = Math.max(needed, view.width / zoom) / PX_PER_MM;
    return { rendered: renderSop(model, { paper: { kind: 'continuous', widthMm }, errorCount }), zoom };
}
