import { groupNip } from '../model/dates.js';
import type { SopDocument } from '../model/sop-document.js';
import { writeCell } from './flowchart-svg.js';
import type { PageGeometry } from './paper.js';
import { STYLE } from './render-style.js';
import { SvgWriter } from './svg-writer.js';
import { lineHeight, textWidth, type Font } from './text-metrics.js';
import { wrapText } from './text-wrap.js';
import { maxOf } from './max-of.js';

/** Widths of the identity grid (section 3.2): left block | label | colon | value. */
const SPLIT = { left: 0.4, label: 0.19, colon: 0.02 };
const SIGNATURE_SPACE = 72;
const LOGO_SIZE = 76;
const MIN_ROW = 22;

export interface IdentityOptions {
    /** A `data:image/...` URI drawn as the logo; without it, a logo path in the SOP draws a placeholder box. */
    logoDataUri?: string;
}

interface Box { x: number; y: number; width: number; height: number }

/** One block that is drawn as a unit: measured height and a writer at a given top. */
interface Block {
    height: number;
    write(svg: SvgWriter, y: number): void;
}

/** The identity sheet's pages: one SVG body per page (the lower blocks flow on), and where the last page's blocks end. */
export interface IdentityPages {
    bodies: string[];
    bottom: number;
}

/** Lays out and writes the identity sheet. */
export function writeIdentityPages(doc: SopDocument, geometry: PageGeometry, options: IdentityOptions): IdentityPages {
    const { content } = geometry;
    const blocks = identityBlocks(doc, content, options);
    const limit = content.y + content.height;
    const pages: SvgWriter[] = [new SvgWriter()];
    let y = content.y;
    for (const block of blocks) {
        if (y > content.y && y + block.height > limit) {
            pages.push(new SvgWriter());
            y = content.y;
        }
        block.write(pages[pages.length - 1], y);
        y += block.height;
    }
    return { bodies: pages.map(p => p.toString()), bottom: y };
}

/**
 * The blocks at the split between the left and the right block that follows the content: the usual
 * 40 % unless another share (30–50 %) makes the sheet shorter by at least a line, e.g. a long DASAR
 * HUKUM beside a short KUALIFIKASI PELAKSANA gets the wider half.
 */
export function identityBlocks(doc: SopDocument, content: Box, options: IdentityOptions): Block[] {
    const at = (split: number) => [headerBlock(doc, content, options, split), ...lowerBlocks(doc, content, split)];
    const total = (blocks: Block[]) => blocks.reduce((sum, b) => sum + b.height, 0);
    let best = at(SPLIT.left);
    let bestHeight = total(best) - lineHeight(font());
    for (let split = 0.3; split <= 0.5 + 1e-9; split += 0.02) {
        const blocks = at(split);
        if (total(blocks) < bestHeight - 1e-6) [best, bestHeight] = [blocks, total(blocks)];
    }
    return best;
}

function font(bold = false): Font {
    return bold ? STYLE.identityBold : STYLE.identityFont;
}

function wrap(text: string, width: number, f: Font): string[] {
    return wrapText(text, width - 2 * STYLE.cellPadX, f);
}

function textHeight(lines: number, f: Font): number {
    return lines * lineHeight(f) + 2 * STYLE.cellPadY;
}

