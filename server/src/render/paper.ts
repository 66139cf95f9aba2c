import type { PaperSize } from '../model/sop-document.js';

/** Page units are CSS pixels at 96 dpi: 1 mm = 96 / 25.4 px. */
export const PX_PER_MM = 96 / 25.4;

/** Landscape sizes in millimetres (width × height). */
export const PAPER_MM: Record<PaperSize, { width: number; height: number }> = {
    A4: { width: 297, height: 210 },
    F4: { width: 330, height: 215 },
    Letter: { width: 279.4, height: 215.9 },
    Legal: { width: 355.6, height: 215.9 },
};

/**
 * A sheet that is no paper size: the preview's continuous reading mode lays the document out as
 * wide as its panel, with no page breaks (each flowchart page is as tall as its content).
 */
export interface ContinuousSheet {
    kind: 'continuous';
    widthMm: number;
    /** Left and right margin; top and bottom use the same. Default 4 mm. */
    marginMm?: number;
}

export function isContinuousSheet(paper: unknown): paper is ContinuousSheet {
    return typeof paper === 'object' && paper !== null && (paper as ContinuousSheet).kind === 'continuous';
}

/** Narrowest continuous sheet, so a tiny panel cannot ask for a degenerate table. */
export const CONTINUOUS_MIN_WIDTH_MM = 120;
/** A continuous sheet is laid out on a sheet this tall (no page breaks), then cut to its content. */
const CONTINUOUS_LAYOUT_HEIGHT_MM = 100_000;

export interface PageGeometry {
    paper: PaperSize;
    /** Set for a continuous sheet: its height is only the layout's room, cut to content when written. */
    continuous?: boolean;
    widthMm: number;
    heightMm: number;
    /** Page size in page units (px). */
    width: number;
    height: number;
    margin: { top: number; right: number; bottom: number; left: number };
    /** The printable content box. */
    content: { x: number; y: number; width: number; height: number };
}

const MARGIN_MM = { top: 12, right: 15, bottom: 12, left: 15 };

export function pageGeometry(paper: PaperSize): PageGeometry {
    const mm = PAPER_MM[paper];
    const margin = {
        top: MARGIN_MM.top * PX_PER_MM, right: MARGIN_MM.right * PX_PER_MM,
        bottom: MARGIN_MM.bottom * PX_PER_MM, left: MARGIN_MM.left * PX_PER_MM,
    };
    const width = mm.width * PX_PER_MM;
    const height = mm.height * PX_PER_MM;
    return {
        paper, widthMm: mm.width, heightMm: mm.height, width, height, margin,
        content: { x: margin.left, y: margin.top, width: width - margin.left - margin.right, height: height - margin.top - margin.bottom },
    };
}

/** The geometry of a paper size or of a continuous sheet. */
export function sheetGeometry(paper: PaperSize | ContinuousSheet): PageGeometry {
    if (!isContinuousSheet(paper)) return pageGeometry(paper);
    const widthMm = Math.max(CONTINUOUS_MIN_WIDTH_MM, paper.widthMm);
    const m = (paper.marginMm ?? 4) * PX_PER_MM;
    const width = widthMm * PX_PER_MM;
    const height = CONTINUOUS_LAYOUT_HEIGHT_MM * PX_PER_MM;
    return {
        paper: 'A4', continuous: true, widthMm, heightMm: CONTINUOUS_LAYOUT_HEIGHT_MM, width, height,
        margin: { top: m, right: m, bottom: m, left: m },
        content: { x: m, y: m, width: width - 2 * m, height: height - 2 * m },
    };
}

/** `geometry` cut to `bottom` (page units) plus its bottom margin and room for the footer line. */
export function cutToHeight(geometry: PageGeometry, bottom: number): PageGeometry {
    const height = bottom + geometry.margin.bottom + 14;
    return { ...geometry, height, heightMm: height / PX_PER_MM, content: { ...geometry.content, height: height - geometry.content.y - geometry.margin.bottom } };
}
