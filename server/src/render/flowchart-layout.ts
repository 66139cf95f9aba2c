import type { Edge, SopDocument, Step } from '../model/sop-document.js';
import { available, bandHeight, bandNeeds, bandRowCount, connectorColumn, connectorTop, CONNECTOR_GAP, CONNECTOR_PITCH, perRow, stepColumns, type BandLayout } from './connector-bands.js';
import { planConnectors, type PageConnector } from './connectors.js';
import { paginate } from './paginate.js';
import type { PageGeometry } from './paper.js';
import { STYLE } from './render-style.js';
import type { Side } from './routing-geometry.js';
import { routeArrows, type ArrowRequest, type RoutedArrow, type RoutingNode } from './routing.js';
import { shapeSize, type PlacedShape } from './shapes.js';
import { headerText, rowText, tableColumns, type HeaderText, type RowText, type TableColumns } from './table-layout.js';
import { lineHeight, textWidth } from './text-metrics.js';
import { wrapText } from './text-wrap.js';
import { maxOf } from './max-of.js';

/** A symbol on a flowchart page, with the step and actor column it belongs to. */
export interface PageShape {
    step: number;
    actor: string;
    col: number;
    shape: PlacedShape;
    connector?: PageConnector;
}

export interface PageArrow extends RoutedArrow {
    from: number | string;
    to: number | string;
}

export interface FlowchartPage {
    index: number;
    columns: TableColumns;
    header: HeaderText;
    tableTop: number;
    /** Connector bands: above the table frame (`top`) and below it (`bottom`), outside the grid. */
    bands: Array<{ position: 'top' | 'bottom'; y: number; height: number }>;
    rows: Array<{ text: RowText; y: number }>;
    tableBottom: number;
    shapes: PageShape[];
    joins: Array<{ step: number; x1: number; x2: number; y: number }>;
    arrows: PageArrow[];
    footnotes?: { y: number; lines: string[] };
}

/** Lays out the flowchart pages: columns, measured rows, pagination, connectors, symbols and arrows. */
export function layoutFlowchart(doc: SopDocument, geometry: PageGeometry): FlowchartPage[] {
    const { content } = geometry;
    const columns = tableColumns(content.x, content.width, doc.actors.length);
    const header = headerText(doc, columns);
    const colOf = actorColumns(doc);
    const rows = doc.steps.map(step => rowText(step, columns, stepShapeHeight(step, columns, colOf)));
    const footnotes = footnoteLines(doc, columns.width);
    const tail = footnotes.length ? 6 + footnotes.length * lineHeight(STYLE.bodyFont) : 0;
    const headerHeight = header.rowA + header.rowB;

    let reserve = { top: 1, bottom: 1 };
    let pages: number[][] = [];
    let connectors: PageConnector[] = [];
    for (let attempt = 0; attempt < 4; attempt++) {
        // Connectors sit outside the table: above it on every page but the first, below it on every page but the last.
        const { top, bottom } = reserve;
        const capacity = (page: number, last: boolean) => content.height - headerHeight - (page > 0 ? bandHeight(top) : 0) - (last ? 0 : bandHeight(bottom));
        pages = paginate(rows.map(r => r.height), capacity, tail);
        const pageOfStep = pageIndex(pages);
        connectors = planConnectors(doc.edges, step => pageOfStep[step - 1]);
        const need = bandNeeds(pages.length, connectors, doc, columns, colOf);
        if (need.top <= reserve.top && need.bottom <= reserve.bottom) break;
        reserve = { top: Math.max(reserve.top, need.top), bottom: Math.max(reserve.bottom, need.bottom) };
    }
    const pageOfStep = pageIndex(pages);
    return pages.map((indices, p) => layoutPage({
        doc, geometry, columns, header, colOf, index: p,
        rows: indices.map(i => rows[i]),
        connectors: connectors.filter(c => c.page === p),
        edges: doc.edges.filter(e => pageOfStep[e.from - 1] === p && pageOfStep[e.to - 1] === p),
        footnotes: p === pages.length - 1 ? footnotes : [],
    }));
}

function pageIndex(pages: number[][]): number[] {
    const result: number[] = [];
    pages.forEach((rows, p) => rows.forEach(i => { result[i] = p; }));
    return result;
}

