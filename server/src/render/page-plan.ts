/**
 * Placing the flowchart: rows onto pages, edges crossing a page break into connector pairs, and on
 * each page the symbols, joint lines and connector bands. The result is a plan of placed things that
 * routing-requests.ts turns into a routing problem.
 */
import type { Edge, SopDocument, Step } from '../model/sop-document.js';
import { available, rowSymbols } from './actor-columns.js';
import { bandHeight, bandNeeds, bandRowCount, connectorColumn, connectorTop, connectorWidth, CONNECTOR_GAP, CONNECTOR_PITCH, perRow, type BandLayout } from './connector-bands.js';
import { planConnectors, type PageConnector } from './connectors.js';
import type { MeasuredTable } from './flowchart-measure.js';
import { paginate } from './paginate.js';
import type { PageGeometry } from './paper.js';
import type { ArrowEnd, LaidOutJoin } from './render-types.js';
import { STYLE } from './render-style.js';
import type { Side } from './routing-geometry.js';
import { shapeSize, type PlacedShape } from './shape-geometry.js';
import { headerHeight, type HeaderText, type RowText, type TableColumns } from './table-measure.js';

/** A symbol on a flowchart page, with the step and actor column it belongs to. */
export interface PageShape {
    step: number;
    actor: string;
    col: number;
    shape: PlacedShape;
    /** Symbol id (the model's `FlowSymbol.id`); connectors have none. */
    symbol?: string;
    /** A joined box (`bersama`): the id of the entry symbol it is tied to. */
    joinedTo?: string;
    connector?: PageConnector;
}

/** A joint row's plain line, as the layout JSON carries it. */
export type PageJoin = LaidOutJoin;

/** A node of the flow on a page: a symbol (with the symbols joined to it) or a connector. */
export interface PlacedNode {
    end: ArrowEnd;
    /** Index into the page's grid rows. */
    gridRow: number;
    shapes: PageShape[];
    joins: PageJoin[];
    exitSides: Side[];
    entrySides: Side[];
}

export interface PagePlan {
    index: number;
    columns: TableColumns;
    header: HeaderText;
    tableTop: number;
    /** Connector bands: above the table frame (`top`) and below it (`bottom`), outside the grid. */
    bands: Array<{ position: 'top' | 'bottom'; y: number; height: number }>;
    rows: Array<{ text: RowText; y: number }>;
    tableBottom: number;
    /** Rows of the routing grid, top to bottom: connector rows of the top band, step rows, connector rows of the bottom band. */
    gridRows: Array<{ top: number; bottom: number }>;
    nodes: PlacedNode[];
    shapes: PageShape[];
    joins: PageJoin[];
    /** Edges with both ends on this page, and the connector ends on it. */
    edges: Edge[];
    connectors: PageConnector[];
    footnotes?: { y: number; lines: string[] };
}

/** Paginates the measured rows (with room for the connector bands the cuts need) and places each page. */
export function planPages(doc: SopDocument, geometry: PageGeometry, m: MeasuredTable): PagePlan[] {
    const { content } = geometry;
    const header = (page: number) => headerHeight(pageHeader(doc, m.header, page));
    let reserve = { top: 1, bottom: 1 };
    let pages: number[][] = [];
    let connectors: PageConnector[] = [];
    for (let attempt = 0; attempt < 4; attempt++) {
        // Connectors sit outside the table: above it on every page but the first, below it on every page but the last.
        const { top, bottom } = reserve;
        const capacity = (page: number, last: boolean) => content.height - header(page) - (page > 0 ? bandHeight(top) : 0) - (last ? 0 : bandHeight(bottom));
        pages = paginate(m.rows.map(r => r.height), capacity, m.tail, m.rows.map(r => !r.continued && !!r.step.pageBreakBefore), cutCost(doc, m));
        const pageOfStep = stepPages(pages, m);
        connectors = planConnectors(doc.edges, step => pageOfStep[step - 1]);
        const need = bandNeeds(pages.length, connectors, doc, m.columns, m.colOf);
        if (need.top <= reserve.top && need.bottom <= reserve.bottom) break;
        reserve = { top: Math.max(reserve.top, need.top), bottom: Math.max(reserve.bottom, need.bottom) };
    }
    const pageOfStep = stepPages(pages, m);
    // Each page's connectors and edges, grouped once (not filtered per page: hundreds of pages).
    const connectorsOf = pages.map((): PageConnector[] => []);
    for (const c of connectors) connectorsOf[c.page]?.push(c);
    const edgesOf = pages.map((): Edge[] => []);
    for (const e of doc.edges) {
        const p = pageOfStep[e.from - 1];
        if (p !== undefined && pageOfStep[e.to - 1] === p) edgesOf[p].push(e);
    }
    return pages.map((indices, p) => placePage({
        doc, geometry, m, index: p,
        rows: indices.map(i => m.rows[i]),
        connectors: connectorsOf[p],
        edges: edgesOf[p],
        footnotes: p === pages.length - 1 ? m.footnotes : [],
    }));
}

