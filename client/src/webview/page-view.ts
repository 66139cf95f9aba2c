import { formatString, type WebviewPage } from '../../../server/src/protocol/webview-protocol.js';
import { importSvg } from './svg-sanitize.js';
import { applyZoom, naturalSize, trimMargins } from './zoom.js';

/**
 * The stacked pages in `#sop-pages`: swaps their SVG in place (so zoom and scroll survive an
 * update), sizes them for the zoom and keeps the page indicator current.
 */
export class PageView {
    private svgs: SVGSVGElement[] = [];
    /** The SVG text each page was last built from: an edit usually changes one page, not all. */
    private sources: string[] = [];
    private indicatorTemplate = 'Page {0} / {1}';
    /** Pages shown cut to their content (fit-width). */
    private trimmed = false;

    constructor(readonly container: HTMLElement, private readonly indicator: HTMLElement) {
        container.addEventListener('scroll', () => this.updateIndicator(), { passive: true });
    }

    get pageCount(): number {
        return this.svgs.length;
    }

    show(pages: WebviewPage[], zoom: number): void {
        const { scrollTop, scrollLeft } = this.container;
        this.container.querySelector('#sop-empty')?.remove();
        const sections = Array.from(this.container.querySelectorAll<HTMLElement>('section.sop-page'));
        const previous = sections.map(section => section.querySelector<SVGSVGElement>(':scope > svg'));
        this.svgs = [];
        pages.forEach((page, i) => {
            const section = sections[i] ?? this.container.appendChild(document.createElement('section'));
            section.className = 'sop-page';
            section.dataset.page = String(page.number);
            section.setAttribute('aria-label', page.description);
            const kept = previous[i];
            if (kept && this.sources[i] === page.svg) {
                this.svgs.push(kept);
                return;
            }
            this.sources[i] = page.svg;
            const svg = importSvg(page.svg, `p${page.number}-`);
            if (!svg) {
                this.sources[i] = '';
                return section.replaceChildren();
            }
            // The section names the page; the shapes inside stay reachable for keyboard and screen readers.
            svg.setAttribute('role', 'group');
            svg.removeAttribute('aria-labelledby');
            section.replaceChildren(svg);
            this.svgs.push(svg);
        });
        sections.slice(pages.length).forEach(s => s.remove());
        this.sources.length = pages.length;
        if (this.trimmed) trimMargins(this.svgs, true);
        applyZoom(this.svgs, zoom);
        this.container.scrollTop = scrollTop;
        this.container.scrollLeft = scrollLeft;
        this.updateIndicator();
    }

    /** Re-sizes the pages, keeping the point at the middle of the view in place. */
    setZoom(zoom: number, previous: number): void {
        const c = this.container;
        const ratio = zoom / previous;
        const middleY = (c.scrollTop + c.clientHeight / 2) * ratio - c.clientHeight / 2;
        const middleX = (c.scrollLeft + c.clientWidth / 2) * ratio - c.clientWidth / 2;
        applyZoom(this.svgs, zoom);
        c.scrollTop = Math.max(0, middleY);
        c.scrollLeft = Math.max(0, middleX);
        this.updateIndicator();
    }

    /** Cuts the pages to their content, or shows them whole; the caller re-applies the zoom. */
    setTrimmed(trimmed: boolean): void {
        if (trimmed === this.trimmed) return;
        this.trimmed = trimmed;
        trimMargins(this.svgs, trimmed);
    }

    /** Drops every page (another file is shown: nothing of the last one may be reused). */
    clear(): void {
        this.container.querySelectorAll('section.sop-page').forEach(s => s.remove());
        this.svgs = [];
        this.sources = [];
    }

    naturalWidths(): number[] {
        return this.svgs.map(svg => naturalSize(svg).width);
    }

    setIndicatorTemplate(template: string): void {
        this.indicatorTemplate = template;
        this.updateIndicator();
    }

    /** The page that covers the middle of the view (or the last one above it). */
    currentPage(): number {
        const middle = this.container.getBoundingClientRect().top + this.container.clientHeight / 2;
        let current = 0;
        this.svgs.forEach((svg, i) => { if (svg.getBoundingClientRect().top <= middle) current = i; });
        return this.svgs.length === 0 ? 0 : current + 1;
    }

    private updateIndicator(): void {
        this.indicator.textContent = this.svgs.length === 0 ? '' : formatString(this.indicatorTemplate, this.currentPage(), this.svgs.length);
    }
}