function actorColumns(doc: SopDocument): Map<string, number> {
    return new Map(doc.actors.map((a, i) => [a.id, i]));
}

function stepShapeHeight(step: Step, columns: TableColumns, colOf: Map<string, number>): number {
    return maxOf(stepColumns(step, colOf), c => shapeSize(step, available(columns, c)).height);
}

function footnoteLines(doc: SopDocument, width: number): string[] {
    if (doc.footnotes.length === 0) return [];
    const lines = ['Ket:'];
    for (const note of doc.footnotes) {
        const text = /^\*/.test(note.trim()) ? note.trim() : `*) ${note.trim()}`;
        for (const line of wrapText(text, width, STYLE.bodyFont)) lines.push(line);
    }
    return lines;
}

interface PageInput {
    doc: SopDocument;
    geometry: PageGeometry;
    columns: TableColumns;
    header: HeaderText;
    colOf: Map<string, number>;
    index: number;
    rows: RowText[];
    connectors: PageConnector[];
    edges: Edge[];
    footnotes: string[];
}

function layoutPage(input: PageInput): FlowchartPage {
    const { geometry, header, columns } = input;
    const band = (position: 'top' | 'bottom', y: number): BandLayout | undefined => {
        const list = input.connectors.filter(c => c.position === position).sort((a, b) => a.label.localeCompare(b.label));
        const subRows = bandRowCount(list, input.doc, columns, input.colOf);
        return subRows === 0 ? undefined : { position, y, height: bandHeight(subRows), subRows, connectors: list };
    };
    const top = band('top', geometry.content.y);
    const tableTop = geometry.content.y + (top?.height ?? 0);
    let y = tableTop + header.rowA + header.rowB;
    const bodyTop = y;
    const rows = input.rows.map(text => {
        const row = { text, y };
        y += text.height;
        return row;
    });
    const tableBottom = y;
    const bottom = band('bottom', tableBottom);
    const grid = buildGrid(input, top, rows, bottom);
    const body = { header: tableTop, top: bodyTop, bottom: tableBottom };
    const arrows = routeArrows({ rows: grid.rows, cols: columns.actors, body }, grid.nodes, requests(input, grid.rowOfNode), label => textWidth(label, STYLE.labelFont));
    const page: FlowchartPage = {
        index: input.index, columns, header, tableTop,
        bands: [top, bottom].filter((b): b is BandLayout => !!b).map(b => ({ position: b.position, y: b.y, height: b.height })),
        rows, tableBottom, shapes: grid.shapes, joins: grid.joins,
        arrows: arrows.map(a => ({ ...a, from: endpoint(a.request.from), to: endpoint(a.request.to) })),
    };
    if (input.footnotes.length) page.footnotes = { y: tableBottom + (bottom?.height ?? 0) + 6, lines: input.footnotes };
    return page;
}

function endpoint(key: string): number | string {
    return key.startsWith('s') ? Number(key.slice(1)) : key.slice(1);
}

interface GridBuild {
    rows: Array<{ top: number; bottom: number }>;
    nodes: RoutingNode[];
    shapes: PageShape[];
    joins: FlowchartPage['joins'];
    rowOfNode: Map<string, number>;
}

const STEP_EXITS: Side[] = ['bottom', 'left', 'right'];
const STEP_ENTRIES: Side[] = ['top', 'left', 'right'];

function buildGrid(input: PageInput, top: BandLayout | undefined, rows: FlowchartPage['rows'], bottom: BandLayout | undefined): GridBuild {
    const g: GridBuild = { rows: [], nodes: [], shapes: [], joins: [], rowOfNode: new Map() };
    if (top) addBand(input, g, top);
    for (const row of rows) addStepRow(input, g, row.text.step, row.y, row.text.height);
    if (bottom) addBand(input, g, bottom);
    return g;
}