/** How many arrows a page break before row `i` would cut (each becomes a pair of connectors); a continued row's parts belong together. */
function cutCost(doc: SopDocument, m: MeasuredTable): (i: number) => number {
    const firstRow = new Map<number, number>();
    m.rows.forEach((r, i) => { if (!r.continued) firstRow.set(r.step.number, i); });
    // An edge between rows a < b is cut by a break before any row in (a, b]: a difference array
    // counts them all at once (paginate asks for many rows, and a long SOP has many edges).
    const delta = new Array<number>(m.rows.length + 2).fill(0);
    for (const e of doc.edges) {
        const [a, b] = [firstRow.get(e.from) ?? 0, firstRow.get(e.to) ?? 0];
        delta[Math.min(a, b) + 1]++;
        delta[Math.max(a, b) + 1]--;
    }
    const cuts: number[] = [];
    for (let i = 0, sum = 0; i <= m.rows.length; i++) cuts.push(sum += delta[i]);
    return i => (m.rows[i]?.continued ? Infinity : cuts[i] ?? 0);
}

/** The header of table page `page`: none after the first when the file asks for it once (`tabel kepala sekali`). */
function pageHeader(doc: SopDocument, header: HeaderText, page: number): HeaderText {
    return page > 0 && doc.table?.repeatHeader === false ? { ...header, rowA: 0, rowG: 0, rowB: 0, rowN: 0 } : header;
}

/** Step number − 1 → the page of its row (of the first part, which holds the symbols, for a continued row). */
function stepPages(pages: number[][], m: MeasuredTable): number[] {
    const result: number[] = [];
    pages.forEach((rows, p) => rows.forEach(i => {
        const row = m.rows[i];
        if (!row.continued) result[row.step.number - 1] = p;
    }));
    return result;
}

interface PageInput {
    doc: SopDocument;
    geometry: PageGeometry;
    m: MeasuredTable;
    index: number;
    rows: RowText[];
    connectors: PageConnector[];
    edges: Edge[];
    footnotes: string[];
}

function placePage(input: PageInput): PagePlan {
    const { geometry, m } = input;
    const band = (position: 'top' | 'bottom', y: number): BandLayout | undefined => {
        const list = input.connectors.filter(c => c.position === position).sort((a, b) => a.label.localeCompare(b.label));
        const subRows = bandRowCount(list, input.doc, m.columns, m.colOf);
        return subRows === 0 ? undefined : { position, y, height: bandHeight(subRows), subRows, connectors: list };
    };
    const top = band('top', geometry.content.y);
    const tableTop = geometry.content.y + (top?.height ?? 0);
    const header = pageHeader(input.doc, m.header, input.index);
    let y = tableTop + headerHeight(header);
    const rows = input.rows.map(text => {
        const row = { text, y };
        y += text.height;
        return row;
    });
    const tableBottom = y;
    const bottom = band('bottom', tableBottom);
    const plan: PagePlan = {
        index: input.index, columns: m.columns, header, tableTop,
        bands: [top, bottom].filter((b): b is BandLayout => !!b).map(b => ({ position: b.position, y: b.y, height: b.height })),
        rows, tableBottom, gridRows: [], nodes: [], shapes: [], joins: [],
        edges: input.edges, connectors: input.connectors,
    };
    if (top) placeBand(input, plan, top);
    for (const row of rows) {
        if (row.text.continued) plan.gridRows.push({ top: row.y, bottom: row.y + row.text.height });
        else placeStepRow(input, plan, row.text.step, row.y, row.text.height);
    }
    if (bottom) placeBand(input, plan, bottom);
    if (input.footnotes.length) plan.footnotes = { y: tableBottom + (bottom?.height ?? 0) + 6, lines: input.footnotes };
    return plan;
}

const STEP_EXITS: Side[] = ['bottom', 'left', 'right'];
const STEP_ENTRIES: Side[] = ['top', 'left', 'right'];

