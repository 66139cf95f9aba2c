import type { Edge } from '../model/sop-document.js';

/** One end of an off-page connector pair on a flowchart page. */
export interface PageConnector {
    label: string;
    /** 0-based index among the flowchart pages. */
    page: number;
    /** The step on this page the connector is attached to. */
    step: number;
    position: 'top' | 'bottom';
    /** `out`: the arrow leaves this page here; `in`: it arrives. */
    role: 'out' | 'in';
    edge: Edge;
}

/** A-Z, then AA, AB, … */
export function connectorLabel(index: number): string {
    let label = '';
    let i = index;
    do {
        label = String.fromCharCode(65 + (i % 26)) + label;
        i = Math.floor(i / 26) - 1;
    } while (i >= 0);
    return label;
}

/**
 * Cuts every edge whose ends are on different pages into a connector pair, labelled A, B, C… in
 * order of source step (then target step). Forward: outgoing below the table on the source page,
 * incoming above it on the target page; loop-back: outgoing above, incoming below (section 5.5).
 */
export function planConnectors(edges: Edge[], pageOf: (step: number) => number): PageConnector[] {
    const cut = edges.filter(e => pageOf(e.from) !== pageOf(e.to))
        .sort((a, b) => a.from - b.from || a.to - b.to || a.kind.localeCompare(b.kind));
    const result: PageConnector[] = [];
    cut.forEach((edge, i) => {
        const label = connectorLabel(i);
        const forward = pageOf(edge.to) > pageOf(edge.from);
        result.push({ label, page: pageOf(edge.from), step: edge.from, position: forward ? 'bottom' : 'top', role: 'out', edge });
        result.push({ label, page: pageOf(edge.to), step: edge.to, position: forward ? 'top' : 'bottom', role: 'in', edge });
    });
    return result;
}
