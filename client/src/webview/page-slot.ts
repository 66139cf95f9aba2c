import type { WebviewPage } from '../../../server/src/protocol/webview-protocol.js';
import { pageText, readPageMarkup, type Box, type PageMarkup } from './page-markup.js';
import { importSvg } from './svg-sanitize.js';
import { contentBox, sizePage, viewBoxText } from './zoom.js';

/**
 * One page of the preview: its `section`, holding either the page's SVG (drawn) or an empty
 * placeholder of the same size. The SVG text is kept whether drawn or not, so a page that changes
 * off screen only updates its text and size, and is drawn from it when it comes near the view.
 */
export class PageSlot {
    readonly section = document.createElement('section');
    private readonly placeholder = document.createElement('div');
    /** The page's text inside the placeholder, hidden until find-in-page matches it (then the page is scrolled to and drawn). */
    private readonly text = document.createElement('div');
    private textFrom = -1;
    private source = '';
    /** Counts the texts the page has had: cheaper to compare than the texts. */
    private revision = 0;
    private parsed: PageMarkup | undefined;
    /** The SVG built from `source` (kept while the page is not shown, until `source` changes); null: not SVG. */
    private svg: SVGSVGElement | null | undefined;
    /** The content box (fit-width) measured on `measuredFrom`; of an older text it is only an estimate. */
    private trim: Box | undefined;
    private measuredFrom = -1;
    /** The box the page is shown at (its size and, drawn, its viewBox): scroll sync maps rows through it. */
    shownBox: Box = { x: 0, y: 0, width: 0, height: 0 };

    constructor() {
        this.section.className = 'sop-page';
        this.placeholder.className = 'sop-placeholder';
        this.text.className = 'sop-page-text';
        this.placeholder.append(this.text);
        this.section.append(this.placeholder);
    }

    /** Takes the page's latest text; true when it changed (a drawn page is then drawn again by the caller). */
    update(page: WebviewPage): boolean {
        this.section.dataset.page = String(page.number);
        this.section.setAttribute('aria-label', page.description);
        if (page.svg === this.source) return false;
        this.source = page.svg;
        this.revision++;
        this.parsed = undefined;
        this.svg = undefined;
        return true;
    }

    get markup(): PageMarkup {
        return this.parsed ??= readPageMarkup(this.source);
    }

    /** The element shown in the section: the SVG, the placeholder, or none for a page that is not SVG. */
    get element(): HTMLElement | SVGSVGElement | undefined {
        return this.section.firstElementChild as HTMLElement | SVGSVGElement | undefined ?? undefined;
    }

    /** True when the page's current SVG is in the document. */
    get isDrawn(): boolean {
        return this.svg === null ? this.element === undefined : this.svg !== undefined && this.element === this.svg;
    }

    get isShown(): boolean {
        return this.element !== this.placeholder;
    }

    /** The page's box at zoom 1: whole, or cut to its content (measured, else `estimate`, else whole). */
    box(trimmed: boolean, estimate: Box | undefined): Box {
        return trimmed ? this.trim ?? estimate ?? this.markup.viewBox : this.markup.viewBox;
    }

    /** Sizes what is shown for `zoom`. */
    size(trimmed: boolean, zoom: number, estimate: Box | undefined): void {
        this.shownBox = this.box(trimmed, estimate);
        const element = this.element;
        if (element) sizePage(element, this.shownBox, zoom);
    }

    /**
     * Puts the page's SVG in the section (built from the text if needed) at `zoom`. Trimmed, it is cut to
     * its last content box, else to `estimate`; only with neither is it measured now (measuring lays the
     * page out: later, in idle time, see `measureNow`). Returns the measured box when it is new.
     */
    draw(trimmed: boolean, zoom: number, estimate: Box | undefined): Box | undefined {
        if (this.svg === undefined) this.svg = this.build() ?? null;
        if (!this.svg) {
            this.section.replaceChildren();
            return undefined;
        }
        if (this.element !== this.svg) this.section.replaceChildren(this.svg);
        const measured = trimmed && this.trim === undefined && estimate === undefined ? this.measure() : undefined;
        this.svg.setAttribute('viewBox', viewBoxText(this.box(trimmed, estimate)));
        this.size(trimmed, zoom, estimate);
        return measured;
    }

    /** Shows the empty placeholder instead of the SVG. */
    undraw(trimmed: boolean, zoom: number, estimate: Box | undefined): void {
        if (this.element === this.placeholder) return;
        this.fillText();
        this.section.replaceChildren(this.placeholder);
        this.size(trimmed, zoom, estimate);
    }

    /** Puts the page's current text in the placeholder (searchable, never shown). */
    fillText(): void {
        if (this.textFrom !== this.revision) {
            this.textFrom = this.revision;
            this.text.textContent = pageText(this.source);
        }
        this.text.setAttribute('hidden', 'until-found');
    }

    /** A drawn page cut to its content (or shown whole); returns the measured box when it is new. */
    setTrimmed(trimmed: boolean, zoom: number, estimate: Box | undefined): Box | undefined {
        if (!this.isDrawn) return undefined;
        return this.draw(trimmed, zoom, estimate);
    }

    /** True when the page is drawn and its content box was not measured on its current text. */
    get needsMeasure(): boolean {
        return this.isDrawn && this.svg !== null && this.measuredFrom !== this.revision;
    }

    /**
     * Measures the drawn page's content box; when it differs from the box shown, re-cuts and re-sizes the
     * page and returns the new box.
     */
    measureNow(trimmed: boolean, zoom: number, estimate: Box | undefined): Box | undefined {
        const shown = this.shownBox;
        const box = this.measure();
        if (!box || !trimmed || sameBox(box, shown)) return undefined;
        this.draw(trimmed, zoom, estimate);
        return box;
    }

    private measure(): Box | undefined {
        if (this.measuredFrom === this.revision || !this.svg) return undefined;
        this.measuredFrom = this.revision;
        const box = contentBox(this.svg);
        if (!box) return undefined;
        this.trim = box;
        return box;
    }

    private build(): SVGSVGElement | undefined {
        const svg = importSvg(this.source, `p${this.section.dataset.page}-`);
        if (!svg) return undefined;
        // The section names the page; the shapes inside stay reachable for keyboard and screen readers.
        svg.setAttribute('role', 'group');
        svg.removeAttribute('aria-labelledby');
        svg.dataset.fullViewBox = viewBoxText(this.markup.viewBox);
        return svg;
    }
}

function sameBox(a: Box, b: Box): boolean {
    return a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
}
