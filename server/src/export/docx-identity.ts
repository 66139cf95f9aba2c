/**
 * The identity sheet as Word tables with editable text: the header block (instansi | NOMOR SOP …
 * NAMA SOP) and the three two-column list rows, in the proportions the renderer drew (its split between
 * the left and right blocks follows the content) and in the case written.
 */
import { AlignmentType, Paragraph, Table, TableLayoutType, TableRow, TextRun, VerticalAlign, VerticalMergeType, WidthType } from 'docx';
import { groupNip } from '../model/dates.js';
import type { SopDocument } from '../model/sop-document.js';
import { emphasisRuns } from '../render/emphasis.js';
import { BORDERS, CELL_MARGINS, DOCX_FONT, halfPoints, paragraphs, textCell, twips } from './docx-units.js';

const SIZE = 12;
const INSTITUTION_SIZE = 13.33;
const SPLIT = { left: 0.4, label: 0.19, colon: 0.02 };

/** `width`: the content width of the page in px; `left`: the left block's share of it (the renderer's split). */
export function identityTables(doc: SopDocument, width: number, left = SPLIT.left): Table[] {
    return [headerTable(doc, width, left), listsTable(doc, width, left)];
}

/** The share of the content width the renderer gave the left block, read from the identity page it drew. */
export function drawnSplit(svg: string | undefined, width: number): number {
    const rect = svg && /<g class="sop-identity-header"><rect\b([^>]*)>/.exec(svg);
    const drawn = rect ? Number(/\swidth="([\d.]+)"/.exec(rect[1])?.[1]) : NaN;
    return Number.isFinite(drawn) && drawn > 0 && drawn < width ? drawn / width : SPLIT.left;
}

function headerTable(doc: SopDocument, width: number, left: number): Table {
    const id = doc.identity;
    const cols = [width * left, width * SPLIT.label, width * SPLIT.colon];
    cols.push(width - cols[0] - cols[1] - cols[2]);
    const rows: Array<[string, TableCellContent]> = [
        ['NOMOR SOP', id.number ?? '-'],
        ['TANGGAL PEMBUATAN', id.createdOn?.display ?? '-'],
        ['TANGGAL REVISI', id.revisedOn?.display ?? '-'],
        ['TANGGAL EFEKTIF', id.effectiveOn?.display ?? '-'],
        ['DISAHKAN OLEH', approver(doc)],
        ['NAMA SOP', { text: doc.title, bold: true }],
    ];
    return new Table({
        width: { size: twips(width), type: WidthType.DXA }, columnWidths: cols.map(twips), layout: TableLayoutType.FIXED,
        rows: rows.map(([label, value], i) => new TableRow({
            cantSplit: true,
            children: [
                i === 0 ? institutionCell(doc, cols[0]) : textCell('', cols[0], { size: SIZE, verticalMerge: VerticalMergeType.CONTINUE }),
                textCell(label, cols[1], { size: SIZE, bold: true }),
                textCell(':', cols[2], { size: SIZE, bold: true, alignment: AlignmentType.CENTER }),
                valueCell(value, cols[3]),
            ],
        })),
    });
}

type TableCellContent = string | { text: string; bold: true } | Paragraph[];

function valueCell(value: TableCellContent, width: number) {
    if (typeof value === 'string') return textCell(value || '-', width, { size: SIZE });
    if (Array.isArray(value)) return textCell('', width, { size: SIZE, children: value });
    return textCell(value.text || '-', width, { size: SIZE, bold: true });
}

function institutionCell(doc: SopDocument, width: number) {
    const lines = doc.identity.institution.length ? doc.identity.institution : [''];
    return textCell('', width, {
        size: INSTITUTION_SIZE, verticalMerge: VerticalMergeType.RESTART, verticalAlign: VerticalAlign.CENTER,
        children: lines.flatMap(l => paragraphs(l, { size: INSTITUTION_SIZE, bold: true, alignment: AlignmentType.CENTER })),
    });
}

/** Jabatan with a comma, room to sign, the name bold and underlined, pangkat, NIP grouped 8-6-1-3. */
function approver(doc: SopDocument): Paragraph[] {
    const a = doc.identity.approver;
    if (!a) return paragraphs('-', { size: SIZE });
    const out: Paragraph[] = [];
    if (a.position) out.push(...paragraphs(`${a.position.replace(/,\s*$/, '')},`, { size: SIZE }));
    for (let i = 0; i < 4; i++) out.push(new Paragraph({ spacing: { before: 0, after: 0 }, children: [new TextRun({ text: '', font: DOCX_FONT, size: halfPoints(SIZE) })] }));
    if (a.name) out.push(...paragraphs(a.name, { size: SIZE, bold: true, underline: true }));
    if (a.rank) out.push(...paragraphs(a.rank, { size: SIZE }));
    if (a.nip) out.push(...paragraphs(`NIP. ${groupNip(a.nip)}`, { size: SIZE }));
    return out;
}

const PAIRS: Array<[string, (d: SopDocument) => string[], string, (d: SopDocument) => string[]]> = [
    ['DASAR HUKUM:', d => d.identity.legalBasis, 'KUALIFIKASI PELAKSANA:', d => d.identity.qualifications],
    ['KETERKAITAN:', d => d.identity.relatedSops.map(r => r.text), 'PERALATAN/PERLENGKAPAN:', d => d.identity.equipment],
    ['PERINGATAN:', d => d.identity.warnings, 'PENCATATAN DAN PENDATAAN:', d => d.identity.records],
];

function listsTable(doc: SopDocument, width: number, left: number): Table {
    const cols = [width * left, width - width * left];
    const rows = PAIRS.flatMap(([l1, f1, l2, f2]) => [
        new TableRow({ cantSplit: true, children: [textCell(l1, cols[0], { size: SIZE, bold: true }), textCell(l2, cols[1], { size: SIZE, bold: true })] }),
        new TableRow({ children: [listCell(f1(doc), cols[0]), listCell(f2(doc), cols[1])] }),
    ]);
    return new Table({ width: { size: twips(width), type: WidthType.DXA }, columnWidths: cols.map(twips), layout: TableLayoutType.FIXED, rows });
}

/** `1. item` with a hanging indent, as in the renderer; `-` for an empty list. */
function listCell(items: string[], width: number) {
    const children = items.length === 0 ? paragraphs('-', { size: SIZE }) : items.map((item, i) => new Paragraph({
        spacing: { before: 0, after: 0 }, indent: { left: twips(22), hanging: twips(22) },
        children: emphasisRuns(`${i + 1}.\t${item}`).map(run => new TextRun({ text: run.text, italics: run.italic || undefined, font: DOCX_FONT, size: halfPoints(SIZE) })),
        tabStops: [{ type: 'left', position: twips(22) }],
    }));
    return textCell('', width, { size: SIZE, margins: CELL_MARGINS, borders: BORDERS, children });
}
