/**
 * Turns a page plan into the router's problem: a grid, nodes with opaque keys, and arrow requests,
 * main flow first so it gets the straight lines. The router never learns what a step is; the arrows
 * it returns are mapped back to their ends here.
 */
import type { Edge } from '../model/sop-document.js';
import type { PagePlan, PlacedNode } from './page-plan.js';
import { headerHeight } from './table-measure.js';
import type { ArrowEnd } from './render-types.js';
import { STYLE } from './render-style.js';
import { routeArrows, type ArrowRequest, type RoutedArrow, type RoutingNode, type RoutingReport } from './routing.js';
import { textWidth } from './text-metrics.js';
import { LruCache } from './lru-cache.js';

export interface PageArrow extends RoutedArrow {
    from: ArrowEnd;
    to: ArrowEnd;
}

/** The routing key of an arrow end. */
export function endKey(end: ArrowEnd): string {
    return end.kind === 'symbol' ? `symbol:${end.symbol}` : `connector:${end.connector}`;
}

export function routePage(plan: PagePlan, report?: RoutingReport): PageArrow[] {
    const byKey = new Map<string, PlacedNode>();
    const rowOf = new Map<string, number>();
    const nodes: RoutingNode[] = plan.nodes.map(n => {
        const key = endKey(n.end);
        byKey.set(key, n);
        rowOf.set(key, n.gridRow);
        return {
            key, row: n.gridRow, exitSides: n.exitSides, entrySides: n.entrySides, joins: n.joins,
            shapes: n.shapes.map(s => ({ node: key, row: n.gridRow, col: s.col, shape: s.shape })),
        };
    });
    const body = { header: plan.tableTop, top: plan.tableTop + headerHeight(plan.header), bottom: plan.tableBottom };
    const arrows = routeCached({ rows: plan.gridRows, cols: plan.columns.actors, body }, nodes, requests(plan, rowOf), report);
    return arrows.map(a => ({ ...a, from: byKey.get(a.request.from)!.end, to: byKey.get(a.request.to)!.end }));
}

/**
 * Routed pages by everything the router reads (grid, nodes, requests): the preview draws the whole
 * document after every keystroke, and an edit changes the routing of one page or two; the others
 * route exactly as before. Routing was ~60 % of drawing a 200-step SOP.
 */
const routedPages = new LruCache<{ arrows: RoutedArrow[]; strained: boolean }>(8_000_000);

/** Pages routed and pages whose routes were reused, since the last {@link clearRoutedPages} (tests and benchmarks read it). */
export const routedPageStats = { routed: 0, reused: 0 };

export function clearRoutedPages(): void {
    routedPages.clear();
    routedPageStats.routed = routedPageStats.reused = 0;
}

function routeCached(grid: Parameters<typeof routeArrows>[0], nodes: RoutingNode[], list: ArrowRequest[], report?: RoutingReport): RoutedArrow[] {
    const key = JSON.stringify([grid, nodes, list]);
    let entry = routedPages.get(key);
    if (entry) routedPageStats.reused++;
    else {
        routedPageStats.routed++;
        const own = { strained: false };
        entry = { arrows: routeArrows(grid, nodes, list, label => textWidth(label, STYLE.labelFont), own), strained: own.strained };
        routedPages.set(key, entry);
    }
    if (entry.strained && report) report.strained = true;
    // Copies: callers own what they get (the cached answer must not change with them).
    return structuredClone(entry.arrows);
}

/** The node key of symbol `id` on this page (the row's entry when the symbol is not drawn). */
function symbolKey(plan: PagePlan, step: number, id: string): string {
    const node = plan.nodes.find(n => n.end.kind === 'symbol' && n.shapes.some(s => s.symbol === id))
        ?? plan.nodes.find(n => n.end.kind === 'symbol' && n.end.step === step)!;
    return endKey(node.end);
}

function requests(plan: PagePlan, rowOf: Map<string, number>): ArrowRequest[] {
    const list: Array<{ request: ArrowRequest; rank: number; span: number; order: number }> = [];
    const add = (from: string, to: string, edge: Edge, rank: number) => {
        const [rf, rt] = [rowOf.get(from)!, rowOf.get(to)!];
        const backward = rt <= rf;
        // Within a row the arrow runs side to side; a decision's second branch leaves by a side.
        const prefer = edge.kind === 'no' || rf === rt ? 'side' : 'bottom';
        const request: ArrowRequest = { from, to, prefer, backward, label: edge.label };
        list.push({ request, rank: backward && rf !== rt ? rank + 2 : rank, span: Math.abs(rt - rf), order: list.length });
    };
    for (const e of plan.edges) add(symbolKey(plan, e.from, e.fromSymbol), symbolKey(plan, e.to, e.toSymbol), e, e.kind === 'no' ? 1 : 0);
    for (const c of plan.connectors) {
        const connector = endKey({ kind: 'connector', step: c.step, connector: c.label });
        if (c.role === 'out') add(symbolKey(plan, c.step, c.edge.fromSymbol), connector, c.edge, c.edge.kind === 'no' ? 1 : 0);
        else add(connector, symbolKey(plan, c.step, c.edge.toSymbol), { ...c.edge, label: undefined }, 0);
    }
    list.sort((a, b) => a.rank - b.rank || a.span - b.span || a.order - b.order);
    return list.map(l => l.request);
}