function headerBlock(doc: SopDocument, content: Box, options: IdentityOptions, split: number): Block {
    const id = doc.identity;
    const w = content.width;
    const left = { x: content.x, width: w * split };
    const label = { x: left.x + left.width, width: w * SPLIT.label };
    const colon = { x: label.x + label.width, width: w * SPLIT.colon };
    const value = { x: colon.x + colon.width, width: content.x + w - colon.x - colon.width };
    const plain = (text: string, bold = false) => {
        const lines = wrap(text || '-', value.width, font(bold));
        return { height: Math.max(MIN_ROW, textHeight(lines.length, font(bold))), write: (svg: SvgWriter, box: Box) => writeCell(svg, box, lines, font(bold), 'start') };
    };
    const rows = [
        { label: 'NOMOR SOP', ...plain(id.number ?? '-') },
        { label: 'TANGGAL PEMBUATAN', ...plain(id.createdOn?.display ?? '-') },
        { label: 'TANGGAL REVISI', ...plain(id.revisedOn?.display ?? '-') },
        { label: 'TANGGAL EFEKTIF', ...plain(id.effectiveOn?.display ?? '-') },
        { label: 'DISAHKAN OLEH', ...approverCell(doc, value.width) },
        { label: 'NAMA SOP', ...plain(doc.title, true) },
    ];
    const leftContent = leftBlock(doc, left.width, options);
    const rightHeight = rows.reduce((s, r) => s + r.height, 0);
    if (leftContent.height > rightHeight) rows[rows.length - 1].height += leftContent.height - rightHeight;
    const height = Math.max(rightHeight, leftContent.height);
    return {
        height,
        write(svg, top) {
            svg.open('g', { class: 'sop-identity-header' });
            svg.empty('rect', { ...left, y: top, height, fill: 'none', stroke: STYLE.rule, 'stroke-width': STYLE.ruleWidth });
            leftContent.write(svg, { ...left, y: top, height });
            let y = top;
            for (const row of rows) {
                writeCell(svg, { ...label, y, height: row.height }, wrap(row.label, label.width, font(true)), font(true), 'start');
                writeCell(svg, { ...colon, y, height: row.height }, [':'], font(true), 'middle');
                row.write(svg, { ...value, y, height: row.height });
                y += row.height;
            }
            svg.close('g');
        },
    };
}

/** Logo (image, placeholder or none) and the instansi lines, bold, centred, in the case written. */
function leftBlock(doc: SopDocument, width: number, options: IdentityOptions) {
    const f = STYLE.institutionFont;
    const lines = doc.identity.institution.flatMap(l => wrap(l, width - 12, f));
    const logo = options.logoDataUri && /^data:image\/(png|jpeg|gif|svg\+xml|webp);/.test(options.logoDataUri) ? 'image' : doc.identity.logo ? 'placeholder' : 'none';
    const logoHeight = logo === 'none' ? 0 : LOGO_SIZE + 10;
    const height = logoHeight + lines.length * lineHeight(f) + 24;
    return {
        height,
        write(svg: SvgWriter, box: Box) {
            let y = box.y + (box.height - height) / 2 + 12;
            const cx = box.x + box.width / 2;
            if (logo === 'image') {
                svg.empty('image', { class: 'sop-logo', x: cx - LOGO_SIZE / 2, y, width: LOGO_SIZE, height: LOGO_SIZE, href: options.logoDataUri, preserveAspectRatio: 'xMidYMid meet' });
            } else if (logo === 'placeholder') {
                svg.open('g', { class: 'sop-logo sop-logo-placeholder' });
                svg.empty('rect', { x: cx - LOGO_SIZE / 2, y, width: LOGO_SIZE, height: LOGO_SIZE, fill: 'none', stroke: '#888', 'stroke-dasharray': '4 3' });
                svg.text(['LOGO'], cx, y + LOGO_SIZE / 2 - 6, STYLE.smallFont, 'middle', { fill: '#888' });
                svg.close('g');
            }
            y += logoHeight;
            svg.open('g', { class: 'sop-institution' });
            svg.text(lines, cx, y, f, 'middle');
            svg.close('g');
        },
    };
}

