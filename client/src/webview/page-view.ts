import { formatString, type WebviewPage } from '../../../server/src/protocol/webview-protocol.js';
import { viewBoxText } from './zoom.js';
import type { Box } from './page-markup.js';
import { PageSlot } from './page-slot.js';

/** Where a page and its step rows are, in the container's scroll coordinates (scroll sync). */
export interface PageLayout {
    top: number;
    height: number;
    hasRows: boolean;
    rows: Array<{ step: number; top: number; height: number }>;
}

export interface PageViewEvents {
    /** A page's SVG was put in the document (decorate its steps). */
    drawn(section: HTMLElement): void;
    /** A page drawn at fit-width turned out to have another content box than it was sized for. */
    resized(): void;
}

/**
 * The stacked pages in `#sop-pages`. Only the pages in view, and one before and after, hold their
 * SVG; the others are empty placeholders of their exact size, so the scrollbar, scroll positions and
 * the page indicator are those of the whole document, and laying out a long SOP costs a few pages.
 * Swaps changed pages in place (zoom and scroll survive an update) and draws pages as they scroll near.
 */
export class PageView {
    private slots: PageSlot[] = [];
    private indicatorTemplate = 'Page {0} / {1}';
    /** Pages shown cut to their content (fit-width). */
    private trimmed = false;
    private zoom = 1;
    /** The last content box measured per full viewBox: the size of a trimmed page not drawn yet. */
    private estimates = new Map<string, Box>();
    private frame = 0;
    private idle = 0;
    private measuring = 0;

    constructor(readonly container: HTMLElement, private readonly indicator: HTMLElement, private readonly events: PageViewEvents) {
        container.addEventListener('scroll', () => {
            this.updateIndicator();
            this.scheduleDraw();
        }, { passive: true });
        new ResizeObserver(() => this.scheduleDraw()).observe(container);
    }

    get pageCount(): number {
        return this.slots.length;
    }

    get isTrimmed(): boolean {
        return this.trimmed;
    }

    /** Takes the pages' latest SVG and sizes every page; `drawNearView` then draws those near the view. */
    show(pages: WebviewPage[], zoom: number): void {
        const { scrollTop, scrollLeft } = this.container;
        this.container.querySelector('#sop-empty')?.remove();
        this.zoom = zoom;
        pages.forEach((page, i) => {
            const slot = this.slots[i] ?? this.add();
            slot.update(page);
        });
        this.slots.splice(pages.length).forEach(s => s.section.remove());
        this.sizeAll();
        this.container.scrollTop = scrollTop;
        this.container.scrollLeft = scrollLeft;
        // The text of the pages not drawn (for find-in-page) once the pages are on screen.
        cancelIdleCallback(this.idle);
        this.idle = requestIdleCallback(() => this.slots.forEach(s => { if (!s.isShown) s.fillText(); }), { timeout: 500 });
    }

    /** Re-sizes the pages, keeping the point at the middle of the view in place. */
    setZoom(zoom: number): void {
        const c = this.container;
        const ratio = zoom / this.zoom;
        const middleY = (c.scrollTop + c.clientHeight / 2) * ratio - c.clientHeight / 2;
        const middleX = (c.scrollLeft + c.clientWidth / 2) * ratio - c.clientWidth / 2;
        this.zoom = zoom;
        this.sizeAll();
        c.scrollTop = Math.max(0, middleY);
        c.scrollLeft = Math.max(0, middleX);
        this.drawNearView();
    }

    /** Cuts the pages to their content, or shows them whole; the caller re-applies the zoom. */
    setTrimmed(trimmed: boolean): void {
        if (trimmed === this.trimmed) return;
        this.trimmed = trimmed;
        for (const slot of this.slots) this.learn(slot, slot.setTrimmed(trimmed, this.zoom, this.estimate(slot)));
    }

    /**
     * Drops every page (another file is shown: nothing of the last one may be reused). The content boxes
     * learnt stay as estimates: they are mostly the paper's margins, and are measured again anyway.
     */
    clear(): void {
        this.slots.forEach(s => s.section.remove());
        this.slots = [];
    }

    /** Each page's width at zoom 1, as shown (trimmed or whole). */
    naturalWidths(): number[] {
        return this.slots.map(s => s.box(this.trimmed, this.estimate(s)).width);
    }

    setIndicatorTemplate(template: string): void {
        this.indicatorTemplate = template;
        this.updateIndicator();
    }

    /** The page that covers the middle of the view (or the last one above it). */
    currentPage(): number {
        const middle = this.container.getBoundingClientRect().top + this.container.clientHeight / 2;
        let current = 0;
        this.slots.forEach((slot, i) => { if (slot.section.getBoundingClientRect().top <= middle) current = i; });
        return this.slots.length === 0 ? 0 : current + 1;
    }

