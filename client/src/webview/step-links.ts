import { formatString, type PreviewStrings, type WebviewStepInfo } from '../../../server/src/protocol/webview-protocol.js';
import type { StepTooltip } from './tooltip.js';

/**
 * Links the drawn steps with the editor: a click highlights the step and asks the host to put the
 * editor's cursor on its name (focus stays here); a double click or Enter also moves the focus to
 * the editor, as the Markdown preview does. Hover or focus shows its mutu baku, and `highlight`
 * marks the step under the editor cursor.
 */
export class StepLinks {
    private highlighted: number | null = null;
    private hovered: Element | undefined;
    steps: Record<number, WebviewStepInfo> = {};

    constructor(
        private readonly container: HTMLElement,
        private readonly tooltip: StepTooltip,
        private readonly strings: () => PreviewStrings,
        private readonly reveal: (step: number, focus: boolean) => void,
        /** Draws the pages showing a step (only the pages near the view hold their SVG). */
        private readonly drawStep: (step: number) => void = () => {},
    ) {
        container.addEventListener('click', e => this.onActivate(e.target, false));
        container.addEventListener('dblclick', e => {
            // A double click would select the text under it; the editor gets the focus instead.
            if (this.onActivate(e.target, true)) e.preventDefault();
        });
        container.addEventListener('mousedown', e => { if (e.detail > 1 && this.stepElement(e.target)) e.preventDefault(); });
        container.addEventListener('keydown', e => {
            if (e.key === 'Enter' || e.key === ' ') {
                if (this.onActivate(e.target, true)) e.preventDefault();
            }
        });
        container.addEventListener('pointerover', e => this.showTooltip(e.target));
        container.addEventListener('pointerout', e => { if (!this.stepElement(e.relatedTarget)) this.hideTooltip(); });
        container.addEventListener('focusin', e => this.showTooltip(e.target));
        container.addEventListener('focusout', () => this.hideTooltip());
        // The card is fixed; when the pages scroll under it, it follows its step.
        container.addEventListener('scroll', () => { if (this.hovered?.isConnected) this.showTooltip(this.hovered); }, { passive: true });
    }

    /**
     * Makes one element per step and page focusable (its shape, else its row), named "Langkah n: activity",
     * on every drawn page or on `root` only (a page just drawn), and marks the highlighted step there.
     */
    decorate(root: ParentNode = this.container): void {
        const targets = new Map<string, Element>();
        for (const element of this.topLevelStepElements(root)) {
            const key = `${element.closest('section')?.getAttribute('data-page') ?? ''}:${element.getAttribute('data-step')}`;
            if (rank(element) < rank(targets.get(key))) targets.set(key, element);
        }
        for (const element of targets.values()) {
            const step = Number(element.getAttribute('data-step'));
            element.setAttribute('tabindex', '0');
            element.setAttribute('role', 'button');
            element.setAttribute('aria-label', formatString(this.strings().stepLabel, step, this.steps[step]?.activity ?? ''));
        }
        if (this.highlighted !== null) this.mark(this.highlighted, root);
    }

    /** Marks `step` (or nothing) and scrolls its first shape into view. */
    highlight(step: number | null, scroll = true): void {
        this.container.querySelectorAll('.sop-highlight').forEach(e => e.classList.remove('sop-highlight'));
        this.highlighted = step;
        if (step === null) return;
        // Drawing a page decorates it, which marks the step there.
        if (scroll) this.drawStep(step);
        const elements = this.mark(step, this.container);
        const target = [...elements].sort((a, b) => rank(a) - rank(b))[0];
        if (scroll) target?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }

    private mark(step: number, root: ParentNode): Element[] {
        const elements = this.topLevelStepElements(root).filter(e => e.getAttribute('data-step') === String(step));
        elements.forEach(e => e.classList.add('sop-highlight'));
        return elements;
    }

    private onActivate(target: EventTarget | null, focus: boolean): boolean {
        const element = this.stepElement(target);
        if (!element) return false;
        const step = Number(element.getAttribute('data-step'));
        this.highlight(step, false);
        this.reveal(step, focus);
        return true;
    }

    /** Forgets the highlighted step (the preview now shows another file). */
    clear(): void {
        this.highlight(null, false);
    }

    private showTooltip(target: EventTarget | null): void {
        const element = this.stepElement(target);
        if (!element) return;
        this.hovered = element;
        const step = Number(element.getAttribute('data-step'));
        this.tooltip.show(step, this.steps[step], this.strings(), element.getBoundingClientRect());
    }

    private hideTooltip(): void {
        this.hovered = undefined;
        this.tooltip.hide();
    }

    /** The outermost element carrying `data-step` around `target`, inside the pages. */
    private stepElement(target: EventTarget | null): Element | undefined {
        let element = target instanceof Element ? target.closest('[data-step]') : null;
        if (!element || !this.container.contains(element)) return undefined;
        for (let up = element.parentElement?.closest('[data-step]'); up && this.container.contains(up); up = up.parentElement?.closest('[data-step]')) {
            element = up;
        }
        return Number.isInteger(Number(element.getAttribute('data-step'))) ? element : undefined;
    }

    private topLevelStepElements(root: ParentNode): Element[] {
        return Array.from(root.querySelectorAll('[data-step]'))
            .filter(e => !e.parentElement?.closest('[data-step]'));
    }
}

/** Which of a step's elements stands for it: the shape, then the table row, then anything else. */
function rank(element: Element | undefined): number {
    if (!element) return 3;
    if (element.classList.contains('sop-shape')) return 0;
    return element.classList.contains('sop-row') ? 1 : 2;
}
