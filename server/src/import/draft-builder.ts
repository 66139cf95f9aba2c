/**
 * Turns a reader's tables into one draft model: identity from the other tables, rows and actors
 * from the flowchart table (and its continuations on later pages), symbols placed in their actor
 * cells, off-page connector pairs joined into one arrow, arrows addressed by row and symbol.
 */
import type { DraftActor, DraftArrow, DraftDocument, DraftRow } from './import-draft.js';
import { ImportCodes, note } from './import-messages.js';
import type { GridArrow, GridSymbol, GridTable, SourceDocument } from './import-types.js';
import { recogniseIdentity } from './identity-recogniser.js';
import { jointSteps } from './joint-steps.js';
import { asContinuation, appendContinued } from './table-continuation.js';
import { actorOf, isFlowchartTable, readHeader, readRows, type ReadRow, type TableColumns } from './table-recogniser.js';

export function buildDraft(source: SourceDocument): DraftDocument {
    const { flow, others } = flowchartTables(source.tables);
    const draft: DraftDocument = {
        identity: recogniseIdentity([...others, ...flow.map(above).filter(t => t.cells.length > 0)]), actors: [], rows: [], arrows: [], flowKnown: false, notes: [...source.notes],
    };
    if (flow.length === 0) {
        draft.notes.push(note(ImportCodes.noFlowchartTable));
        return draft;
    }
    const read: Array<{ row: ReadRow; columns: TableColumns }> = [];
    for (const [k, { table, columns, from }] of flow.entries()) {
        const rows = readRows(table, columns, k, from);
        const last = read[read.length - 1]?.row;
        if (rows.length > 0 && last && (rows[0].continues || (rows[0].number !== undefined && rows[0].number === last.number))) {
            // The part continuing a row is read as that row: its symbols land in it, its texts join it.
            appendContinued(last, rows[0]);
            // Shared, so a row going on over a third page joins all its parts.
            rows[0].row = last.row;
            rows[0].texts = last.texts;
        } else if (k > 0 && rows.length > 0) rows[0].row.pageBreakBefore = true;
        read.push(...rows.map(row => ({ row, columns })));
    }
    draft.actors = flow[0].actors;
    draft.rows = [...new Set(read.map(r => r.row.row))];
    placeSymbols(draft, read, flow.map(f => f.table));
    return draft;
}

/**
 * The flowchart tables in page order with their columns: tables with a header, and tables without
 * one that continue the table before on its columns. The rest (identity sheet) is returned apart.
 */
function flowchartTables(tables: GridTable[]) {
    const flow: Array<{ table: GridTable; columns: TableColumns; actors: DraftActor[]; from: number }> = [];
    const others: GridTable[] = [];
    for (const t of tables) {
        const previous = flow[flow.length - 1];
        // A page repeating the header on the same column rules has the first page's columns (and header rows).
        const repeated = previous && isFlowchartTable(t) && sameRules(t.xs, previous.table.xs) ? { columns: previous.columns, actors: previous.actors } : undefined;
        const header = repeated ?? (isFlowchartTable(t) ? readHeader(t) : undefined);
        const continued = header || !previous ? undefined : asContinuation(t, previous.table);
        // A later page's table may open with the rest of a row from the page before, right below its header.
        if (header) flow.push({ table: t, columns: header.columns, actors: header.actors, from: previous ? header.columns.headerEnd : header.columns.bodyStart });
        else if (continued) flow.push({ table: continued, columns: previous.columns, actors: previous.actors, from: 0 });
        else others.push(t);
    }
    return { flow, others };
}

/** The part of a flowchart table above its header: an identity sheet ruled as one table with it. */
function above({ table, columns }: { table: GridTable; columns: TableColumns }): GridTable {
    return { ...table, cells: table.cells.filter(c => c.row + c.rowSpan <= columns.headerTop), symbols: [], arrows: [] };
}

function sameRules(a: number[] | undefined, b: number[] | undefined): boolean {
    return !!a && !!b && a.length === b.length && a.every((x, i) => Math.abs(x - b[i]) <= 1.5);
}

