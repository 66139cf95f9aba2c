/**
 * The monitoring and evaluation forms as PDF: pdfkit draws the form's blocks top to bottom, a table
 * breaks between rows onto a new page with its heading rows repeated, check boxes are drawn squares
 * (the embedded font has no ☐), and every page has "Halaman n dari m" at its foot.
 */
import { PAPER_MM } from '../render/paper.js';
import type { FormBlock, FormCell, FormDocument, FormTable } from './forms-model.js';
import { createPdf, PDF_FONTS, PT_PER_PX } from './pdf-export.js';

const PT_PER_MM = 72 / 25.4;
const MARGIN = 15 * PT_PER_MM;
const FOOT = 10 * PT_PER_MM;
const SIZE = { title: 13, body: 9.5, table: 9, detail: 8, head: 8.5 } as const;
const PAD = 4;
const BOX = 7;
const HEAD_FILL = '#d9d9d9';

interface Page {
    pdf: PDFKit.PDFDocument;
    width: number;
    height: number;
    y: number;
}

export async function writeFormsPdf(form: FormDocument): Promise<Buffer> {
    const mm = PAPER_MM[form.paper];
    const [w, h] = form.orientation === 'landscape' ? [mm.width, mm.height] : [mm.height, mm.width];
    const width = w * PT_PER_MM;
    const height = h * PT_PER_MM;
    const { pdf, done } = createPdf({ title: form.title, subject: 'Formulir monitoring dan evaluasi SOP AP', keywords: 'SOP, SOP-AP, monitoring, evaluasi' },
        { width: width / PT_PER_PX, height: height / PT_PER_PX }, { bufferPages: true });
    const page: Page = { pdf, width, height, y: MARGIN };
    for (const section of form.sections) {
        newPage(page);
        for (const block of section.blocks) drawBlock(page, block);
    }
    footers(page, form.title);
    pdf.end();
    return done;
}

function newPage(page: Page): void {
    page.pdf.addPage({ size: [page.width, page.height], margin: 0 });
    page.y = MARGIN;
}

/** Starts a new page unless `height` fits above the footer. */
function ensure(page: Page, height: number): boolean {
    if (page.y + height <= page.height - MARGIN - FOOT) return false;
    newPage(page);
    return true;
}

function contentWidth(page: Page): number {
    return page.width - 2 * MARGIN;
}

function drawBlock(page: Page, block: FormBlock): void {
    const { pdf } = page;
    const width = contentWidth(page);
    switch (block.kind) {
        case 'title':
            pdf.font(PDF_FONTS.bold).fontSize(SIZE.title);
            for (const line of block.lines) {
                pdf.text(line, MARGIN, page.y, { width, align: 'center' });
                page.y = pdf.y;
            }
            page.y += 10;
            return;
        case 'fields':
            return fields(page, block.rows);
        case 'heading':
            ensure(page, 40);
            pdf.font(PDF_FONTS.bold).fontSize(SIZE.body).text(block.text, MARGIN, page.y + 4, { width });
            page.y = pdf.y + 4;
            return;
        case 'table':
            return table(page, block.table);
        case 'note':
            pdf.font(PDF_FONTS.regular).fontSize(SIZE.detail);
            for (const line of block.lines) {
                ensure(page, pdf.heightOfString(line, { width }));
                pdf.text(line, MARGIN, page.y + 2, { width });
                page.y = pdf.y;
            }
            page.y += 6;
            return;
        case 'choices':
            ensure(page, 30);
            pdf.font(PDF_FONTS.bold).fontSize(SIZE.body).text(block.label, MARGIN, page.y + 4, { width });
            page.y = pdf.y + 4;
            choicesInline(page, block.options);
            return;
        case 'signature':
            return signature(page, block.role);
    }
}

function fields(page: Page, rows: Array<[string, string]>): void {
    const { pdf } = page;
    const label = 130;
    const value = contentWidth(page) - label - 10;
    pdf.fontSize(SIZE.body);
    for (const [name, text] of rows) {
        pdf.font(PDF_FONTS.regular);
        const h = pdf.heightOfString(text, { width: value });
        ensure(page, h);
        pdf.text(name, MARGIN, page.y, { width: label, lineBreak: false });
        pdf.text(':', MARGIN + label, page.y, { lineBreak: false });
        pdf.text(text, MARGIN + label + 10, page.y, { width: value });
        page.y += h + 3;
    }
    page.y += 6;
}

function table(page: Page, t: FormTable): void {
    const width = contentWidth(page);
    const xs = [MARGIN];
    for (const c of t.columns) xs.push(xs[xs.length - 1] + c.share * width);
    xs[xs.length - 1] = MARGIN + width;
    const header = () => {
        headRow(page, xs, t.columns.map(c => c.heading), SIZE.head, true);
        if (t.numbered) headRow(page, xs, t.columns.map((_, i) => `(${i + 1})`), SIZE.detail, false);
    };
    ensure(page, 60);
    header();
    for (const row of t.rows) {
        const h = Math.max(...row.map((c, i) => cellHeight(page.pdf, c, xs[i + 1] - xs[i] - 2 * PAD))) + 2 * PAD;
        if (ensure(page, h)) header();
        row.forEach((c, i) => {
            page.pdf.rect(xs[i], page.y, xs[i + 1] - xs[i], h).lineWidth(0.5).stroke('#000000');
            drawCell(page.pdf, c, xs[i] + PAD, page.y + PAD, xs[i + 1] - xs[i] - 2 * PAD);
        });
        page.y += h;
    }
    page.y += 8;
}

