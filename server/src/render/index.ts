/**
 * The SOP-AP renderer: SopDocument → identity sheet + flowchart pages, as SVG and as a JSON layout.
 * Pure and deterministic: no DOM, no clock, no randomness; same input, same bytes.
 */
import type { SopDocument } from '../model/sop-document.js';
import { layoutFlowchart, mayFitOnePage, type FlowchartPage } from './flowchart-layout.js';
import { measureFrame, type TableFrame } from './flowchart-measure.js';
import { writeFlowchartPage, writeFooter } from './flowchart-svg.js';
import { writeIdentityPages, type IdentityPages } from './identity-svg.js';
import { flowchartLayout, identityLayout } from './layout-json.js';
import { flowchartDescription, identityDescription } from './page-descriptions.js';
import { cutToHeight, PAPER_MM, sheetGeometry, type PageGeometry } from './paper.js';
import type { LaidOutPage, RenderedDocument, RenderedPage, RenderOptions } from './render-types.js';
import { svgDocument, SvgWriter } from './svg-writer.js';

export type { RenderedDocument, RenderOptions, LayoutDocument } from './render-types.js';
export type { ContinuousSheet } from './paper.js';

export function renderSop(doc: SopDocument, options: RenderOptions = {}): RenderedDocument {
    const geometry = sheetGeometry(options.paper ?? doc.paper ?? 'A4');
    const identityGeometry = identitySheet(geometry);
    const identity = writeIdentityPages(doc, identityGeometry, { logoDataUri: options.logoDataUri });
    // Column widths, header and symbol sizes depend on the paper's width only: measured once for every layout tried.
    const frame = measureFrame(doc, geometry);
    const shared = sharedPage(doc, geometry, identity, frame);
    const identityBodies = shared ? [] : identity.bodies;
    const flowchartGeometry = shared?.geometry ?? geometry;
    const flowchart = shared?.flowchart ?? layoutFlowchart(doc, flowchartGeometry, frame);
    const total = identityBodies.length + flowchart.length;
    const mark = draftMark(options.errorCount);
    const footer = (n: number) => `${[doc.identity.number, doc.title].filter(Boolean).join(' · ')}\tHalaman ${n} dari ${total}${mark ? `\t${mark}` : ''}`;
    const pages: RenderedPage[] = [];
    const layout: LaidOutPage[] = [];
    identityBodies.forEach((body, i) => {
        const number = i + 1;
        const description = identityDescription(doc, i, identityBodies.length);
        pages.push({ number, kind: 'identity', svg: svgDocument(body + footerSvg(identityGeometry, footer(number)), identityGeometry, title(doc, number), description), description });
        layout.push(identityLayout(number, identityGeometry));
    });
    flowchart.forEach((page, i) => {
        const geometry = pageSheet(flowchartGeometry, page);
        const number = identityBodies.length + i + 1;
        const description = (shared ? identityDescription(doc, 0, 1) + ' ' : '') + flowchartDescription(page, i, flowchart.length);
        const body = (shared ? identity.bodies[0] : '') + writeFlowchartPage(page, doc, geometry, footer(number));
        pages.push({ number, kind: 'flowchart', svg: svgDocument(body, geometry, title(doc, number), description), description });
        const laid = flowchartLayout(page, number, geometry, doc);
        if (shared) laid.identity = { x: geometry.content.x, y: geometry.margin.top, width: geometry.content.width, height: identity.bottom - geometry.margin.top };
        layout.push(laid);
    });
    return { layout: { pages: layout }, pages };
}

/** Space between the identity block and the table when they share a page. */
const SHARED_GAP = 12;

/**
 * A short SOP prints its identity block and its table on one page, as about a third of offices do,
 * when the identity fits one page and the whole table fits under it (`tabel identitas terpisah` opts out).
 */
function sharedPage(doc: SopDocument, geometry: PageGeometry, identity: IdentityPages, frame: TableFrame): { geometry: PageGeometry; flowchart: FlowchartPage[] } | undefined {
    if (geometry.continuous || doc.table?.identityPage === 'separate' || identity.bodies.length !== 1 || doc.steps.length === 0) return undefined;
    const { content } = geometry;
    const top = identity.bottom + SHARED_GAP;
    const below: PageGeometry = { ...geometry, content: { ...content, y: top, height: content.y + content.height - top } };
    if (below.content.height < 80 || !mayFitOnePage(doc, below, frame)) return undefined;
    const flowchart = layoutFlowchart(doc, below, frame);
    return flowchart.length === 1 && !flowchart[0].rows.some(r => r.text.continued) ? { geometry: below, flowchart } : undefined;
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

/** The mark an invalid document carries on every page, so that it cannot pass for a signed one. */
function draftMark(errorCount: number | undefined): string | undefined {
    return errorCount && errorCount > 0 ? `DRAF — belum valid: ${errorCount} kesalahan` : undefined;
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