/** Puts each symbol in its row and actor; then maps arrows (joined across connector pairs) onto them. */
function placeSymbols(draft: DraftDocument, read: Array<{ row: ReadRow; columns: TableColumns }>, tables: GridTable[]): void {
    const where = new Map<string, [number, number]>();
    const connectors: Array<GridSymbol & { table: number }> = [];
    tables.forEach((table, k) => {
        for (const symbol of table.symbols) {
            if (symbol.kind === 'connector') { connectors.push({ ...symbol, table: k }); continue; }
            const at = read.find(({ row }) => row.table === k && row.rows[0] <= symbol.row && symbol.row < row.rows[1]);
            if (!at) continue;
            const r = draft.rows.indexOf(at.row.row);
            const actor = actorOf(at.columns, symbol);
            const row = draft.rows[r];
            if (actor < 0 || row.symbols.some(s => s.actor === actor)) {
                row.rowNotes.push(note(ImportCodes.symbolOutsideActors, r + 1));
                continue;
            }
            row.symbols.push({ actor, kind: symbol.kind, text: symbol.text });
            where.set(symbol.id, [r, row.symbols.length - 1]);
        }
    });
    draft.flowKnown = where.size > 0 && !tables.some(t => t.arrowsUnread && t.symbols.length > 0);
    if (where.size === 0 && draft.rows.length > 0) draft.notes.push(note(ImportCodes.noSymbols));
    // Symbols read from a picture without its arrows: who does what is kept, the flow stays implicit (the reader said so).
    if (!draft.flowKnown) return;
    orderSymbols(draft, where);
    const arrows = joinConnectors(tables.flatMap(t => t.arrows), connectors, draft);
    const stand = jointSteps(draft, where, tables.flatMap(t => t.joins ?? []), arrows);
    for (const arrow of arrows) {
        const from = where.get(stand.get(arrow.from) ?? arrow.from);
        const to = where.get(stand.get(arrow.to) ?? arrow.to);
        if (from && to && from[0] === to[0] && draft.rows[from[0]].joint) continue;
        if (!from || !to) {
            const at = from ?? to;
            if (at) draft.rows[at[0]].rowNotes.push(note(ImportCodes.arrowOneEnd, arrow.label ?? ''));
            continue;
        }
        const draftArrow: DraftArrow = { from, to, label: arrow.label, notes: [] };
        if (arrow.labelUnsure && arrow.label) draftArrow.notes.push(note(ImportCodes.labelUnsure, arrow.label));
        draft.arrows.push(draftArrow);
    }
    draft.rows.forEach((row, r) => { if (row.symbols.length === 0) row.rowNotes.push(note(ImportCodes.rowWithoutSymbol, r + 1)); });
}

/**
 * Orders each row's symbols so the entry (written first) is the one an arrow from an earlier row
 * reaches; the rest follow by column. Rewrites `where` to the new indices.
 */
function orderSymbols(draft: DraftDocument, where: Map<string, [number, number]>): void {
    draft.rows.forEach((row: DraftRow, r) => {
        const order = row.symbols.map((_, i) => i).sort((a, b) => row.symbols[a].actor - row.symbols[b].actor);
        const next = order.map(i => row.symbols[i]);
        for (const [id, [rr, i]] of where) if (rr === r) where.set(id, [r, order.indexOf(i)]);
        row.symbols = next;
    });
}

/**
 * An arrow into connector "A" on one page and out of connector "A" on the next become one arrow.
 * Where the label does not tell the partner (connectors left empty, or a label used twice), the
 * partner is on the next page that has one, in the same column when there are several.
 */
function joinConnectors(arrows: GridArrow[], connectors: Array<GridSymbol & { table: number }>, draft: DraftDocument): GridArrow[] {
    const byId = new Map(connectors.map(c => [c.id, c]));
    const plain = arrows.filter(a => !byId.has(a.from) && !byId.has(a.to));
    const into = arrows.filter(a => byId.has(a.to) && !byId.has(a.from));
    const outOf = arrows.filter(a => byId.has(a.from) && !byId.has(a.to));
    for (const a of into) {
        const label = (byId.get(a.to)!.text ?? '').trim();
        const partners = nearest(byId.get(a.to)!, connectors.filter(c => c.id !== a.to && (c.text ?? '').trim() === label && outOf.some(o => o.from === c.id)));
        const outs = outOf.filter(o => partners.some(p => p.id === o.from));
        if (outs.length === 0) draft.notes.push(note(ImportCodes.connectorUnpaired, label));
        for (const o of outs) plain.push({ from: a.from, to: o.to, label: a.label ?? o.label, labelUnsure: a.labelUnsure || o.labelUnsure });
    }
    return plain;
}

/** The partners of a connector when its label leaves a choice: on the next page with any, then in its column. */
function nearest<T extends GridSymbol & { table: number }>(from: T, partners: T[]): T[] {
    if (partners.length < 2 && (from.text ?? '').trim() !== '') return partners;
    const later = partners.filter(p => p.table > from.table);
    if (later.length === 0) return partners.length < 2 ? partners : [];
    const page = later.filter(p => p.table === Math.min(...later.map(l => l.table)));
    const column = page.filter(p => p.col === from.col);
    return column.length > 0 ? column : page.length === 1 ? page : [];
}