function headRow(page: Page, xs: number[], texts: string[], size: number, bold: boolean): void {
    const { pdf } = page;
    pdf.font(bold ? PDF_FONTS.bold : PDF_FONTS.regular).fontSize(size);
    const h = Math.max(...texts.map((t, i) => pdf.heightOfString(t, { width: xs[i + 1] - xs[i] - 2 * PAD }))) + 2 * PAD;
    texts.forEach((text, i) => {
        pdf.rect(xs[i], page.y, xs[i + 1] - xs[i], h).lineWidth(0.5).fillAndStroke(HEAD_FILL, '#000000');
        pdf.fillColor('#000000').text(text, xs[i] + PAD, page.y + PAD, { width: xs[i + 1] - xs[i] - 2 * PAD, align: 'center' });
    });
    page.y += h;
}

function cellHeight(pdf: PDFKit.PDFDocument, c: FormCell, width: number): number {
    let h = 0;
    if (c.text) h += pdf.font(c.bold ? PDF_FONTS.bold : PDF_FONTS.regular).fontSize(SIZE.table).heightOfString(c.text, { width });
    pdf.font(PDF_FONTS.regular).fontSize(SIZE.detail);
    for (const d of c.details ?? []) h += pdf.heightOfString(d, { width }) + 1;
    for (const o of c.options ?? []) h += Math.max(BOX, o ? pdf.fontSize(SIZE.table).heightOfString(o, { width: width - BOX - 4 }) : 0) + 3;
    return h;
}

function drawCell(pdf: PDFKit.PDFDocument, c: FormCell, x: number, y: number, width: number): void {
    const align = c.align ?? 'left';
    if (c.text) {
        pdf.font(c.bold ? PDF_FONTS.bold : PDF_FONTS.regular).fontSize(SIZE.table).fillColor('#000000').text(c.text, x, y, { width, align });
        y = pdf.y;
    }
    pdf.font(PDF_FONTS.regular).fontSize(SIZE.detail).fillColor('#333333');
    for (const d of c.details ?? []) {
        pdf.text(d, x, y + 1, { width });
        y = pdf.y;
    }
    pdf.fillColor('#000000').fontSize(SIZE.table);
    for (const o of c.options ?? []) {
        const boxX = o || align !== 'center' ? x : x + (width - BOX) / 2;
        pdf.rect(boxX, y + 1.5, BOX, BOX).lineWidth(0.6).stroke('#000000');
        if (o) {
            pdf.text(o, x + BOX + 4, y, { width: width - BOX - 4 });
            y = Math.max(pdf.y, y + BOX) + 3;
        } else {
            y += BOX + 3;
        }
    }
}

function choicesInline(page: Page, options: string[]): void {
    const { pdf } = page;
    let x = MARGIN + 12;
    pdf.font(PDF_FONTS.regular).fontSize(SIZE.body);
    for (const o of options) {
        pdf.rect(x, page.y + 1.5, BOX, BOX).lineWidth(0.6).stroke('#000000');
        pdf.text(o, x + BOX + 4, page.y, { lineBreak: false });
        x += BOX + 4 + pdf.widthOfString(o) + 28;
    }
    page.y += 20;
}

/** Place and date, the role, room to sign, name and NIP: kept together on one page, at the right. */
function signature(page: Page, role: string): void {
    const { pdf } = page;
    const width = 220;
    const x = page.width - MARGIN - width;
    ensure(page, 110);
    pdf.font(PDF_FONTS.regular).fontSize(SIZE.body);
    pdf.text('……………………, ……………………… 20……', x, page.y + 8, { width, align: 'center' });
    pdf.text(`${role},`, x, pdf.y + 2, { width, align: 'center' });
    pdf.text('( ……………………………………… )', x, pdf.y + 44, { width, align: 'center' });
    pdf.text('NIP. ………………………………', x, pdf.y + 2, { width, align: 'center' });
    page.y = pdf.y + 6;
}

function footers(page: Page, title: string): void {
    const { pdf } = page;
    const range = pdf.bufferedPageRange();
    for (let i = 0; i < range.count; i++) {
        pdf.switchToPage(range.start + i);
        pdf.font(PDF_FONTS.regular).fontSize(SIZE.detail).fillColor('#444444')
            .text(`Formulir ${title.toLowerCase().replace(/\bsop ap\b/, 'SOP AP')} · Halaman ${i + 1} dari ${range.count}`, MARGIN, page.height - MARGIN - 2, { width: contentWidth(page), align: 'right', lineBreak: false });
    }
    pdf.fillColor('#000000');
}
