/**
 * A flowchart page as a Word table: NO, KEGIATAN, MUTU BAKU and KETERANGAN are editable text cells;
 * the actor columns of each row hold that row's slice of the renderer's drawing (symbols, arrows,
 * branch labels) as SVG with a PNG fallback, so Word prints the same picture as the PDF. Column widths
 * and row heights come from the page layout; the header rows
 * (docx-header) repeat if Word breaks the table.
 */
import {
    AlignmentType, HeightRule, HorizontalPositionRelativeFrom, ImageRun, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextWrappingType, VerticalAlign, VerticalMergeType, VerticalPositionRelativeFrom, WidthType,
} from 'docx';
import type { SopDocument, Step } from '../model/sop-document.js';
import type { LaidOutPage, LaidOutTable } from '../render/render-types.js';
import { STYLE } from '../render/render-style.js';
import { cellTexts, rowText } from '../render/table-measure.js';
import { cellLines, joinLines } from './docx-cell-lines.js';
import { AFTER, BEFORE, headerRows, layoutColumns, widths } from './docx-header.js';
import { BORDERS, textCell, twips } from './docx-units.js';
import { svgToPng } from './png-export.js';
import { cropSvg, type Window } from './svg-crop.js';

/** The drawing's fallback raster: 2 px per page unit (192 dpi) prints sharply. */
const FALLBACK_DPI = 192;

export interface FlowchartPageInput {
    doc: SopDocument;
    page: LaidOutPage;
    svg: string;
    /** Steps the renderer split over pages: their parts take the lines drawn on each page. */
    split?: ReadonlySet<number>;
}

/** The blocks of one flowchart page: connectors above, the table, connectors below. */
export function flowchartBlocks({ doc, page, svg, split }: FlowchartPageInput): Array<Table | Paragraph> {
    const table = page.table;
    if (!table) return [];
    const cols = widths(table.columnRules);
    const actors = cols.length - BEFORE - AFTER;
    const band = { x: table.columnRules[BEFORE], width: table.columnRules[BEFORE + actors] - table.columnRules[BEFORE] };
    const steps = new Map(doc.steps.map(s => [s.number, s]));
    const columns = layoutColumns(table, actors);
    // As the renderer lays the page out: no header rows on a later page of a table printed with its header once.
    const rows = [
        ...headerRows(doc, table),
        ...page.rows.map((number, i) => {
            const y = { top: table.rowRules[i], bottom: table.rowRules[i + 1] };
            const step = steps.get(number);
            const texts = split?.has(number) ? drawnTexts(svg, table.columnRules, actors, y) : rowTexts(step);
            // The row's body font as the renderer chose it (it steps down before a cell needs a fourth line).
            const size = step ? rowText(step, columns, 0).font.size : STYLE.bodyFont.size;
            // The row's rules are the cell's borders: the picture leaves them out (a reader that sets it a
            // little lower, as LibreOffice does, would show each rule twice).
            const rule = STYLE.ruleWidth / 2;
            const window = { x: band.x, width: band.width, y: y.top + rule, height: y.bottom - y.top - 2 * rule };
            return bodyRow({ ...texts, size }, cols, actors, image(svg, window, true), y.bottom - y.top, waktuMerge(page.rows, steps, i));
        }),
    ];
    const blocks: Array<Table | Paragraph> = [];
    const above = connectorWindow(page, table, 'top', band);
    if (above) blocks.push(imageParagraph(svg, above, band.x - table.x));
    blocks.push(new Table({ width: { size: twips(table.width), type: WidthType.DXA }, columnWidths: cols.map(twips), layout: TableLayoutType.FIXED, rows }));
    const below = connectorWindow(page, table, 'bottom', band);
    if (below) blocks.push(imageParagraph(svg, below, band.x - table.x));
    return blocks;
}

interface RowTexts { no: string; activity: string; requirements: string; duration: string; output: string; notes: string }

/** A row's texts and their font size (px). */
type SizedTexts = RowTexts & { size: number };

/** The texts of a row, formatted as the renderer prints them (list items on lines of their own, `-` when empty). */
function rowTexts(step: Step | undefined): RowTexts {
    if (!step) return { no: '', activity: '', requirements: '', duration: '', output: '', notes: '' };
    return { no: String(step.number), ...cellTexts(step) };
}

/** The lines the renderer drew in each text cell of one part of a split row. */
function drawnTexts(svg: string, rules: number[], actors: number, y: { top: number; bottom: number }): RowTexts {
    const cell = (c: number) => joinLines(cellLines(svg, { x: rules[c], width: rules[c + 1] - rules[c], ...y }));
    const mutu = BEFORE + actors;
    return { no: cell(0), activity: cell(1), requirements: cell(mutu), duration: cell(mutu + 1), output: cell(mutu + 2), notes: cell(mutu + 3) };
}

