/**
 * Word (.docx): one landscape section on the SOP's paper, the identity sheet as tables, then each
 * flowchart page of the layout as its own table on its own page, and a footer with NOMOR · NAMA SOP and
 * "Halaman n dari m" as Word fields (they stay right when the user edits). The book (book-docx) puts
 * the same section of every SOP after its cover and daftar isi.
 */
import {
    Document, Footer, Packer, PageNumber, PageOrientation, Paragraph, TabStopType, TextRun, type ISectionOptions, type Table,
} from 'docx';
import type { SopDocument } from '../model/sop-document.js';
import { pageGeometry } from '../render/paper.js';
import type { RenderedDocument } from '../render/render-types.js';
import { flowchartBlocks } from './docx-flowchart.js';
import { drawnSplit, identityTables } from './docx-identity.js';
import { DOCX_FONT, halfPoints, twips } from './docx-units.js';
import { loadRasteriser } from './png-export.js';

const FOOTER_SIZE = 9.33;

export async function writeDocx(doc: SopDocument, rendered: RenderedDocument): Promise<Buffer> {
    await loadRasteriser();
    const document = new Document({
        creator: 'sop-language',
        title: doc.title || doc.id,
        subject: doc.identity.number ?? '',
        description: `SOP ${doc.title}`,
        styles: DOCX_STYLES,
        sections: [sopSection(doc, rendered, footer(doc, sopPageBox(doc, rendered).content))],
    });
    return Packer.toBuffer(document);
}

export const DOCX_STYLES = { default: { document: { run: { font: DOCX_FONT, size: halfPoints(10.5) } } } };

/** The page of the SOP's sections (px): its first rendered page's size, the renderer's margins. */
export function sopPageBox(doc: SopDocument, rendered: RenderedDocument) {
    const first = rendered.layout.pages[0];
    const geometry = pageGeometry(doc.paper);
    const width = first?.width ?? geometry.width;
    const height = first?.height ?? geometry.height;
    const margin = geometry.margin;
    return { width, height, margin, content: width - margin.left - margin.right };
}

/** Section page properties: landscape `width` × `height` px with `margin`. */
export function landscapePage(box: { width: number; height: number; margin: { top: number; right: number; bottom: number; left: number } }) {
    const { width, height, margin } = box;
    return {
        // docx swaps width and height for landscape: pass the portrait sizes.
        size: { width: twips(height), height: twips(width), orientation: PageOrientation.LANDSCAPE },
        margin: { top: twips(margin.top), bottom: twips(margin.bottom), left: twips(margin.left), right: twips(margin.right), footer: twips(margin.bottom / 2), header: twips(margin.top / 2) },
    };
}

/** One SOP as a section: identity tables, then one table per flowchart page; `first` goes before them (a bookmark). Await `loadRasteriser()` first. */
export function sopSection(doc: SopDocument, rendered: RenderedDocument, pageFooter: Footer, first: Paragraph[] = []): ISectionOptions {
    const box = sopPageBox(doc, rendered);
    // The identity block as the renderer split it, read from the page it drew it on.
    const identityPage = rendered.layout.pages.findIndex(p => p.kind === 'identity' || p.identity);
    const left = drawnSplit(rendered.pages[identityPage]?.svg, box.content);
    const children: Array<Table | Paragraph> = [...first, ...identityTables(doc, box.content, left)];
    const split = splitSteps(rendered);
    rendered.layout.pages.forEach((page, i) => {
        if (page.kind !== 'flowchart') return;
        // A short SOP's table shares the identity's page, as the renderer lays it out; else a new page.
        children.push(page.identity ? gap(page.table ? page.table.y - page.identity.y - page.identity.height : 0) : newPage());
        children.push(...flowchartBlocks({ doc, page, svg: rendered.pages[i].svg, split }));
    });
    return { properties: { page: landscapePage(box) }, footers: { default: pageFooter }, children };
}

/** Steps whose row the renderer split over pages (a row taller than a page): they appear on more than one page. */
function splitSteps(rendered: RenderedDocument): Set<number> {
    const seen = new Set<number>();
    const split = new Set<number>();
    for (const page of rendered.layout.pages) for (const step of new Set(page.rows)) (seen.has(step) ? split : seen).add(step);
    return split;
}

/**
 * Starts a new page: a paragraph one point high that breaks before itself. A page break inside a
 * paragraph would leave that paragraph's line at the foot of a full page, and where the renderer filled
 * the page to its margin (a connector under the table) that line spills to a page of its own.
 */
function newPage(): Paragraph {
    return new Paragraph({ pageBreakBefore: true, spacing: { before: 0, after: 0, line: 20, lineRule: 'exact' }, children: [new TextRun({ text: '', size: 2 })] });
}

/** Space between the identity tables and the flowchart table on a shared page (a paragraph also keeps Word from joining the two tables). */
function gap(px: number): Paragraph {
    return new Paragraph({ spacing: { before: 0, after: 0, line: Math.max(twips(2), twips(px)), lineRule: 'exact' }, children: [new TextRun({ text: '', size: 2 })] });
}

function footer(doc: SopDocument, width: number): Footer {
    return footerLine(`${[doc.identity.number, doc.title].filter(Boolean).join(' · ')}`, ['Halaman ', PageNumber.CURRENT, ' dari ', PageNumber.TOTAL_PAGES], width);
}

/** A footer line: `left` text, and `right` (text and page fields) at the right margin. */
export function footerLine(left: string, right: Array<string | (typeof PageNumber)[keyof typeof PageNumber]>, width: number): Footer {
    const run = (children: Array<string | (typeof PageNumber)[keyof typeof PageNumber]>) => new TextRun({ children, font: DOCX_FONT, size: halfPoints(FOOTER_SIZE), color: '444444' });
    return new Footer({
        children: [new Paragraph({ tabStops: [{ type: TabStopType.RIGHT, position: twips(width) }], children: [run([`${left}\t`]), run(right)] })],
    });
}
