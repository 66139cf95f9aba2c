/**
 * The SOP book as Word: a cover (title, instansi, year), a daftar isi whose page numbers are PAGEREF
 * fields to a bookmark at the start of each SOP (Word and LibreOffice fill them from their own page
 * breaks), then every SOP as the Word export writes it, in the order of their numbers, each in its own
 * landscape section whose footer carries NOMOR · NAMA SOP and the book's page number.
 */
import {
    AlignmentType, Bookmark, Document, Footer, Packer, PageNumber, PageReference, Paragraph, ShadingType, Table, TableLayoutType, TableRow,
    TextRun, WidthType, type ISectionOptions,
} from 'docx';
import { bookOrder, bookYear, DEFAULT_BOOK_TITLE, institution, type BookEntry, type BookOptions } from './book-export.js';
import { DOCX_STYLES, footerLine, landscapePage, sopPageBox, sopSection } from './docx-export.js';
import { DOCX_FONT, halfPoints, textCell, twips } from './docx-units.js';
import { loadRasteriser } from './png-export.js';

/** Sizes in px (1 px = 0.75 pt), as the PDF book's points. */
const PT = 1 / 0.75;

export async function writeBookDocx(entries: BookEntry[], options: BookOptions = {}): Promise<Buffer> {
    const ordered = bookOrder(entries);
    const title = options.title ?? DEFAULT_BOOK_TITLE;
    if (ordered.length === 0) throw new Error('a book needs at least one SOP');
    await loadRasteriser();
    const box = sopPageBox(ordered[0].doc, ordered[0].rendered);
    const bookmarks = ordered.map((_, i) => `sop_${i + 1}`);
    const sections: ISectionOptions[] = [
        { properties: { page: landscapePage(box) }, children: cover(title, ordered, options.year ?? bookYear(ordered)) },
        { properties: { page: landscapePage(box) }, footers: { default: pageFooter('', box.content) }, children: [centred('DAFTAR ISI', 14, true), new Paragraph({ spacing: { after: 200 }, children: [] }), contents(ordered, bookmarks, box.content)] },
        ...ordered.map((entry, i) => sopSection(entry.doc, entry.rendered, pageFooter([entry.doc.identity.number, entry.doc.title].filter(Boolean).join(' · '), sopPageBox(entry.doc, entry.rendered).content), [anchor(bookmarks[i])])),
    ];
    const document = new Document({
        creator: 'sop-language', title, subject: 'Buku SOP', keywords: 'SOP, SOP-AP, buku SOP', styles: DOCX_STYLES,
        // Word asks to update the daftar isi's page fields on opening; LibreOffice computes them when it lays out.
        features: { updateFields: true },
        sections,
    });
    return Packer.toBuffer(document);
}

function text(value: string, size: number, bold = false): TextRun {
    return new TextRun({ text: value, font: DOCX_FONT, size: halfPoints(size * PT), bold });
}

function centred(value: string, size: number, bold: boolean, before = 0): Paragraph {
    return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before, after: 0 }, children: [text(value, size, bold)] });
}

function cover(title: string, entries: BookEntry[], year: number): Paragraph[] {
    return [
        centred('BUKU', 22, true, 1400),
        centred(title.toUpperCase(), 20, true, 200),
        ...institution(entries).map((line, i) => centred(line.toUpperCase(), 15, true, i === 0 ? 500 : 0)),
        centred(`${entries.length} SOP`, 12, false, 300),
        centred(String(year), 16, true, 1800),
    ];
}

function contents(entries: BookEntry[], bookmarks: string[], width: number): Table {
    const cols = [40, 240, width - 40 - 240 - 70, 70];
    const shade = { type: ShadingType.CLEAR, fill: 'D9D9D9', color: 'auto' } as const;
    const head = new TableRow({
        tableHeader: true, cantSplit: true,
        children: ['NO', 'NOMOR SOP', 'NAMA SOP', 'HALAMAN'].map((h, i) => textCell(h, cols[i], { size: 9 * PT, bold: true, alignment: AlignmentType.CENTER, shading: shade })),
    });
    const rows = entries.map((entry, i) => new TableRow({
        cantSplit: true,
        children: [
            textCell(`${i + 1}.`, cols[0], { size: 9.5 * PT, alignment: AlignmentType.CENTER }),
            textCell(entry.doc.identity.number ?? '-', cols[1], { size: 9.5 * PT }),
            textCell(entry.doc.title || entry.doc.id, cols[2], { size: 9.5 * PT }),
            textCell('', cols[3], {
                size: 9.5 * PT,
                children: [new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 0, after: 0 }, children: [new PageReference(bookmarks[i])] })],
            }),
        ],
    }));
    return new Table({ width: { size: twips(width), type: WidthType.DXA }, columnWidths: cols.map(twips), layout: TableLayoutType.FIXED, rows: [head, ...rows] });
}

/** An empty, one-point paragraph holding the bookmark the daftar isi points at. */
function anchor(id: string): Paragraph {
    return new Paragraph({ spacing: { before: 0, after: 0 }, children: [new Bookmark({ id, children: [new TextRun({ text: '', size: 2 })] })] });
}

function pageFooter(left: string, width: number): Footer {
    return footerLine(left, ['- ', PageNumber.CURRENT, ' -'], width);
}