/**
 * How row `index`'s WAKTU cell merges, as the renderer draws it (`waktu gabung`): `continue` when the
 * row's time is the row above's on this page, `restart` when the row below takes this one's.
 */
function waktuMerge(rows: number[], steps: ReadonlyMap<number, Step>, index: number): 'restart' | 'continue' | undefined {
    const merged = (k: number) => k > 0 && k < rows.length && rows[k] !== rows[k - 1] && !!steps.get(rows[k])?.quality.durationMerged;
    if (merged(index)) return 'continue';
    return merged(index + 1) ? 'restart' : undefined;
}

function bodyRow(t: SizedTexts, cols: number[], actors: number, drawing: { run: ImageRun }, height: number, waktu: 'restart' | 'continue' | undefined): TableRow {
    const mutu = BEFORE + actors;
    const band = cols.slice(BEFORE, mutu).reduce((a, b) => a + b, 0);
    // Text centred in the row's height, as the renderer draws every cell.
    const text = (value: string, col: number, centred = false) =>
        textCell(value, cols[col], { size: t.size, verticalAlign: VerticalAlign.CENTER, ...(centred ? { alignment: AlignmentType.CENTER } : {}) });
    const merge = waktu === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE;
    return new TableRow({
        cantSplit: true,
        height: { value: twips(height), rule: HeightRule.EXACT },
        children: [
            text(t.no, 0, true),
            text(t.activity, 1),
            new TableCell({
                columnSpan: actors, width: { size: twips(band), type: WidthType.DXA }, borders: BORDERS,
                margins: { top: 0, bottom: 0, left: 0, right: 0 },
                children: [new Paragraph({ spacing: { before: 0, after: 0 }, children: [drawing.run] })],
            }),
            text(t.requirements, mutu),
            waktu === undefined
                ? text(t.duration, mutu + 1, true)
                // One time for several rows: one cell merged down them.
                : textCell(waktu === 'continue' ? '' : t.duration, cols[mutu + 1], { size: t.size, alignment: AlignmentType.CENTER, verticalAlign: VerticalAlign.CENTER, verticalMerge: merge }),
            text(t.output, mutu + 2),
            text(t.notes, mutu + 3),
        ],
    });
}

/** A window of the page drawing as an image: SVG for Word, PNG for readers without SVG support. */
function image(svg: string, window: Window, inCell = false): { run: ImageRun; height: number } {
    const cropped = cropSvg(svg, window, inCell);
    const run = new ImageRun({
        type: 'svg', data: Buffer.from(cropped, 'utf8'),
        fallback: { type: 'png', data: svgToPng(cropped, FALLBACK_DPI, inCell) },
        transformation: { width: window.width, height: window.height },
        // A row's drawing is anchored at its cell's top-left corner: inline on a text line, LibreOffice
        // set it a few points low (below the line's leading) and the row's exact height cut its bottom.
        ...(inCell ? {
            floating: {
                horizontalPosition: { relative: HorizontalPositionRelativeFrom.COLUMN, offset: 0 },
                verticalPosition: { relative: VerticalPositionRelativeFrom.PARAGRAPH, offset: 0 },
                wrap: { type: TextWrappingType.NONE },
                layoutInCell: true,
                allowOverlap: true,
            },
        } : {}),
    });
    return { run, height: window.height };
}

function imageParagraph(svg: string, window: Window, indent: number): Paragraph {
    return new Paragraph({ indent: { left: twips(indent) }, spacing: { before: 0, after: 0 }, children: [image(svg, window).run] });
}

/** The strip above (or below) the table where off-page connectors sit, if the page has any there. */
function connectorWindow(page: LaidOutPage, table: LaidOutTable, position: 'top' | 'bottom', band: { x: number; width: number }): Window | undefined {
    const here = page.connectors.filter(c => c.position === position);
    if (here.length === 0) return undefined;
    const bottom = table.y + table.height;
    if (position === 'top') {
        const top = Math.max(0, Math.min(...here.map(c => c.y)) - 2);
        return { x: band.x, width: band.width, y: top, height: table.y - top };
    }
    // A connector symbol is about 34 px tall; keep a little room for its stroke.
    const end = Math.min(page.height, Math.max(...here.map(c => c.y)) + 40);
    return { x: band.x, width: band.width, y: bottom, height: end - bottom };
}
