import { formatString, type PreviewStrings, type WebviewStepInfo } from '../../../server/src/protocol/webview-protocol.js';

/** The hover card of a step: its activity and mutu baku. Built with textContent only. */
export class StepTooltip {
    constructor(private readonly element: HTMLElement) {}

    show(step: number, info: WebviewStepInfo | undefined, strings: PreviewStrings, anchor: DOMRect): void {
        if (!info) return this.hide();
        const rows: Array<[string, string]> = [];
        if (info.requirements.length > 0) rows.push([strings.requirements, info.requirements.join(', ')]);
        if (info.duration) rows.push([strings.duration, info.duration]);
        if (info.output) rows.push([strings.output, info.output]);
        const heading = document.createElement('div');
        heading.className = 'sop-tooltip-title';
        heading.textContent = formatString(strings.stepLabel, step, info.activity);
        const list = document.createElement('dl');
        for (const [label, value] of rows) {
            const dt = document.createElement('dt');
            dt.textContent = label;
            const dd = document.createElement('dd');
            dd.textContent = value;
            list.append(dt, dd);
        }
        this.element.replaceChildren(heading, list);
        this.element.hidden = false;
        this.place(anchor);
    }

    hide(): void {
        this.element.hidden = true;
    }

    private place(anchor: DOMRect): void {
        const card = this.element.getBoundingClientRect();
        const left = Math.min(Math.max(4, anchor.left), window.innerWidth - card.width - 4);
        const below = anchor.bottom + 6;
        const top = below + card.height > window.innerHeight ? Math.max(4, anchor.top - card.height - 6) : below;
        this.element.style.left = `${Math.round(left)}px`;
        this.element.style.top = `${Math.round(top)}px`;
    }
}
