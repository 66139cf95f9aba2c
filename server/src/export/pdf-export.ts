/**
 * PDF: each page the renderer drew (its SVG) is replayed as PDF drawing calls by svg-to-pdfkit, so the
 * PDF is vector, its text is real text in the embedded Liberation Sans subset (selectable, searchable),
 * and the line breaks are the renderer's. No second layout: a new shape in the SVG appears in the PDF.
 */
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { SopDocument } from '../model/sop-document.js';
import type { RenderedDocument } from '../render/render-types.js';
import { exportFontFiles } from './export-fonts.js';

/** Page units are CSS px (96 per inch); PDF points are 72 per inch. */
const PT_PER_PX = 72 / 96;

const REGULAR = 'SopSans';
const BOLD = 'SopSans-Bold';
const ITALIC = 'SopSans-Italic';
const BOLD_ITALIC = 'SopSans-BoldItalic';

export interface PdfPageSource {
    svg: string;
    /** Page size in the renderer's units (px). */
    width: number;
    height: number;
}

/** The pages of a rendered document, with their sizes from the layout. */
export function pdfPages(rendered: RenderedDocument): PdfPageSource[] {
    return rendered.pages.map((page, i) => ({ svg: page.svg, width: rendered.layout.pages[i].width, height: rendered.layout.pages[i].height }));
}

export interface PdfMetadata {
    title: string;
    subject?: string;
    author?: string;
    keywords?: string;
}

/** Document metadata: title = NAMA SOP, subject = NOMOR SOP, author = the first instansi line. */
export function sopPdfMetadata(doc: SopDocument): PdfMetadata {
    return {
        title: doc.title || doc.id,
        ...(doc.identity.number ? { subject: doc.identity.number } : {}),
        ...(doc.identity.institution.length ? { author: doc.identity.institution.join(', ') } : {}),
        keywords: 'SOP, SOP-AP, standar operasional prosedur',
    };
}

/** Draws `pages` into one PDF; resolves to its bytes. */
export function writePdf(pages: PdfPageSource[], metadata: PdfMetadata): Promise<Buffer> {
    const { pdf, done } = createPdf(metadata, pages[0]);
    for (const page of pages) drawPage(pdf, page);
    pdf.end();
    return done;
}

/** A PDF with the bundled fonts registered (`REGULAR`, `BOLD`) and its bytes collected; call `pdf.end()`, then await `done`. */
export function createPdf(metadata: PdfMetadata, firstPage?: { width: number; height: number }, options: { bufferPages?: boolean } = {}): { pdf: PDFKit.PDFDocument; done: Promise<Buffer> } {
    const fonts = exportFontFiles();
    const first = firstPage ?? { width: 1122.52, height: 793.7 };
    const pdf = new PDFDocument({
        autoFirstPage: false, font: fonts.regular, size: [first.width * PT_PER_PX, first.height * PT_PER_PX],
        info: definedOnly({ Title: metadata.title, Subject: metadata.subject, Author: metadata.author, Keywords: metadata.keywords, Creator: 'sop-language', Producer: 'sop-language (pdfkit)' }),
        displayTitle: true, lang: 'id-ID', pdfVersion: '1.7', compress: true, bufferPages: options.bufferPages === true,
    });
    pdf.registerFont(REGULAR, fonts.regular);
    pdf.registerFont(BOLD, fonts.bold);
    pdf.registerFont(ITALIC, fonts.italic);
    pdf.registerFont(BOLD_ITALIC, fonts.boldItalic);
    const chunks: Buffer[] = [];
    const done = new Promise<Buffer>((resolve, reject) => {
        pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
        pdf.on('end', () => resolve(Buffer.concat(chunks)));
        pdf.on('error', reject);
    });
    return { pdf, done };
}

export const PDF_FONTS = { regular: REGULAR, bold: BOLD } as const;
export { PT_PER_PX };

/** Adds one page of the page's size and draws its SVG on it. */
export function drawPage(pdf: PDFKit.PDFDocument, page: PdfPageSource): void {
    const width = page.width * PT_PER_PX;
    const height = page.height * PT_PER_PX;
    pdf.addPage({ size: [width, height], margin: 0 });
    SVGtoPDF(pdf, page.svg, 0, 0, {
        width, height, preserveAspectRatio: 'xMidYMid meet',
        fontCallback: (_family: string, bold: boolean, italic: boolean) => (italic ? (bold ? BOLD_ITALIC : ITALIC) : bold ? BOLD : REGULAR),
        // The renderer's SVG uses only what svg-to-pdfkit supports; anything else is a renderer change to look at, not a user error.
        warningCallback: () => undefined,
    });
}

/** pdfkit writes every key of `info`; an undefined value would break it. */
function definedOnly(info: Record<string, string | undefined>): Record<string, string> {
    return Object.fromEntries(Object.entries(info).filter((e): e is [string, string] => e[1] !== undefined));
}
