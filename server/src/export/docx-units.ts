/** Unit conversions and shared cell builders of the Word export. Page units are CSS px (96 per inch). */
import { BorderStyle, Paragraph, TableCell, TextRun, VerticalAlign, WidthType, type AlignmentType, type ITableCellOptions } from 'docx';
import { emphasisRuns } from '../render/emphasis.js';

/** Word measures lengths in twentieths of a point: 1 px = 15 twips. */
export function twips(px: number): number {
    return Math.round(px * 15);
}

/** Font sizes are in half-points: 1 px = 0.75 pt = 1.5 half-points. */
export function halfPoints(px: number): number {
    return Math.round(px * 1.5);
}

/** Arial is what Word has everywhere; Liberation Sans (the renderer's font) has the same metrics. */
export const DOCX_FONT = 'Arial';

export const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
export const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER } as const;

/**
 * Cell padding of the renderer (4 px). Left and right give up half the rule's width, which Word and
 * LibreOffice take out of the text area and the renderer does not: a word the renderer fits in a line
 * ("persetujuan" in a narrow OUTPUT column) then fits in Word too.
 */
export const CELL_MARGINS = { top: twips(4), bottom: twips(4), left: twips(3.5), right: twips(3.5) } as const;

export interface TextOptions {
    size: number;
    bold?: boolean;
    underline?: boolean;
    alignment?: (typeof AlignmentType)[keyof typeof AlignmentType];
}

/** One paragraph per line of `text` (keterangan may hold several). */
export function paragraphs(text: string, options: TextOptions): Paragraph[] {
    return text.split('\n').map(line => new Paragraph({
        alignment: options.alignment,
        spacing: { before: 0, after: 0 },
        children: emphasisRuns(line).map(run => new TextRun({ text: run.text, italics: run.italic || undefined, font: DOCX_FONT, size: halfPoints(options.size), bold: options.bold, ...(options.underline ? { underline: {} } : {}) })),
    }));
}

export function textCell(text: string, width: number, options: TextOptions & Partial<ITableCellOptions>): TableCell {
    const { size, bold, underline, alignment, ...cell } = options;
    return new TableCell({
        width: { size: twips(width), type: WidthType.DXA },
        margins: CELL_MARGINS, borders: BORDERS, verticalAlign: VerticalAlign.TOP,
        ...cell,
        children: cell.children ?? paragraphs(text, { size, bold, underline, alignment }),
    });
}
