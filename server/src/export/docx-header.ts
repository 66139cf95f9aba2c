/**
 * The flowchart table's header rows in Word, cell for cell as the renderer draws them: NO, KEGIATAN
 * and KETERANGAN merged down the heading rows (vMerge); PELAKSANA and MUTU BAKU across their columns
 * (gridSpan); the actor-group row when the file declares groups (a group over its jabatan, an actor
 * outside every group and the mutu baku columns merged down through it); the optional row of column
 * numbers (1), (2), …. The headings are the office's own (`judul kolom`), the row heights the renderer's.
 */
import { AlignmentType, HeightRule, ShadingType, TableRow, VerticalAlign, VerticalMergeType, type TableCell } from 'docx';
import type { SopDocument } from '../model/sop-document.js';
import type { LaidOutTable } from '../render/render-types.js';
import { STYLE } from '../render/render-style.js';
import { headerText, type Column, type TableColumns } from '../render/table-measure.js';
import { textCell, twips } from './docx-units.js';

const FILL = STYLE.headerFill.replace('#', '');
/** Columns around the actor band: NO, KEGIATAN before; KELENGKAPAN, WAKTU, OUTPUT, KETERANGAN after. */
export const BEFORE = 2;
export const AFTER = 4;

/** A span of actor columns under one group heading (0-based, inclusive). */
interface GroupSpan { label: string; first: number; last: number }

type Merge = 'restart' | 'continue' | undefined;
type CellOptions = { span?: number; merge?: Merge; size?: number };

/** The header rows of a page's table (repeated by Word if it breaks the table); none when `table` has none. */
export function headerRows(doc: SopDocument, table: LaidOutTable): TableRow[] {
    if (table.bodyTop - table.y <= 0.5) return [];
    const cols = widths(table.columnRules);
    const actors = cols.length - BEFORE - AFTER;
    const h = headerText(doc, layoutColumns(table, actors));
    const hd = doc.table?.headings ?? {};
    const groups = groupSpans(doc, actors);
    const sum = (from: number, count: number) => cols.slice(from, from + count).reduce((a, b) => a + b, 0);
    const mutu = BEFORE + actors;
    const cell = (text: string, col: number, o: CellOptions = {}) => head(text, sum(col, o.span ?? 1), o);
    const spanning = (merge: Merge) => ({
        no: cell(merge === 'restart' ? 'NO' : '', 0, { merge }),
        activity: cell(merge === 'restart' ? hd.activity ?? 'KEGIATAN' : '', 1, { merge }),
        notes: cell(merge === 'restart' ? hd.notes ?? 'KETERANGAN' : '', mutu + 3, { merge }),
    });
    const mutuCells = (merge: Merge) => [
        cell(merge === 'continue' ? '' : hd.requirements ?? 'KELENGKAPAN', mutu, { merge }),
        cell(merge === 'continue' ? '' : hd.duration ?? 'WAKTU', mutu + 1, { merge }),
        cell(merge === 'continue' ? '' : hd.output ?? 'OUTPUT', mutu + 2, { merge }),
    ];
    const label = (i: number) => doc.actors[i]?.label ?? '-';
    const top = spanning('restart');
    const rows: Array<{ height: number; cells: TableCell[] }> = [{
        height: h.rowA,
        cells: [top.no, top.activity, cell(hd.actors ?? 'PELAKSANA', BEFORE, { span: actors }), cell(hd.quality ?? 'MUTU BAKU', mutu, { span: 3 }), top.notes],
    }];
    if (groups.length > 0) {
        // The group row: a group over its jabatan; an actor outside every group starts a cell merged down into the jabatan row.
        const mid = spanning('continue');
        const band = walkActors(actors, groups, (g, i) => g ? cell(g.label, BEFORE + i, { span: g.last - g.first + 1 }) : cell(label(i), BEFORE + i, { merge: 'restart' }));
        rows.push({ height: h.rowG, cells: [mid.no, mid.activity, ...band, ...mutuCells('restart'), mid.notes] });
    }
    const low = spanning('continue');
    const grouped = new Set(groups.flatMap(g => range(g.first, g.last)));
    const leaves = range(0, actors - 1).map(i => cell(grouped.has(i) || groups.length === 0 ? label(i) : '', BEFORE + i, grouped.has(i) || groups.length === 0 ? {} : { merge: 'continue' }));
    rows.push({ height: h.rowB, cells: [low.no, low.activity, ...leaves, ...mutuCells(groups.length > 0 ? 'continue' : undefined), low.notes] });
    if (h.rowN > 0) rows.push({ height: h.rowN, cells: cols.map((_, i) => cell(`(${i + 1})`, i, { size: STYLE.smallFont.size })) });
    return rows.map(r => new TableRow({ tableHeader: true, cantSplit: true, height: { value: twips(r.height), rule: HeightRule.ATLEAST }, children: r.cells }));
}

function head(text: string, width: number, o: CellOptions): TableCell {
    const merge = o.merge === 'restart' ? VerticalMergeType.RESTART : o.merge === 'continue' ? VerticalMergeType.CONTINUE : undefined;
    return textCell(text, width, {
        size: o.size ?? STYLE.headerFont.size, bold: o.size === undefined, alignment: AlignmentType.CENTER, verticalAlign: VerticalAlign.CENTER,
        shading: { type: ShadingType.CLEAR, fill: FILL, color: 'auto' },
        ...(o.span && o.span > 1 ? { columnSpan: o.span } : {}),
        ...(merge ? { verticalMerge: merge } : {}),
    });
}

/** Actor columns left to right: one call per group (its first column) and per actor outside every group. */
function walkActors<T>(actors: number, groups: GroupSpan[], each: (group: GroupSpan | undefined, column: number) => T): T[] {
    const out: T[] = [];
    for (let i = 0; i < actors;) {
        const g = groups.find(x => x.first === i);
        out.push(each(g, i));
        i = g ? g.last + 1 : i + 1;
    }
    return out;
}

/** The groups as the renderer spans them (first to last of their columns), overlapping ones left out. */
function groupSpans(doc: SopDocument, actors: number): GroupSpan[] {
    const colOf = new Map(doc.actors.map((a, i) => [a.id, i]));
    const spans: GroupSpan[] = [];
    for (const g of doc.actorGroups ?? []) {
        const cols = g.actors.map(a => colOf.get(a)).filter((c): c is number => c !== undefined && c < actors);
        if (cols.length === 0) continue;
        const first = Math.min(cols[0], cols[cols.length - 1]);
        const last = Math.max(cols[0], cols[cols.length - 1]);
        if (spans.some(s => first <= s.last && last >= s.first)) continue;
        spans.push({ label: g.label, first, last });
    }
    return spans.sort((a, b) => a.first - b.first);
}

function range(from: number, to: number): number[] {
    return Array.from({ length: Math.max(0, to - from + 1) }, (_, k) => from + k);
}

export function widths(rules: number[]): number[] {
    return rules.slice(1).map((r, i) => r - rules[i]);
}

/** The renderer's column geometry, read back from the page layout's rules. */
export function layoutColumns(table: LaidOutTable, actors: number): TableColumns {
    const r = table.columnRules;
    const col = (i: number): Column => ({ x: r[i], width: r[i + 1] - r[i] });
    const mutu = BEFORE + actors;
    return {
        x: table.x, width: table.width, no: col(0), activity: col(1), actors: range(BEFORE, mutu - 1).map(col),
        requirements: col(mutu), duration: col(mutu + 1), output: col(mutu + 2), notes: col(mutu + 3),
    };
}
