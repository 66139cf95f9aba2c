/**
 * Finds the flowchart table (NO | KEGIATAN | PELAKSANA … | MUTU BAKU … | KETERANGAN) and reads its
 * header (actor columns, groups, mutu baku sub-columns) and its rows. Tables that continue it on
 * later pages (the header repeated, or the same number of columns) are read as more rows.
 */
import type { DraftActor, DraftRow } from './import-draft.js';
import type { GridCell, GridSymbol, GridTable } from './import-types.js';
import { joinWrapped, lines, listItems, normal } from './text-lines.js';

/** Grid columns of one flowchart table. */
export interface TableColumns {
    no: number;
    activity: number;
    /** Grid column ranges [start, end) of each actor, in order. */
    actors: Array<[number, number]>;
    requirements?: number;
    duration?: number;
    output?: number;
    notes?: number;
    /** First grid row with a step number. */
    bodyStart: number;
    /** First grid row below the header (and its column-number row): where a row continued from the page before sits. */
    headerEnd: number;
    /** First grid row of the header: rows above it (an identity sheet ruled as one table with it) are not the flowchart's. */
    headerTop: number;
}

export interface ReadRow {
    row: DraftRow;
    /** The cell texts as read, for joining a row continued on the next page. */
    texts: { activity: string; requirements: string; output: string; notes: string };
    /** The row has no number of its own or repeats the one above: it continues that row. */
    continues?: boolean;
    number?: number;
    /** Grid rows [start, end) of the row in its table. */
    rows: [number, number];
    table: number;
}

export function cellAt(table: GridTable, row: number, col: number): GridCell | undefined {
    return table.cells.find(c => c.row <= row && row < c.row + c.rowSpan && c.col <= col && col < c.col + c.colSpan);
}

const find = (table: GridTable, test: RegExp, maxRow = Infinity) => table.cells
    .filter(c => c.row <= maxRow && test.test(normal(c.text)))
    .sort((a, b) => a.row - b.row || a.col - b.col)[0];

const ACTIVITY = /^(KEGIATAN|URAIAN|AKTIVITAS)/;
/** Headings of the columns right of the actors: where the actor band ends when no PELAKSANA heading says so. */
const AFTER_ACTORS = /^(MUTU BAKU|KELENGKAPAN|PERSYARATAN|WAKTU|OUTPUT|INPUT)/;

export function isFlowchartTable(table: GridTable): boolean {
    return actorBand(table) !== undefined;
}

/**
 * The cell over the actor columns: the one headed PELAKSANA; else (a header that leaves it empty or
 * has none, the actor names then standing in the top row) the columns between the activity heading
 * and the first mutu baku heading, as the empty cell over them or as a cell of its own a row above.
 */
function actorBand(table: GridTable): { cell: Pick<GridCell, 'row' | 'col' | 'colSpan'>; activity: GridCell } | undefined {
    const activity = find(table, ACTIVITY);
    if (!activity) return undefined;
    const named = find(table, /^PELAKSANA\b/);
    if (named) return { cell: named, activity };
    const start = activity.col + activity.colSpan;
    const end = table.cells.filter(c => c.row <= activity.row && c.col >= start && AFTER_ACTORS.test(normal(c.text))).sort((a, b) => a.col - b.col)[0]?.col;
    if (end === undefined || end <= start) return undefined;
    const over = cellAt(table, activity.row, start);
    if (over && over.text.trim() === '' && over.col === start && over.colSpan === end - start && over.rowSpan < activity.rowSpan) return { cell: over, activity };
    return { cell: { row: activity.row - 1, col: start, colSpan: end - start }, activity };
}

