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

export interface PageGeometry {
    paper: PaperSize;
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
