import type { SourceLines } from '../../../server/src/protocol/webview-protocol.js';
import type { PageLayout } from './page-view.js';

/** A stretch of the pages that stands for a stretch of source lines. */
interface Anchor {
    top: number;
    height: number;
    first: number;
    /** Exclusive. */
    end: number;
}

/**
 * Scroll sync, as VS Code's Markdown preview does it: source lines map to the step rows (and the
 * identity pages) that show them, interpolating inside a row, both ways. Programmatic scrolls are
 * remembered so the scroll they cause is not reported back as the user's.
 */
export class ScrollSync {
    lines: SourceLines = { identityEnd: 0, steps: {} };
    enabled = true;
    private ignoreUntil = 0;

    /** `layout` gives the pages and rows, drawn or not: only the pages near the view hold their SVG. */
    constructor(private readonly container: HTMLElement, private readonly report: (line: number) => void, private readonly layout: () => PageLayout[]) {
        let frame = 0;
        container.addEventListener('scroll', () => {
            if (!this.enabled || performance.now() < this.ignoreUntil) return;
            cancelAnimationFrame(frame);
            frame = requestAnimationFrame(() => {
                if (performance.now() < this.ignoreUntil) return;
                const line = this.lineAt(this.container.scrollTop);
                if (line !== undefined) this.report(line);
            });
        }, { passive: true });
    }

    /** The scrolls of the next `ms` are the preview's own (a render, a zoom, a highlight): not reported. */
    suppress(ms = 250): void {
        this.ignoreUntil = Math.max(this.ignoreUntil, performance.now() + ms);
    }

    /** Scrolls so that `line` (0-based, fractional) is at the top of the view. */
    scrollToLine(line: number): void {
        if (!this.enabled) return;
        const anchors = this.anchors();
        const anchor = anchors.find(a => line >= a.first && line < a.end)
            ?? [...anchors].reverse().find(a => a.first <= line) ?? anchors[0];
        if (!anchor) return;
        const fraction = Math.min(1, Math.max(0, (line - anchor.first) / Math.max(1, anchor.end - anchor.first)));
        this.suppress();
        this.container.scrollTop = Math.max(0, anchor.top + fraction * anchor.height - 4);
    }

    /** The source line shown at `y` (container scroll coordinates), or undefined with nothing shown. */
    lineAt(y: number): number | undefined {
        const anchors = this.anchors();
        const inside = anchors.find(a => y >= a.top && y < a.top + a.height);
        if (inside) return inside.first + ((y - inside.top) / Math.max(1, inside.height)) * (inside.end - inside.first);
        // Between rows (a page header, a gap): the next row's first line.
        return anchors.find(a => a.top >= y)?.first ?? anchors.at(-1)?.first;
    }

    /** Identity pages, then every step's first table row, in page order. */
    private anchors(): Anchor[] {
        const pages = this.layout();
        const anchors: Anchor[] = [];
        const identity = pages.filter(p => !p.hasRows);
        identity.forEach((page, i) => {
            const per = this.lines.identityEnd / identity.length;
            anchors.push({ top: page.top, height: page.height, first: i * per, end: (i + 1) * per });
        });
        const seen = new Set<number>();
        for (const row of pages.flatMap(p => p.rows)) {
            const range = this.lines.steps[row.step];
            if (!range || seen.has(row.step)) continue;
            seen.add(row.step);
            anchors.push({ top: row.top, height: row.height, first: range[0], end: range[1] + 1 });
        }
        return anchors.sort((a, b) => a.top - b.top);
    }
}