    /** Draws every page showing `step` (before it is scrolled into view). */
    drawStep(step: number): void {
        let resized = false;
        for (const slot of this.slots) if (slot.markup.steps.has(step) && !slot.isDrawn) resized = this.draw(slot) || resized;
        if (resized) this.resized();
    }

    /** The pages and their step rows in scroll coordinates, drawn or not (read from the SVG text). */
    layout(): PageLayout[] {
        const origin = this.container.getBoundingClientRect().top - this.container.scrollTop;
        return this.slots.map(slot => {
            const r = slot.section.getBoundingClientRect();
            const box = slot.shownBox;
            // The SVG keeps its aspect ratio inside the rounded size: centred, scaled by the smaller ratio.
            const scale = Math.min(r.width / Math.max(1e-6, box.width), r.height / Math.max(1e-6, box.height));
            const offset = (r.height - box.height * scale) / 2;
            const rows = slot.markup.rows.map(row => ({ step: row.step, top: r.top - origin + offset + (row.top - box.y) * scale, height: row.height * scale }));
            return { top: r.top - origin, height: r.height, hasRows: slot.markup.hasRows, rows };
        });
    }

    /** Draws the pages in view and one on each side; pages further away become placeholders again. */
    drawNearView(): void {
        cancelAnimationFrame(this.frame);
        const view = this.container.getBoundingClientRect();
        const boxes = this.slots.map(s => s.section.getBoundingClientRect());
        let first = boxes.findIndex(b => b.bottom > view.top);
        if (first < 0) first = this.slots.length - 1;
        let last = first;
        while (last + 1 < boxes.length && boxes[last + 1].top < view.bottom) last++;
        let resized = false;
        this.slots.forEach((slot, i) => {
            if (i >= first - 1 && i <= last + 1) {
                if (!slot.isDrawn) resized = this.draw(slot) || resized;
            } else if (slot.isShown && (!slot.isDrawn || i < first - 2 || i > last + 2)) {
                // Two pages of slack, so scrolling back and forth over a page edge does not rebuild pages
                // (but a page there whose SVG changed shows no stale picture).
                slot.undraw(this.trimmed, this.zoom, this.estimate(slot));
            }
        });
        this.updateIndicator();
        if (resized) this.resized();
        if (this.trimmed && this.slots.some(s => s.needsMeasure)) {
            cancelIdleCallback(this.measuring);
            this.measuring = requestIdleCallback(() => this.measurePending(), { timeout: 300 });
        }
    }

    /** Pages drawn with an estimated content box are measured when the browser is idle, and corrected. */
    private measurePending(): void {
        if (!this.trimmed) return;
        let resized = false;
        for (const slot of this.slots) {
            if (!slot.needsMeasure) continue;
            const box = slot.measureNow(this.trimmed, this.zoom, this.estimate(slot));
            if (box) {
                this.learn(slot, box);
                resized = true;
            }
        }
        if (resized) this.resized();
    }

    private scheduleDraw(): void {
        cancelAnimationFrame(this.frame);
        this.frame = requestAnimationFrame(() => this.drawNearView());
    }

    /** Draws one page; true when its measured content box differs from the one it was sized for. */
    private draw(slot: PageSlot): boolean {
        const before = slot.box(this.trimmed, this.estimate(slot));
        this.learn(slot, slot.draw(this.trimmed, this.zoom, this.estimate(slot)));
        this.events.drawn(slot.section);
        const after = slot.box(this.trimmed, this.estimate(slot));
        return before.x !== after.x || before.y !== after.y || before.width !== after.width || before.height !== after.height;
    }

    /** Measured boxes changed the sizes: every page is sized again (the listener re-fits the width). */
    private resized(): void {
        this.sizeAll();
        this.events.resized();
    }

    /** Remembers a measured content box as the estimate for pages of the same paper. */
    private learn(slot: PageSlot, measured: Box | undefined): void {
        if (measured) this.estimates.set(viewBoxText(slot.markup.viewBox), measured);
    }

    private estimate(slot: PageSlot): Box | undefined {
        return this.estimates.get(viewBoxText(slot.markup.viewBox));
    }

    private sizeAll(): void {
        for (const slot of this.slots) slot.size(this.trimmed, this.zoom, this.estimate(slot));
    }

    private add(): PageSlot {
        const slot = new PageSlot();
        this.container.appendChild(slot.section);
        this.slots.push(slot);
        return slot;
    }

    private updateIndicator(): void {
        this.indicator.textContent = this.slots.length === 0 ? '' : formatString(this.indicatorTemplate, this.currentPage(), this.slots.length);
    }
}
