/**
 * The monitoring and evaluation forms as Word: one section per form part (a new page each), the tables
 * as real Word tables whose heading rows repeat on every page, and real check boxes (content controls
 * the assessor ticks with a click). "Halaman n dari m" in the footer as Word fields.
 */
import {
    AlignmentType, CheckBox, Document, Footer, Packer, PageNumber, PageOrientation, Paragraph, ShadingType, Table, TableLayoutType,
    TableRow, TabStopType, TextRun, VerticalAlign, WidthType, type ISectionOptions,
} from 'docx';
import { PAPER_MM, PX_PER_MM } from '../render/paper.js';
import { DOCX_FONT, halfPoints, textCell, twips } from './docx-units.js';
import type { FormBlock, FormCell, FormDocument, FormTable } from './forms-model.js';

const MARGIN_MM = 15;
/** Sizes in px (the units of docx-units: 1 px = 0.75 pt), matching the PDF's points. */
const SIZE = { title: 13 / 0.75, body: 9.5 / 0.75, table: 9 / 0.75, detail: 8 / 0.75, head: 8.5 / 0.75 } as const;
const HEAD_FILL = 'D9D9D9';
/** The check box glyphs (☐/☒) from a font Word and LibreOffice both have or substitute. */
const BOX_FONT = 'MS Gothic';

