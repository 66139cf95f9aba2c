/**
 * Word (.docx): one landscape section on the SOP's paper, the identity sheet as tables, then each
 * flowchart page of the layout as its own table on its own page, and a footer with NOMOR · NAMA SOP and
 * "Halaman n dari m" as Word fields (they stay right when the user edits).
 */
import { Document, Footer, Packer, PageBreak, PageNumber, PageOrientation, Paragraph, TabStopType, TextRun, type Table } from 'docx';
import type { SopDocument } from '../model/sop-document.js';
import { pageGeometry } from '../render/paper.js';
import type { RenderedDocument } from '../render/render-types.js';
import { flowchartBlocks } from './docx-flowchart.js';
import { identityTables } from './docx-identity.js';
import { DOCX_FONT, halfPoints, twips } from './docx-units.js';

const FOOTER_SIZE = 9.33;

export async function writeDocx(doc: SopDocument, rendered: RenderedDocument): Promise<Buffer> {
    const first = rendered.layout.pages[0];
    const geometry = pageGeometry(doc.paper);
    const width = first?.width ?? geometry.width;
    const height = first?.height ?? geometry.height;
    const margin = geometry.margin;
    const content = width - margin.left - margin.right;
    const children: Array<Table | Paragraph> = [...identityTables(doc, content)];
    rendered.layout.pages.forEach((page, i) => {
        if (page.kind !== 'flowchart') return;
        children.push(new Paragraph({ spacing: { before: 0, after: 0 }, children: [new PageBreak()] }));
        children.push(...flowchartBlocks({ doc, page, svg: rendered.pages[i].svg }));
    });
    const document = new Document({
        creator: 'sop-language',
        title: doc.title || doc.id,
        subject: doc.identity.number ?? '',
        description: `SOP ${doc.title}`,
        styles: { default: { document: { run: { font: DOCX_FONT, size: halfPoints(10.5) } } } },
        sections: [{
            properties: {
                page: {
                    // docx swaps width and height for landscape: pass the portrait sizes.
                    size: { width: twips(height), height: twips(width), orientation: PageOrientation.LANDSCAPE },
                    margin: { top: twips(margin.top), bottom: twips(margin.bottom), left: twips(margin.left), right: twips(margin.right), footer: twips(margin.bottom / 2), header: twips(margin.top / 2) },
                },
            },
            footers: { default: footer(doc, content) },
            children,
        }],
    });
    return Packer.toBuffer(document);
}

function footer(doc: SopDocument, width: number): Footer {
    const run = (text: string | string[]) => new TextRun({ children: Array.isArray(text) ? text : [text], font: DOCX_FONT, size: halfPoints(FOOTER_SIZE), color: '444444' });
    return new Footer({
        children: [new Paragraph({
            tabStops: [{ type: TabStopType.RIGHT, position: twips(width) }],
            children: [
                run(`${[doc.identity.number, doc.title].filter(Boolean).join(' · ')}\t`),
                run(['Halaman ', PageNumber.CURRENT, ' dari ', PageNumber.TOTAL_PAGES]),
            ],
        })],
    });
}
