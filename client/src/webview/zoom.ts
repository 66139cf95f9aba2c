import type { Box } from './page-markup.js';

/** Zoom steps, as in VS Code's image preview. */
const STEPS = [0.25, 0.33, 0.5, 0.67, 0.75, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3, 4];
/** Room left and right of a page at fit-width (the section's padding). */
const PAGE_MARGIN = 8;
/** White kept around the content when the page margins are trimmed. */
const TRIM_PAD = 6;

export function zoomIn(zoom: number): number {
    return STEPS.find(s => s > zoom + 1e-6) ?? STEPS[STEPS.length - 1];
}

export function zoomOut(zoom: number): number {
    return [...STEPS].reverse().find(s => s < zoom - 1e-6) ?? STEPS[0];
}

/** The zoom at which the widest page fills the container's width. */
export function fitZoom(container: HTMLElement, naturalWidths: number[]): number {
    const widest = Math.max(0, ...naturalWidths);
    if (widest === 0) return 1;
    return Math.max(0.1, (container.clientWidth - 2 * PAGE_MARGIN) / widest);
}

/** Sizes a page (its SVG or its placeholder) for `zoom`. CSSOM writes are allowed under the CSP; style attributes are not. */
export function sizePage(element: HTMLElement | SVGSVGElement, box: Box, zoom: number): void {
    element.style.width = `${Math.round(box.width * zoom)}px`;
    element.style.height = `${Math.round(box.height * zoom)}px`;
}

export function viewBoxText(box: Box): string {
    return `${box.x} ${box.y} ${box.width} ${box.height}`;
}

/**
 * At fit-width the paper's own margins only waste the panel's width, so pages are shown cut to
 * this box: the union of the drawn elements' boxes, the white paper rectangle left out, with a
 * little white kept around. Needs the SVG in the document (it is measured).
 */
export function contentBox(svg: SVGSVGElement): Box | undefined {
    let x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
    for (const child of Array.from(svg.children)) {
        if (!(child instanceof SVGGraphicsElement) || child.classList.contains('sop-paper')) continue;
        const b = child.getBBox();
        if (b.width === 0 && b.height === 0) continue;
        x1 = Math.min(x1, b.x); y1 = Math.min(y1, b.y);
        x2 = Math.max(x2, b.x + b.width); y2 = Math.max(y2, b.y + b.height);
    }
    if (!Number.isFinite(x1)) return undefined;
    const r = (v: number) => Math.round(v * 100) / 100;
    return { x: r(x1 - TRIM_PAD), y: r(y1 - TRIM_PAD), width: r(x2 - x1 + 2 * TRIM_PAD), height: r(y2 - y1 + 2 * TRIM_PAD) };
}