export async function writeFormsDocx(form: FormDocument): Promise<Buffer> {
    const mm = PAPER_MM[form.paper];
    const [w, h] = form.orientation === 'landscape' ? [mm.width, mm.height] : [mm.height, mm.width];
    const content = (w - 2 * MARGIN_MM) * PX_PER_MM;
    const sections: ISectionOptions[] = form.sections.map(section => ({
        properties: {
            page: {
                // docx swaps width and height for landscape: pass the portrait sizes.
                size: { width: twips(Math.min(w, h) * PX_PER_MM), height: twips(Math.max(w, h) * PX_PER_MM), orientation: form.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
                margin: { top: twips(MARGIN_MM * PX_PER_MM), bottom: twips(MARGIN_MM * PX_PER_MM), left: twips(MARGIN_MM * PX_PER_MM), right: twips(MARGIN_MM * PX_PER_MM), footer: twips(7 * PX_PER_MM) },
            },
        },
        footers: { default: footer(form.title, content) },
        children: section.blocks.flatMap(b => block(b, content)),
    }));
    const document = new Document({
        creator: 'sop-language', title: form.title, subject: 'Formulir monitoring dan evaluasi SOP AP',
        styles: { default: { document: { run: { font: DOCX_FONT, size: halfPoints(SIZE.body) } } } },
        sections,
    });
    return Packer.toBuffer(document);
}

function run(text: string, size: number, bold = false): TextRun {
    return new TextRun({ text, font: DOCX_FONT, size: halfPoints(size), bold });
}

function para(children: Array<TextRun | CheckBox>, options: { alignment?: (typeof AlignmentType)[keyof typeof AlignmentType]; before?: number; after?: number } = {}): Paragraph {
    return new Paragraph({ alignment: options.alignment, spacing: { before: options.before ?? 0, after: options.after ?? 0 }, children });
}

function box(): CheckBox {
    return new CheckBox({ checked: false, checkedState: { value: '2612', font: BOX_FONT }, uncheckedState: { value: '2610', font: BOX_FONT } });
}

function block(b: FormBlock, width: number): Array<Paragraph | Table> {
    switch (b.kind) {
        case 'title':
            return b.lines.map(l => para([run(l, SIZE.title, true)], { alignment: AlignmentType.CENTER, after: 200 }));
        case 'fields':
            return [fieldsTable(b.rows, width), para([], { after: 120 })];
        case 'heading':
            return [para([run(b.text, SIZE.body, true)], { before: 160, after: 80 })];
        case 'table':
            return [table(b.table, width), para([], { after: 120 })];
        case 'note':
            return b.lines.map(l => para([run(l, SIZE.detail)], { after: 60 }));
        case 'choices':
            return [
                para([run(b.label, SIZE.body, true)], { before: 160, after: 80 }),
                para(b.options.flatMap((o, i) => [run(i === 0 ? '    ' : '        ', SIZE.body), box(), run(` ${o}`, SIZE.body)])),
            ];
        case 'signature':
            return signature(b.role, width);
    }
}

/** Label : value lines as a borderless table, so wrapped values stay aligned. */
function fieldsTable(rows: Array<[string, string]>, width: number): Table {
    const cols = [175, 14, width - 189];
    const none = { style: 'none', size: 0, color: 'FFFFFF' } as const;
    const borders = { top: none, bottom: none, left: none, right: none };
    return new Table({
        width: { size: twips(width), type: WidthType.DXA }, columnWidths: cols.map(twips), layout: TableLayoutType.FIXED,
        borders: { ...borders, insideHorizontal: none, insideVertical: none },
        rows: rows.map(([label, value]) => new TableRow({
            children: [label, ':', value].map((t, i) => textCell(t, cols[i], { size: SIZE.body, borders, margins: { top: 10, bottom: 10, left: 0, right: 60 } })),
        })),
    });
}

function table(t: FormTable, width: number): Table {
    const cols = t.columns.map(c => c.share * width);
    const head = (texts: string[], size: number, bold: boolean) => new TableRow({
        tableHeader: true, cantSplit: true,
        children: texts.map((text, i) => textCell(text, cols[i], {
            size, bold, alignment: AlignmentType.CENTER, verticalAlign: VerticalAlign.CENTER, shading: { type: ShadingType.CLEAR, fill: HEAD_FILL, color: 'auto' },
        })),
    });
    const rows = [head(t.columns.map(c => c.heading), SIZE.head, true)];
    if (t.numbered) rows.push(head(t.columns.map((_, i) => `(${i + 1})`), SIZE.detail, false));
    for (const row of t.rows) rows.push(new TableRow({ cantSplit: true, children: row.map((c, i) => textCell('', cols[i], { size: SIZE.table, children: cellParagraphs(c) })) }));
    return new Table({ width: { size: twips(width), type: WidthType.DXA }, columnWidths: cols.map(twips), layout: TableLayoutType.FIXED, rows });
}

function cellParagraphs(c: FormCell): Paragraph[] {
    const alignment = c.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT;
    const out: Paragraph[] = [];
    if (c.text !== undefined) out.push(...c.text.split('\n').map(l => para([run(l, SIZE.table, c.bold)], { alignment })));
    for (const d of c.details ?? []) out.push(para([new TextRun({ text: d, font: DOCX_FONT, size: halfPoints(SIZE.detail), color: '333333' })], { before: 20 }));
    for (const o of c.options ?? []) out.push(para(o ? [box(), run(` ${o}`, SIZE.table)] : [box()], { alignment: o ? AlignmentType.LEFT : alignment, before: 30 }));
    return out.length ? out : [para([])];
}

/** Place and date, the role, room to sign, name and NIP, in a 300 px column at the right, kept together. */
function signature(role: string, width: number): Paragraph[] {
    const right = (text: string, before = 0) => new Paragraph({ indent: { left: twips(width - 300) }, alignment: AlignmentType.CENTER, spacing: { before, after: 0 }, keepNext: true, children: [run(text, SIZE.body)] });
    return [
        right('……………………, ……………………… 20……', 240),
        right(`${role},`),
        right('( ……………………………………… )', 900),
        right('NIP. ………………………………'),
    ];
}

function footer(title: string, width: number): Footer {
    const size = halfPoints(SIZE.detail);
    return new Footer({
        children: [new Paragraph({
            tabStops: [{ type: TabStopType.RIGHT, position: twips(width) }],
            children: [
                new TextRun({ text: `\tFormulir ${title.toLowerCase().replace(/\bsop ap\b/, 'SOP AP')} · `, font: DOCX_FONT, size, color: '444444' }),
                new TextRun({ children: ['Halaman ', PageNumber.CURRENT, ' dari ', PageNumber.TOTAL_PAGES], font: DOCX_FONT, size, color: '444444' }),
            ],
        })],
    });
}
