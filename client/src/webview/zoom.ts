/** Zoom steps, as in VS Code's image preview. */
const STEPS = [0.25, 0.33, 0.5, 0.67, 0.75, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3, 4];
const PAGE_MARGIN = 24;

export interface ZoomState {
    zoom: number;
    /** Fit-width mode: the zoom follows the panel's width. */
    fit: boolean;
}

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

/** The page's size in CSS px at zoom 1: its viewBox (page units are px at 96 dpi). */
export function naturalSize(svg: SVGSVGElement): { width: number; height: number } {
    const box = svg.viewBox.baseVal;
    if (box && box.width > 0 && box.height > 0) return { width: box.width, height: box.height };
    return { width: svg.width.baseVal.value || 800, height: svg.height.baseVal.value || 600 };
}

/** Sizes every page's SVG for `zoom`. CSSOM writes are allowed under the CSP; style attributes are not. */
export function applyZoom(svgs: SVGSVGElement[], zoom: number): void {
    for (const svg of svgs) {
        const { width, height } = naturalSize(svg);
        svg.style.width = `${Math.round(width * zoom)}px`;
        svg.style.height = `${Math.round(height * zoom)}px`;
    }
}
