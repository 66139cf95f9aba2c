import type { SopDocument } from '../model/sop-document.js';
import type { FlowchartPage, PageArrow } from './flowchart-layout.js';
import type { PageGeometry } from './paper.js';
import type { ArrowEnd } from './render-types.js';
import { STYLE } from './render-style.js';
import { writeShape } from './shape-svg.js';
import { SvgWriter } from './svg-writer.js';
import { headerHeight, type Column } from './table-measure.js';
import { lineHeight, textWidth, type Font } from './text-metrics.js';

type Align = 'start' | 'middle';

/** One table cell: ruled box, optional grey fill, text centred vertically. */
export function writeCell(svg: SvgWriter, box: { x: number; y: number; width: number; height: number }, lines: string[], font: Font, align: Align, fill = 'none'): void {
    svg.open('g', { class: 'sop-cell' });
    svg.rect(box.x, box.y, box.width, box.height, fill, STYLE.rule, STYLE.ruleWidth);
    const top = box.y + (box.height - lines.length * lineHeight(font)) / 2;
    const x = align === 'middle' ? box.x + box.width / 2 : box.x + STYLE.cellPadX;
    svg.text(lines, x, top, font, align);
    svg.close('g');
}

const span = (a: Column, b: Column) => ({ x: a.x, width: b.x + b.width - a.x });

/**
 * The header's SVG by header, columns and top: every page after the first repeats the same header at
 * the same height, and with many actors it is most of a page's text.
 */
const headerCache = new WeakMap<FlowchartPage['header'], WeakMap<FlowchartPage['columns'], Map<number, string>>>();

function writeHeader(svg: SvgWriter, page: FlowchartPage): void {
    let byColumns = headerCache.get(page.header);
    if (!byColumns) headerCache.set(page.header, byColumns = new WeakMap());
    let byTop = byColumns.get(page.columns);
    if (!byTop) byColumns.set(page.columns, byTop = new Map());
    let fragment = byTop.get(page.tableTop);
    if (fragment === undefined) {
        const header = new SvgWriter();
        drawHeader(header, page);
        byTop.set(page.tableTop, fragment = header.toString());
    }
    svg.raw(fragment);
}

function drawHeader(svg: SvgWriter, page: FlowchartPage): void {
    const { columns: c, header: h, tableTop: y } = page;
    if (headerHeight(h) === 0) return;
    const font = STYLE.headerFont;
    const fill = STYLE.headerFill;
    const full = h.rowA + h.rowG + h.rowB;
    const actors = span(c.actors[0], c.actors[c.actors.length - 1]);
    const mutu = span(c.requirements, c.output);
    svg.open('g', { class: 'sop-header' });
    writeCell(svg, { ...c.no, y, height: full }, h.spanning.no, font, 'middle', fill);
    writeCell(svg, { ...c.activity, y, height: full }, h.spanning.activity, font, 'middle', fill);
    writeCell(svg, { ...actors, y, height: h.rowA }, h.actorsLabel, font, 'middle', fill);
    writeCell(svg, { ...mutu, y, height: h.rowA }, h.qualityLabel, font, 'middle', fill);
    writeCell(svg, { ...c.notes, y, height: full }, h.spanning.notes, font, 'middle', fill);
    const yg = y + h.rowA;
    for (const g of h.groups) writeCell(svg, { ...span(c.actors[g.first], c.actors[g.last]), y: yg, height: h.rowG }, g.lines, font, 'middle', fill);
    // Actors outside every group, and the mutu baku columns, span the group row too.
    const grouped = new Set(h.groups.flatMap(g => Array.from({ length: g.last - g.first + 1 }, (_, k) => g.first + k)));
    const yb = yg + h.rowG;
    c.actors.forEach((col, i) => {
        const top = grouped.has(i) ? yb : yg;
        writeCell(svg, { ...col, y: top, height: h.rowB + yb - top }, h.actorLines[i], font, 'middle', fill);
    });
    writeCell(svg, { ...c.requirements, y: yg, height: h.rowG + h.rowB }, h.mutuLines.requirements, font, 'middle', fill);
    writeCell(svg, { ...c.duration, y: yg, height: h.rowG + h.rowB }, h.mutuLines.duration, font, 'middle', fill);
    writeCell(svg, { ...c.output, y: yg, height: h.rowG + h.rowB }, h.mutuLines.output, font, 'middle', fill);
    if (h.rowN > 0) {
        // The column numbers (1), (2), … as some offices print them under the headings.
        const yn = yb + h.rowB;
        const cols = [c.no, c.activity, ...c.actors, c.requirements, c.duration, c.output, c.notes];
        cols.forEach((col, i) => writeCell(svg, { ...col, y: yn, height: h.rowN }, [`(${i + 1})`], STYLE.smallFont, 'middle', fill));
    }
    svg.close('g');
}

function writeRows(svg: SvgWriter, page: FlowchartPage): void {
    const c = page.columns;
    page.rows.forEach(({ text, y }, index) => {
        const font = text.font;
        const h = text.height;
        svg.open('g', { class: 'sop-row', 'data-step': String(text.step.number) });
        writeCell(svg, { ...c.no, y, height: h }, text.no, font, 'middle');
        writeCell(svg, { ...c.activity, y, height: h }, text.activity, font, 'start');
        for (const col of c.actors) svg.rect(col.x, y, col.width, h, 'none', STYLE.rule, STYLE.ruleWidth);
        writeCell(svg, { ...c.requirements, y, height: h }, text.requirements, font, 'start');
        const merged = durationSpan(page, index);
        if (merged > 0) writeCell(svg, { ...c.duration, y, height: merged }, text.duration, font, 'middle');
        writeCell(svg, { ...c.output, y, height: h }, text.output, font, 'start');
        writeCell(svg, { ...c.notes, y, height: h }, text.notes, font, 'start');
        svg.close('g');
    });
}

