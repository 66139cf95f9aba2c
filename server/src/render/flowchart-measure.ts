/** Measuring the flowchart table: column widths, header, the wrapped text and height of every row, footnotes. */
import type { SopDocument, Step } from '../model/sop-document.js';
import { actorColumnIndex, available, rowSymbols } from './actor-columns.js';
import { bandHeight } from './connector-bands.js';
import { maxOf } from './max-of.js';
import type { PageGeometry } from './paper.js';
import { STYLE } from './render-style.js';
import { shapeSize } from './shape-geometry.js';
import { cellTexts, headerHeight, headerText, rowText, splitRow, tableColumns, type ColumnTexts, type HeaderText, type RowText, type TableColumns } from './table-measure.js';
import { lineHeight } from './text-metrics.js';
import { wrapText } from './text-wrap.js';

export interface MeasuredTable {
    columns: TableColumns;
    header: HeaderText;
    /** Actor id → column. */
    colOf: Map<string, number>;
    /** The table rows in order: one per step, or several when a step's row continues on the next page. */
    rows: RowText[];
    footnotes: string[];
    /** Height the footnotes need under the last table. */
    tail: number;
}

/** The part of the table's measure that depends on the paper's width only: the same for every band and page height. */
export interface TableFrame {
    columns: TableColumns;
    header: HeaderText;
    colOf: Map<string, number>;
    footnotes: string[];
    tail: number;
    /** The tallest symbol of each step's row, by step index. */
    shapeHeights: number[];
}

export function measureFrame(doc: SopDocument, geometry: PageGeometry): TableFrame {
    const { content } = geometry;
    const cells = doc.steps.map(cellTexts);
    const texts: ColumnTexts = {
        activity: cells.map(c => c.activity), requirements: cells.map(c => c.requirements), duration: cells.map(c => c.duration),
        output: cells.map(c => c.output), notes: cells.map(c => c.notes),
    };
    const columns = tableColumns(content.x, content.width, doc.actors.length, texts);
    const header = headerText(doc, columns);
    const colOf = actorColumnIndex(doc);
    const footnotes = footnoteLines(doc, columns.width);
    const tail = footnotes.length ? 6 + footnotes.length * lineHeight(STYLE.bodyFont) : 0;
    return { columns, header, colOf, footnotes, tail, shapeHeights: doc.steps.map(step => stepShapeHeight(step, columns, colOf)) };
}

/** `frame`: measured once for several bands or page heights of the same width (nothing in it is changed later). */
export function measureTable(doc: SopDocument, geometry: PageGeometry, band: number, frame = measureFrame(doc, geometry)): MeasuredTable {
    const { columns, header, colOf, footnotes, tail } = frame;
    // A row taller than a page continues on the next (never drawn past the bottom edge); the room
    // left for it assumes two connector rows above and below the table, and the footnotes.
    const limit = geometry.content.height - headerHeight(header) - 2 * bandHeight(2) - tail;
    const rows = doc.steps.flatMap((step, i) => splitRow(rowText(step, columns, frame.shapeHeights[i], band), Math.max(limit, 60), band));
    return { columns, header, colOf, rows, footnotes, tail };
}

function stepShapeHeight(step: Step, columns: TableColumns, colOf: Map<string, number>): number {
    return maxOf(rowSymbols(step, colOf), s => shapeSize(s.symbol, available(columns, s.col)).height);
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