/** Jabatan (as written, ending with a comma), signature space, name bold underlined, pangkat, NIP 8-6-1-3. */
function approverCell(doc: SopDocument, width: number) {
    const a = doc.identity.approver;
    const f = font(), b = font(true);
    const position = a?.position ? wrap(`${a.position.replace(/,\s*$/, '')},`, width, f) : ['-'];
    const name = a?.name ? wrap(a.name, width, b) : [];
    const rank = a?.rank ? wrap(a.rank, width, f) : [];
    const nip = a?.nip ? wrap(`NIP. ${groupNip(a.nip)}`, width, f) : [];
    const lh = lineHeight(f);
    const height = 2 * STYLE.cellPadY + (position.length + name.length + rank.length + nip.length) * lh + (a ? SIGNATURE_SPACE : 0);
    return {
        height,
        write(svg: SvgWriter, box: Box) {
            svg.open('g', { class: 'sop-cell sop-approver' });
            svg.empty('rect', { ...box, fill: 'none', stroke: STYLE.rule, 'stroke-width': STYLE.ruleWidth });
            const x = box.x + STYLE.cellPadX;
            let y = box.y + (box.height - height) / 2 + STYLE.cellPadY;
            svg.text(position, x, y, f);
            y += position.length * lh + (a ? SIGNATURE_SPACE : 0);
            svg.text(name, x, y, b);
            name.forEach((line, i) => {
                const underline = y + (i + 1) * lh - 1.5;
                svg.empty('line', { x1: x, y1: underline, x2: x + textWidth(line, b), y2: underline, stroke: '#000', 'stroke-width': 0.9 });
            });
            y += name.length * lh;
            svg.text(rank, x, y, f);
            y += rank.length * lh;
            svg.text(nip, x, y, f);
            svg.close('g');
        },
    };
}

const PAIRS: Array<[string, (d: SopDocument) => string[], string, (d: SopDocument) => string[]]> = [
    ['DASAR HUKUM:', d => d.identity.legalBasis, 'KUALIFIKASI PELAKSANA:', d => d.identity.qualifications],
    ['KETERKAITAN:', d => d.identity.relatedSops.map(r => r.text), 'PERALATAN/PERLENGKAPAN:', d => d.identity.equipment],
    ['PERINGATAN:', d => d.identity.warnings, 'PENCATATAN DAN PENDATAAN:', d => d.identity.records],
];

/** The three two-column rows: a bold label row, then a row with the numbered lists. */
function lowerBlocks(doc: SopDocument, content: Box, split: number): Block[] {
    const leftWidth = content.width * split;
    const cols = [{ x: content.x, width: leftWidth }, { x: content.x + leftWidth, width: content.width - leftWidth }];
    return PAIRS.map(([l1, f1, l2, f2]) => {
        const labels = [l1, l2];
        const lists = [numbered(f1(doc), cols[0].width), numbered(f2(doc), cols[1].width)];
        const labelHeight = textHeight(1, font(true));
        const listHeight = Math.max(MIN_ROW, maxOf(lists, l => textHeight(l.length, font())));
        return {
            height: labelHeight + listHeight,
            write(svg, top) {
                svg.open('g', { class: 'sop-identity-list' });
                cols.forEach((c, i) => {
                    writeCell(svg, { ...c, y: top, height: labelHeight }, [labels[i]], font(true), 'start');
                    writeList(svg, { ...c, y: top + labelHeight, height: listHeight }, lists[i]);
                });
                svg.close('g');
            },
        };
    });
}

interface ListLine { marker: string; text: string }

const INDENT = 22;

/** `1. text` items with a hanging indent; `-` when the list is empty. */
function numbered(items: string[], width: number): ListLine[] {
    if (items.length === 0) return [{ marker: '', text: '-' }];
    const inner = width - 2 * STYLE.cellPadX - INDENT;
    return items.flatMap((item, i) => wrapText(item, inner, font()).map((text, k) => ({ marker: k === 0 ? `${i + 1}.` : '', text })));
}

function writeList(svg: SvgWriter, box: Box, lines: ListLine[]): void {
    const f = font();
    svg.open('g', { class: 'sop-cell' });
    svg.empty('rect', { ...box, fill: 'none', stroke: STYLE.rule, 'stroke-width': STYLE.ruleWidth });
    const top = box.y + STYLE.cellPadY;
    const x = box.x + STYLE.cellPadX;
    lines.forEach((line, i) => {
        const y = top + i * lineHeight(f);
        if (line.marker) svg.text([line.marker], x, y, f);
        svg.text([line.text], line.marker || lines[0].marker ? x + INDENT : x, y, f);
    });
    svg.close('g');
}