/**
 * Height of row `index`'s WAKTU cell: its own, plus the rows below merged into it (`waktu gabung`);
 * 0 when it is merged into the row above on this page.
 */
function durationSpan(page: FlowchartPage, index: number): number {
    const rows = page.rows;
    // A continued row's WAKTU is one cell with its first part's.
    const merged = (k: number) => rows[k].text.continued || rows[k].text.step.quality.durationMerged;
    if (index > 0 && merged(index)) return 0;
    let height = rows[index].text.height;
    for (let k = index + 1; k < rows.length && merged(k); k++) height += rows[k].text.height;
    return height;
}

function writeArrow(svg: SvgWriter, arrow: PageArrow): void {
    const pts = arrow.points;
    const [tip, before] = [pts[pts.length - 1], pts[pts.length - 2]];
    const dx = Math.sign(tip[0] - before[0]), dy = Math.sign(tip[1] - before[1]);
    // A last segment shorter than the arrowhead (a crowded channel) gets a shorter head.
    const length = Math.min(STYLE.arrowHead.length, Math.abs(tip[0] - before[0]) + Math.abs(tip[1] - before[1]));
    const { halfWidth } = STYLE.arrowHead;
    const base: [number, number] = [tip[0] - dx * length, tip[1] - dy * length];
    const line = [...pts.slice(0, -1), base].map((p, i) => `${i === 0 ? 'M' : 'L'}${n(p[0])} ${n(p[1])}`).join('');
    const data: Record<string, string> = { class: 'sop-arrow', 'data-from': endData(arrow.from), 'data-to': endData(arrow.to) };
    if (arrow.from.kind === 'symbol') {
        data['data-step'] = String(arrow.from.step);
        data['data-symbol'] = arrow.from.symbol;
    }
    svg.open('g', data);
    svg.empty('path', { d: line, fill: 'none', stroke: '#000', 'stroke-width': STYLE.arrowStroke });
    const head = [tip, [base[0] + dy * halfWidth, base[1] + dx * halfWidth], [base[0] - dy * halfWidth, base[1] - dx * halfWidth]];
    svg.empty('path', { d: `M${head.map(p => `${n(p[0])} ${n(p[1])}`).join('L')}Z`, fill: '#000' });
    if (arrow.label && arrow.request.label) {
        const f = STYLE.labelFont;
        const w = textWidth(arrow.request.label, f);
        const left = arrow.label.anchor === 'end' ? arrow.label.x - w : arrow.label.x;
        svg.empty('rect', { x: left - 1, y: arrow.label.y - f.size * 0.9, width: w + 2, height: f.size * 1.1, fill: '#fff' });
        svg.element('text', {
            class: 'sop-branch-label', x: arrow.label.x, y: arrow.label.y, 'font-size': f.size, 'font-weight': 'bold',
            'text-anchor': arrow.label.anchor === 'end' ? 'end' : undefined,
        }, arrow.request.label);
    }
    svg.close('g');
}

/** `data-from`/`data-to` of an arrow: the step number of a symbol end, the label of a connector end. */
function endData(end: ArrowEnd): string {
    return end.kind === 'symbol' ? String(end.step) : end.connector;
}

function n(v: number): string {
    return String(Math.round(v * 100) / 100);
}

/** The body of one flowchart page's SVG. */
export function writeFlowchartPage(page: FlowchartPage, doc: SopDocument, geometry: PageGeometry, footer: string): string {
    const svg = new SvgWriter();
    writeRows(svg, page);
    for (const j of page.joins) {
        svg.empty('line', { class: 'sop-join', 'data-step': String(j.step), 'data-from': j.from, 'data-to': j.to, x1: j.x1, y1: j.y, x2: j.x2, y2: j.y, stroke: '#000', 'stroke-width': STYLE.shapeStroke });
    }
    svg.open('g', { class: 'sop-arrows' });
    for (const a of page.arrows) writeArrow(svg, a);
    svg.close('g');
    // After the arrows: an arrow from a connector above the table passes behind the header, not through its text.
    writeHeader(svg, page);
    for (const s of page.shapes) {
        const data: Record<string, string> = { 'data-step': String(s.step), 'data-actor': s.actor };
        if (s.symbol) data['data-symbol'] = s.symbol;
        if (s.connector) data['data-connector'] = s.connector.label;
        writeShape(svg, s.shape, data);
    }
    if (page.footnotes) {
        svg.open('g', { class: 'sop-footnotes' });
        svg.text(page.footnotes.lines, page.columns.x, page.footnotes.y, STYLE.bodyFont);
        svg.close('g');
    }
    writeFooter(svg, geometry, footer);
    void doc;
    return svg.toString();
}

/**
 * Small grey line in the bottom margin: SOP number and title on the left, page number on the right
 * (`text` is `left<TAB>right`, optionally `<TAB>mark`: a draft mark, bold and red, centred on a line
 * of its own below, so a long title cannot run into it).
 */
export function writeFooter(svg: SvgWriter, geometry: PageGeometry, text: string): void {
    const y = geometry.height - geometry.margin.bottom + 8;
    const [left, right, mark] = text.split('\t');
    if (mark) svg.text([mark], geometry.content.x + geometry.content.width / 2, y + lineHeight(STYLE.smallFont) + 2, STYLE.draftFont, 'middle', { fill: STYLE.draftColour, class: 'sop-footer sop-draft-mark' });
    svg.text([left], geometry.content.x, y, STYLE.smallFont, 'start', { fill: '#555', class: 'sop-footer' });
    svg.text([right], geometry.content.x + geometry.content.width, y, STYLE.smallFont, 'end', { fill: '#555', class: 'sop-footer' });
}
