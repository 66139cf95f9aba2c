/**
 * The SOP-AP renderer: SopDocument → identity sheet + flowchart pages, as SVG and as a JSON layout.
 * Pure and deterministic: no DOM, no clock, no randomness; same input, same bytes.
 */
import type { SopDocument } from '../model/sop-document.js';
import { layoutFlowchart, type FlowchartPage } from './flowchart-layout.js';
import { writeFlowchartPage, writeFooter } from './flowchart-svg.js';
import { writeIdentityPages } from './identity-layout.js';
import { cutToHeight, PAPER_MM, sheetGeometry, type PageGeometry } from './paper.js';
import type { LaidOutPage, LaidOutTable, RenderedDocument, RenderedPage, RenderOptions } from './render-types.js';
import { svgDocument, SvgWriter } from './svg-writer.js';

export type { RenderedDocument, RenderOptions, LayoutDocument } from './render-types.js';
export type { ContinuousSheet } from './paper.js';

export function renderSop(doc: SopDocument, options: RenderOptions = {}): RenderedDocument {
    const geometry = sheetGeometry(options.paper ?? doc.paper ?? 'A4');
    const identityGeometry = identitySheet(geometry);
    const identityBodies = writeIdentityPages(doc, identityGeometry, { logoDataUri: options.logoDataUri });
    const flowchartGeometry = geometry;
    const flowchart = layoutFlowchart(doc, flowchartGeometry);
    const total = identityBodies.length + flowchart.length;
    const footer = (n: number) => `${[doc.identity.number, doc.title].filter(Boolean).join(' · ')}\tHalaman ${n} dari ${total}`;
    const pages: RenderedPage[] = [];
    const layout: LaidOutPage[] = [];
    identityBodies.forEach((body, i) => {
        const number = i + 1;
        const description = identityDescription(doc, i, identityBodies.length);
        pages.push({ number, kind: 'identity', svg: svgDocument(body + footerSvg(identityGeometry, footer(number)), identityGeometry, title(doc, number), description), description });
        layout.push({ number, kind: 'identity', width: round(identityGeometry.width), height: round(identityGeometry.height), rows: [], shapes: [], arrows: [], connectors: [] });
    });
    flowchart.forEach((page, i) => {
        const geometry = pageSheet(flowchartGeometry, page);
        const number = identityBodies.length + i + 1;
        const description = flowchartDescription(page, i, flowchart.length);
        pages.push({ number, kind: 'flowchart', svg: svgDocument(writeFlowchartPage(page, doc, geometry, footer(number)), geometry, title(doc, number), description), description });
        layout.push(flowchartLayout(page, number, geometry));
    });
    return { layout: { pages: layout }, pages };
}

/** A continuous sheet's identity sheet keeps a landscape page's proportions (it is one block of fields). */
function identitySheet(geometry: PageGeometry): PageGeometry {
    if (!geometry.continuous) return geometry;
    return cutToHeight(geometry, geometry.width * PAPER_MM.A4.height / PAPER_MM.A4.width - geometry.margin.bottom - 14);
}

/** A continuous sheet's flowchart page ends under its table (and footnotes). */
function pageSheet(geometry: PageGeometry, page: FlowchartPage): PageGeometry {
    if (!geometry.continuous) return geometry;
    const bands = page.bands.reduce((end, b) => Math.max(end, b.y + b.height), page.tableBottom);
    const notes = page.footnotes ? page.footnotes.y + page.footnotes.lines.length * 14 : 0;
    return cutToHeight(geometry, Math.max(bands, notes));
}

/** The footer line of an identity page (flowchart pages write theirs themselves). */
function footerSvg(geometry: PageGeometry, text: string): string {
    const svg = new SvgWriter();
    writeFooter(svg, geometry, text);
    return svg.toString();
}

function title(doc: SopDocument, page: number): string {
    return `SOP ${doc.title || doc.id} — halaman ${page}`;
}

function identityDescription(doc: SopDocument, index: number, count: number): string {
    const parts = [`Identitas SOP ${doc.title}`];
    if (count > 1) parts.push(`bagian ${index + 1} dari ${count}`);
    if (doc.identity.number) parts.push(`nomor ${doc.identity.number}`);
    if (doc.identity.approver?.name) parts.push(`disahkan oleh ${doc.identity.approver.name}`);
    return parts.join(', ') + '.';
}

function flowchartDescription(page: FlowchartPage, index: number, count: number): string {
    const steps = page.rows.map(r => r.text.step.number);
    const range = steps.length ? `langkah ${steps[0]}–${steps[steps.length - 1]}` : 'tanpa langkah';
    const connectors = page.shapes.filter(s => s.connector).map(s => `penghubung ${s.connector!.label} ${s.connector!.role === 'out' ? 'dari' : 'ke'} langkah ${s.step}`);
    return [`Diagram alir halaman ${index + 1} dari ${count}: ${range}`, ...connectors].join('; ') + '.';
}

function round(v: number): number {
    return Math.round(v * 100) / 100;
}

function flowchartLayout(page: FlowchartPage, number: number, geometry: PageGeometry): LaidOutPage {
    return {
        number, kind: 'flowchart', width: round(geometry.width), height: round(geometry.height),
        rows: page.rows.map(r => r.text.step.number),
        shapes: page.shapes.map(s => ({
            step: s.step, actor: s.actor, kind: s.shape.kind,
            x: round(s.shape.x), y: round(s.shape.y), width: round(s.shape.width), height: round(s.shape.height),
        })),
        arrows: page.arrows.map(a => ({
            from: a.from, to: a.to, ...(a.request.label ? { label: a.request.label } : {}),
            points: a.points.map(([x, y]) => [round(x), round(y)] as [number, number]),
        })),
        connectors: page.shapes.filter(s => s.connector).map(s => ({
            label: s.connector!.label, step: s.step, position: s.connector!.position, x: round(s.shape.x), y: round(s.shape.y),
        })),
        table: tableLayout(page),
    };
}

function tableLayout(page: FlowchartPage): LaidOutTable {
    const c = page.columns;
    const bodyTop = page.tableTop + page.header.rowA + page.header.rowB;
    const columnRules = [c.no, c.activity, ...c.actors, c.requirements, c.duration, c.output, c.notes].map(col => round(col.x));
    columnRules.push(round(c.notes.x + c.notes.width));
    return {
        x: round(c.x), y: round(page.tableTop), width: round(c.notes.x + c.notes.width - c.x), height: round(page.tableBottom - page.tableTop),
        bodyTop: round(bodyTop), columnRules,
        rowRules: [...page.rows.map(r => round(r.y)), round(page.tableBottom)],
    };
}
