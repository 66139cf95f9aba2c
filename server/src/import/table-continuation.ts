/**
 * Flowchart tables over several pages, in both ways a renderer may draw them: each page's table with
 * its header, or the header on the first page only (a later page's table then has the same column
 * rules and no header: its cells are moved onto the first table's grid). A row too tall for its page
 * continues at the top of the next one, with its NO cell empty or repeating the number: that part
 * is added to the row it continues.
 */
import type { GridTable } from './import-types.js';
import type { ReadRow } from './table-recogniser.js';
import { joinWrapped, listItems } from './text-lines.js';

const TOL = 1.5;

/** The table moved onto `header`'s columns when its column rules are a subset of the header's; else undefined. */
export function asContinuation(table: GridTable, header: GridTable): GridTable | undefined {
    const [xs, hx] = [table.xs, header.xs];
    if (!xs || !hx || xs.length < 3) return undefined;
    const map = xs.map(x => hx.findIndex(h => Math.abs(h - x) <= TOL));
    if (map.some(i => i < 0) || map[0] !== 0 || map[map.length - 1] !== hx.length - 1) return undefined;
    return {
        ...table,
        xs: hx,
        cells: table.cells.map(c => ({ ...c, col: map[c.col], colSpan: map[c.col + c.colSpan] - map[c.col] })),
        symbols: table.symbols.map(s => ({ ...s, col: colOf(hx, xs[s.col], xs[s.col + 1]) })),
    };
}

/** The finest header column a body column starts in (a body column may span several). */
function colOf(hx: number[], x0: number, x1: number): number {
    const mid = (x0 + x1) / 2;
    const i = hx.findIndex((h, k) => k + 1 < hx.length && h - TOL <= x0 && mid < hx[k + 1]);
    return i < 0 ? 0 : i;
}

/** Adds the continued part of a row (its cells read as a row of their own) to the row, re-reading the joined cell texts. */
export function appendContinued(row: ReadRow, part: ReadRow): void {
    const t = row.texts;
    for (const key of ['activity', 'requirements', 'output', 'notes'] as const) t[key] = [t[key], part.texts[key]].filter(Boolean).join('\n');
    row.row.activity = joinWrapped(t.activity);
    row.row.requirements = listItems(t.requirements);
    row.row.notes = listItems(t.notes);
    row.row.output = joinWrapped(t.output).replace(/\n/g, ' ') || undefined;
    if (!row.row.duration && part.row.duration && part.row.duration !== '-') row.row.duration = part.row.duration;
}