/**
 * The symbols of a row, each in its actor column: every flow symbol is a node of its own; joined
 * boxes (`bersama`) belong to the row's entry symbol, tied to it by plain lines (an arrow of the
 * entry may attach to any box of the joint row, as offices draw them).
 */
function placeStepRow(input: PageInput, plan: PagePlan, step: Step, y: number, height: number): void {
    const { doc, m } = input;
    const r = plan.gridRows.length;
    plan.gridRows.push({ top: y, bottom: y + height });
    const cy = y + height / 2;
    const symbols = rowSymbols(step, m.colOf);
    const entryId = (symbols.find(s => s.symbol.id === step.entry) ?? symbols.find(s => s.symbol.role === 'flow') ?? symbols[0]).symbol.id;
    const nodes = new Map<string, PlacedNode>();
    for (const { symbol, col } of symbols) {
        const c = m.columns.actors[col];
        const size = shapeSize(symbol, available(m.columns, col));
        const shape: PlacedShape = { kind: symbol.kind, x: c.x + (c.width - size.width) / 2, y: cy - size.height / 2, width: size.width, height: size.height, lines: size.lines };
        const joined = symbol.role === 'joined' && symbol.id !== entryId;
        const page: PageShape = { step: step.number, actor: doc.actors[col]?.id ?? '', col, shape, symbol: symbol.id, ...(joined ? { joinedTo: entryId } : {}) };
        plan.shapes.push(page);
        const owner = joined ? entryId : symbol.id;
        let node = nodes.get(owner);
        if (!node) {
            node = { end: { kind: 'symbol', step: step.number, symbol: owner }, gridRow: r, shapes: [], joins: [], exitSides: STEP_EXITS, entrySides: STEP_ENTRIES };
            nodes.set(owner, node);
            plan.nodes.push(node);
        }
        node.shapes.push(page);
    }
    for (const node of nodes.values()) {
        const group = [...node.shapes].sort((a, b) => a.col - b.col);
        for (let i = 1; i < group.length; i++) {
            const a = group[i - 1], b = group[i];
            const join: PageJoin = { step: step.number, from: a.symbol!, to: b.symbol!, x1: a.shape.x + a.shape.width, x2: b.shape.x, y: cy };
            node.joins.push(join);
            plan.joins.push(join);
        }
    }
}

/** Connectors side by side in their step's actor column, in rows stacked away from the table. */
function placeBand(input: PageInput, plan: PagePlan, band: BandLayout): void {
    const { doc, m } = input;
    // Grid rows run top to bottom: a top band's farthest connector row comes first.
    const first = plan.gridRows.length;
    const rowIndex = (sub: number) => first + (band.position === 'top' ? band.subRows - 1 - sub : sub);
    const h = STYLE.connector.height;
    const pad = (CONNECTOR_PITCH - h) / 2;
    for (let r = 0; r < band.subRows; r++) {
        const sub = band.position === 'top' ? band.subRows - 1 - r : r;
        const y = connectorTop(band, sub);
        plan.gridRows.push({ top: y - pad, bottom: y + h + pad });
    }
    const byCol = new Map<number, PageConnector[]>();
    for (const c of band.connectors) {
        const col = connectorColumn(c, doc, m.colOf);
        byCol.set(col, [...(byCol.get(col) ?? []), c]);
    }
    for (const [col, list] of byCol) {
        const per = perRow(m.columns, col);
        const column = m.columns.actors[col];
        list.forEach((connector, i) => {
            const sub = Math.floor(i / per);
            const inRow = Math.min(per, list.length - sub * per);
            const width = connectorWidth(m.columns, col, inRow);
            const slot = i % per;
            const total = inRow * width + (inRow - 1) * CONNECTOR_GAP;
            const x = column.x + (column.width - total) / 2 + slot * (width + CONNECTOR_GAP);
            const shape: PlacedShape = { kind: 'connector', x, y: connectorTop(band, sub), width, height: h, lines: [connector.label] };
            const placed: PageShape = { step: connector.step, actor: doc.actors[col]?.id ?? '', col, shape, connector };
            const toward: Side = band.position === 'top' ? 'bottom' : 'top';
            plan.nodes.push({
                end: { kind: 'connector', step: connector.step, connector: connector.label },
                gridRow: rowIndex(sub), shapes: [placed], joins: [],
                exitSides: connector.role === 'in' ? [toward] : [],
                entrySides: connector.role === 'out' ? [toward] : [],
            });
            plan.shapes.push(placed);
        });
    }
}
