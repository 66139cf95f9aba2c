/**
 * Where off-page connectors go: bands outside the table (above it for incoming forward flow and
 * outgoing loop-backs, below it otherwise), connectors side by side in their step's actor column,
 * stacked in rows away from the table when a column holds more than fit side by side.
 */
import type { SopDocument } from '../model/sop-document.js';
import { available, columnOf } from './actor-columns.js';
import type { PageConnector } from './connectors.js';
import { SPACING } from './layout-constants.js';
import { STYLE } from './render-style.js';
import type { TableColumns } from './table-measure.js';

/** Horizontal gap between connectors side by side; vertical pitch of stacked connector rows; gap between the table and its connectors. */
export const CONNECTOR_GAP = SPACING.connectorGap;
export const CONNECTOR_PITCH = STYLE.connector.height + SPACING.connectorRowGap;
export const TABLE_GAP = SPACING.tableGap;

/** Height of a band of `subRows` rows of connectors, with its gap to the table. */
export function bandHeight(subRows: number): number {
    return subRows === 0 ? 0 : (subRows - 1) * CONNECTOR_PITCH + STYLE.connector.height + TABLE_GAP;
}

/** How many connectors fit side by side in one band row of a column (narrowed down to CONNECTOR_MIN_WIDTH before a second row). */
export function perRow(columns: TableColumns, col: number): number {
    return Math.max(1, Math.floor((available(columns, col) + CONNECTOR_GAP) / (CONNECTOR_MIN_WIDTH + CONNECTOR_GAP)));
}

/** Width of the connectors of a band row holding `count` of them in a column. */
export function connectorWidth(columns: TableColumns, col: number, count: number): number {
    const fit = (available(columns, col) - (count - 1) * CONNECTOR_GAP) / Math.max(1, count);
    return Math.max(Math.min(CONNECTOR_MIN_WIDTH, available(columns, col)), Math.min(STYLE.connector.width, fit));
}

const CONNECTOR_MIN_WIDTH = 24;

/**
 * Both halves of a pair stand in one column: the column of the arrow's target step (the flow
 * continues straight down from the incoming half, and reads the same on both pages).
 */
export function connectorColumn(c: PageConnector, doc: SopDocument, colOf: Map<string, number>): number {
    return columnOf(doc.steps[c.edge.to - 1], c.edge.toSymbol, colOf);
}

export function bandRowCount(list: PageConnector[], doc: SopDocument, columns: TableColumns, colOf: Map<string, number>): number {
    const perCol = new Map<number, number>();
    for (const c of list) {
        const col = connectorColumn(c, doc, colOf);
        perCol.set(col, (perCol.get(col) ?? 0) + 1);
    }
    let rows = 0;
    for (const [col, count] of perCol) rows = Math.max(rows, Math.ceil(count / perRow(columns, col)));
    return rows;
}

export function bandNeeds(pageCount: number, connectors: PageConnector[], doc: SopDocument, columns: TableColumns, colOf: Map<string, number>) {
    const need = { top: 0, bottom: 0 };
    // Grouped once: a long SOP has hundreds of pages and connectors.
    const bands = new Map<string, PageConnector[]>();
    for (const c of connectors) {
        if (c.page < 0 || c.page >= pageCount) continue;
        const key = `${c.page}:${c.position}`;
        const list = bands.get(key);
        if (list) list.push(c);
        else bands.set(key, [c]);
    }
    for (const [key, list] of bands) {
        const position = key.endsWith('top') ? 'top' : 'bottom';
        need[position] = Math.max(need[position], bandRowCount(list, doc, columns, colOf));
    }
    return need;
}

export interface BandLayout {
    position: 'top' | 'bottom';
    y: number;
    height: number;
    subRows: number;
    connectors: PageConnector[];
}

/** Top of connector row `sub` of a band: rows stack away from the table. */
export function connectorTop(band: BandLayout, sub: number): number {
    const h = STYLE.connector.height;
    return band.position === 'top'
        ? band.y + band.height - TABLE_GAP - h - sub * CONNECTOR_PITCH
        : band.y + TABLE_GAP + sub * CONNECTOR_PITCH;
}