function addStepRow(input: PageInput, g: GridBuild, step: Step, y: number, height: number): void {
    const r = g.rows.length;
    g.rows.push({ top: y, bottom: y + height });
    const cy = y + height / 2;
    const cols = stepColumns(step, input.colOf).sort((a, b) => a - b);
    const node: RoutingNode = { key: `s${step.number}`, row: r, shapes: [], joins: [], exitSides: STEP_EXITS, entrySides: STEP_ENTRIES };
    for (const col of cols) {
        const c = input.columns.actors[col];
        const size = shapeSize(step, available(input.columns, col));
        const shape: PlacedShape = { kind: step.kind, x: c.x + (c.width - size.width) / 2, y: cy - size.height / 2, width: size.width, height: size.height, lines: size.lines };
        node.shapes.push({ node: node.key, row: r, col, shape });
        g.shapes.push({ step: step.number, actor: input.doc.actors[col]?.id ?? '', col, shape });
    }
    for (let i = 1; i < node.shapes.length; i++) {
        const a = node.shapes[i - 1].shape, b = node.shapes[i].shape;
        const join = { x1: a.x + a.width, x2: b.x, y: cy };
        node.joins.push(join);
        g.joins.push({ step: step.number, ...join });
    }
    g.nodes.push(node);
    g.rowOfNode.set(node.key, r);
}

function addBand(input: PageInput, g: GridBuild, band: BandLayout): void {
    // Grid rows run top to bottom: a top band's farthest connector row comes first.
    const first = g.rows.length;
    const rowIndex = (sub: number) => first + (band.position === 'top' ? band.subRows - 1 - sub : sub);
    const h = STYLE.connector.height;
    const pad = (CONNECTOR_PITCH - h) / 2;
    for (let r = 0; r < band.subRows; r++) {
        const sub = band.position === 'top' ? band.subRows - 1 - r : r;
        const y = connectorTop(band, sub);
        g.rows.push({ top: y - pad, bottom: y + h + pad });
    }
    const byCol = new Map<number, PageConnector[]>();
    for (const c of band.connectors) {
        const col = connectorColumn(c, input.doc, input.colOf);
        byCol.set(col, [...(byCol.get(col) ?? []), c]);
    }
    for (const [col, list] of byCol) {
        const per = perRow(input.columns, col);
        const column = input.columns.actors[col];
        const width = Math.min(STYLE.connector.width, available(input.columns, col));
        list.forEach((connector, i) => {
            const sub = Math.floor(i / per);
            const inRow = Math.min(per, list.length - sub * per);
            const slot = i % per;
            const total = inRow * width + (inRow - 1) * CONNECTOR_GAP;
            const x = column.x + (column.width - total) / 2 + slot * (width + CONNECTOR_GAP);
            const shape: PlacedShape = { kind: 'connector', x, y: connectorTop(band, sub), width, height: h, lines: [connector.label] };
            const key = `c${connector.label}`;
            const row = rowIndex(sub);
            const exits: Side[] = connector.role === 'in' ? [band.position === 'top' ? 'bottom' : 'top'] : [];
            const entries: Side[] = connector.role === 'out' ? [band.position === 'top' ? 'bottom' : 'top'] : [];
            g.nodes.push({ key, row, shapes: [{ node: key, row, col, shape }], joins: [], exitSides: exits, entrySides: entries });
            g.rowOfNode.set(key, row);
            g.shapes.push({ step: connector.step, actor: input.doc.actors[col]?.id ?? '', col, shape, connector });
        });
    }
}

/** Arrow requests of the page, main flow first so it gets the straight lines. */
function requests(input: PageInput, rowOf: Map<string, number>): ArrowRequest[] {
    const list: Array<{ request: ArrowRequest; rank: number; span: number; order: number }> = [];
    const add = (from: string, to: string, edge: Edge, rank: number) => {
        const backward = rowOf.get(to)! <= rowOf.get(from)!;
        const request: ArrowRequest = { from, to, prefer: edge.kind === 'no' ? 'side' : 'bottom', backward, label: edge.label };
        list.push({ request, rank: backward ? rank + 2 : rank, span: Math.abs(rowOf.get(to)! - rowOf.get(from)!), order: list.length });
    };
    for (const e of input.edges) add(`s${e.from}`, `s${e.to}`, e, e.kind === 'no' ? 1 : 0);
    for (const c of input.connectors) {
        if (c.role === 'out') add(`s${c.step}`, `c${c.label}`, c.edge, c.edge.kind === 'no' ? 1 : 0);
        else add(`c${c.label}`, `s${c.step}`, { ...c.edge, label: undefined }, 0);
    }
    list.sort((a, b) => a.rank - b.rank || a.span - b.span || a.order - b.order);
    return list.map(l => l.request);
}
