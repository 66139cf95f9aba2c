/**
 * The SOP book that Bagian Organisasi compiles: a cover (title, instansi, year), a daftar isi with the
 * page each SOP starts on, then every SOP's pages (as the PDF export draws them) in the order of their
 * numbers, with the book's page number at the foot of every page after the cover.
 */
import type { SopDocument } from '../model/sop-document.js';
import type { RenderedDocument } from '../render/render-types.js';
import { createPdf, drawPage, PDF_FONTS, PT_PER_PX, pdfPages } from './pdf-export.js';

export interface BookEntry {
    doc: SopDocument;
    rendered: RenderedDocument;
}

export interface BookOptions {
    title?: string;
    /** Default: the year of the latest TANGGAL EFEKTIF (else PEMBUATAN) among the SOPs. */
    year?: number;
}

const TOC_ROWS_PER_PAGE = 22;
export const DEFAULT_BOOK_TITLE = 'STANDAR OPERASIONAL PROSEDUR ADMINISTRASI PEMERINTAHAN';

/** SOPs in the order of their numbers (natural order: SOP-2 before SOP-10); SOPs without a number last, by title. */
export function bookOrder(entries: BookEntry[]): BookEntry[] {
    const collator = new Intl.Collator('id', { numeric: true, sensitivity: 'base' });
    return [...entries].sort((a, b) => {
        const na = a.doc.identity.number, nb = b.doc.identity.number;
        if (na && nb) return collator.compare(na, nb) || collator.compare(a.doc.title, b.doc.title);
        if (na || nb) return na ? -1 : 1;
        return collator.compare(a.doc.title, b.doc.title);
    });
}

export async function writeBookPdf(entries: BookEntry[], options: BookOptions = {}): Promise<Buffer> {
    const ordered = bookOrder(entries);
    const size = ordered[0]?.rendered.layout.pages[0] ?? { width: 1122.52, height: 793.7 };
    const title = options.title ?? DEFAULT_BOOK_TITLE;
    const { pdf, done } = createPdf({ title, subject: 'Buku SOP', keywords: 'SOP, SOP-AP, buku SOP' }, size);
    const tocPages = Math.max(1, Math.ceil(ordered.length / TOC_ROWS_PER_PAGE));
    const starts: number[] = [];
    let next = 1 + tocPages + 1;
    for (const entry of ordered) {
        starts.push(next);
        next += entry.rendered.pages.length;
    }
    const w = size.width * PT_PER_PX;
    const h = size.height * PT_PER_PX;
    cover(pdf, w, h, title, ordered, options.year ?? bookYear(ordered));
    for (let p = 0; p < tocPages; p++) {
        contents(pdf, w, h, ordered.slice(p * TOC_ROWS_PER_PAGE, (p + 1) * TOC_ROWS_PER_PAGE), starts.slice(p * TOC_ROWS_PER_PAGE), p * TOC_ROWS_PER_PAGE, p === 0);
        pageNumber(pdf, w, h, 2 + p);
    }
    let number = 1 + tocPages;
    for (const entry of ordered) {
        for (const page of pdfPages(entry.rendered)) {
            drawPage(pdf, page);
            pageNumber(pdf, page.width * PT_PER_PX, page.height * PT_PER_PX, ++number);
        }
    }
    pdf.end();
    return done;
}

export function bookYear(entries: BookEntry[]): number {
    const years = entries.map(e => (e.doc.identity.effectiveOn?.iso ?? e.doc.identity.createdOn?.iso)?.slice(0, 4)).filter(Boolean).map(Number);
    return years.length ? years.reduce((a, b) => Math.max(a, b)) : new Date().getFullYear();
}

/** The instansi lines most SOPs share (the first SOP's when they differ). */
export function institution(entries: BookEntry[]): string[] {
    const counts = new Map<string, { lines: string[]; n: number }>();
    for (const e of entries) {
        const lines = e.doc.identity.institution.slice(0, 2);
        const key = lines.join('\n');
        counts.set(key, { lines, n: (counts.get(key)?.n ?? 0) + 1 });
    }
    return [...counts.values()].reduce((best, c) => (c.n > best.n ? c : best), { lines: [] as string[], n: 0 }).lines;
}

function cover(pdf: PDFKit.PDFDocument, w: number, h: number, title: string, entries: BookEntry[], year: number): void {
    pdf.addPage({ size: [w, h], margin: 0 });
    const box = { x: w * 0.12, width: w * 0.76 };
    pdf.font(PDF_FONTS.bold).fontSize(22).text('BUKU', box.x, h * 0.2, { width: box.width, align: 'center' });
    pdf.moveDown(0.5).fontSize(20).text(title.toUpperCase(), { width: box.width, align: 'center' });
    pdf.moveDown(1.5).fontSize(15);
    for (const line of institution(entries)) pdf.text(line.toUpperCase(), { width: box.width, align: 'center' });
    pdf.moveDown(1).font(PDF_FONTS.regular).fontSize(12).text(`${entries.length} SOP`, { width: box.width, align: 'center' });
    pdf.font(PDF_FONTS.bold).fontSize(16).text(String(year), box.x, h * 0.8, { width: box.width, align: 'center' });
}

function contents(pdf: PDFKit.PDFDocument, w: number, h: number, rows: BookEntry[], starts: number[], offset: number, first: boolean): void {
    pdf.addPage({ size: [w, h], margin: 0 });
    const left = 15 * 72 / 25.4;
    const right = w - left;
    let y = 12 * 72 / 25.4;
    pdf.font(PDF_FONTS.bold).fontSize(14).text(first ? 'DAFTAR ISI' : 'DAFTAR ISI (lanjutan)', left, y, { width: right - left, align: 'center' });
    y += 32;
    const cols = { no: left, number: left + 30, title: left + 210, page: right - 50 };
    pdf.fontSize(9).text('NO', cols.no, y).text('NOMOR SOP', cols.number, y).text('NAMA SOP', cols.title, y).text('HALAMAN', cols.page, y, { width: 50, align: 'right' });
    y += 16;
    pdf.moveTo(left, y - 4).lineTo(right, y - 4).lineWidth(0.5).stroke();
    pdf.font(PDF_FONTS.regular).fontSize(9.5);
    rows.forEach((entry, i) => {
        const height = Math.max(pdf.heightOfString(entry.doc.title || entry.doc.id, { width: cols.page - cols.title - 10 }), 12);
        pdf.text(`${offset + i + 1}.`, cols.no, y);
        pdf.text(entry.doc.identity.number ?? '-', cols.number, y, { width: cols.title - cols.number - 10 });
        pdf.text(entry.doc.title || entry.doc.id, cols.title, y, { width: cols.page - cols.title - 10 });
        pdf.text(String(starts[i]), cols.page, y, { width: 50, align: 'right' });
        y += height + 6;
    });
}

/** The book's page number, centred at the very foot of the page (below the SOP's own footer). */
function pageNumber(pdf: PDFKit.PDFDocument, w: number, h: number, n: number): void {
    pdf.font(PDF_FONTS.regular).fontSize(8).text(`- ${n} -`, 0, h - 14, { width: w, align: 'center', lineBreak: false });
}