/** Reads the header; returns the actors (with groups) and the grid columns. */
export function readHeader(table: GridTable): { actors: DraftActor[]; columns: TableColumns } | undefined {
    const band = actorBand(table);
    if (!band) return undefined;
    const { cell: actorsCell, activity } = band;
    const top = actorsCell.row;
    const no = find(table, /^NO$|^NO /, top + 1)?.col ?? 0;
    const bodyStart = firstBodyRow(table, no, top + 1);
    const [a0, a1] = [actorsCell.col, actorsCell.col + actorsCell.colSpan];
    let leafRow = bodyStart - 1;
    while (leafRow > top + 1 && isNumberRow(table, leafRow)) leafRow--;
    let headerEnd = leafRow + 1;
    while (headerEnd < bodyStart && isNumberRow(table, headerEnd)) headerEnd++;
    const leaves: GridCell[] = [];
    const actors: DraftActor[] = [];
    for (let col = a0; col < a1;) {
        const leaf = cellAt(table, leafRow, col);
        if (!leaf || leaf === actorsCell) break;
        const group = leaf.row > top + 1 ? cellAt(table, leaf.row - 1, col) : undefined;
        actors.push({ label: actorLabel(leaf.text), group: group && group !== actorsCell ? actorLabel(group.text) : undefined });
        leaves.push(leaf);
        col = leaf.col + leaf.colSpan;
    }
    const sub = (test: RegExp) => table.cells.find(c => c.row > top && c.row < bodyStart && test.test(normal(c.text)))?.col;
    return {
        actors,
        columns: {
            no, activity: activity.col, bodyStart, headerEnd, headerTop: Math.min(activity.row, Math.max(0, top)),
            actors: leaves.map(l => [l.col, l.col + l.colSpan]),
            requirements: sub(/^(KELENGKAPAN|PERSYARATAN)/),
            duration: sub(/^WAKTU/),
            output: sub(/^OUTPUT|^KELUARAN|^HASIL/),
            notes: find(table, /^KET/, bodyStart)?.col,
        },
    };
}

/** Names unbroken: wrapped lines joined, a word hyphenated at a line end joined whole. */
function actorLabel(text: string): string {
    return joinWrapped(text).replace(/\n/g, ' ');
}

/** The first row holding a step number in the NO column (column-number rows `(1) (2)` are header). */
function firstBodyRow(table: GridTable, no: number, from: number): number {
    const rows = Math.max(...table.cells.map(c => c.row + c.rowSpan));
    for (let r = from; r < rows; r++) {
        const cell = cellAt(table, r, no);
        if (cell && cell.row === r && /^\d+\.?$/.test(cell.text.trim()) && !isNumberRow(table, r)) return r;
    }
    return rows;
}

/** The `(1) (2) (3)` row under the headings: every cell of it holds only a number. */
function isNumberRow(table: GridTable, row: number): boolean {
    const cells = table.cells.filter(c => c.row === row && c.text.trim() !== '');
    return cells.length > 2 && cells.every(c => /^\(?\d+\)?$/.test(c.text.trim()));
}

/** Reads the body rows of one table with the given columns; `from` overrides the first body row. */
export function readRows(table: GridTable, columns: TableColumns, tableIndex: number, from = columns.bodyStart): ReadRow[] {
    const rows = Math.max(...table.cells.map(c => c.row + c.rowSpan));
    const out: ReadRow[] = [];
    for (let r = from; r < rows; r++) {
        const noCell = cellAt(table, r, columns.no);
        if (!noCell || noCell.row !== r || isNumberRow(table, r)) continue;
        const numbered = /^\d+\.?$/.test(noCell.text.trim());
        // Only the first row of a table may continue a row from the page before.
        const continues = out.length === 0 && noCell.text.trim() === '' && r === from && tableIndex > 0;
        if (!numbered && !continues) continue;
        out.push(readRow(table, columns, r, noCell.rowSpan, tableIndex, continues));
    }
    return out;
}

function readRow(table: GridTable, columns: TableColumns, r: number, span: number, tableIndex: number, continues: boolean): ReadRow {
    const text = (col: number | undefined) => col === undefined ? '' : cellAt(table, r, col)?.text ?? '';
    const durationCell = columns.duration === undefined ? undefined : cellAt(table, r, columns.duration);
    const texts = { activity: text(columns.activity), requirements: text(columns.requirements), output: text(columns.output), notes: text(columns.notes) };
    const row: DraftRow = {
        activity: joinWrapped(texts.activity),
        requirements: listItems(texts.requirements),
        duration: durationCell ? lines(durationCell.text).join(' ') : undefined,
        durationMerged: durationCell !== undefined && durationCell.row < r,
        output: joinWrapped(texts.output).replace(/\n/g, ' ') || undefined,
        notes: listItems(texts.notes),
        symbols: [],
        pageBreakBefore: table.pageStarts.includes(r),
        rowNotes: [],
    };
    const number = Number.parseInt(cellAt(table, r, columns.no)?.text ?? '', 10);
    return { row, texts, rows: [r, r + span], table: tableIndex, continues, number: Number.isNaN(number) ? undefined : number };
}

/** The actor index whose columns hold a symbol, or -1 outside the actor columns. */
export function actorOf(columns: TableColumns, symbol: GridSymbol): number {
    return columns.actors.findIndex(([c0, c1]) => c0 <= symbol.col && symbol.col < c1);
}
