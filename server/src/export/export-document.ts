/**
 * One entry point for every export format: the renderer lays the SOP out once, and each back end draws
 * that result (SVG pages, their layout, the model's texts). Used by `sop export` and by the language
 * server's `sop/export` request (the editor's export commands).
 */
import type { SopDocument } from '../model/sop-document.js';
import type { RenderedDocument } from '../render/render-types.js';
import { writeDocx } from './docx-export.js';
import { writeHtml } from './html-export.js';
import { writeMermaid } from './mermaid-export.js';
import { ensureFolder, pageFileName, writeFileAtomic, writePageSet, type OutputData } from './output-target.js';
import { pdfPages, sopPdfMetadata, writePdf } from './pdf-export.js';
import { loadRasteriser, svgToPng } from './png-export.js';

import { EXPORT_FORMATS, PAGED_FORMATS, type ExportFormat } from './export-formats.js';
import { trimEndOf } from '../model/trim-end.js';

export { EXPORT_FORMATS, PAGED_FORMATS, type ExportFormat };


export const EXTENSIONS: Record<ExportFormat, string> = {
    pdf: 'pdf', docx: 'docx', html: 'html', svg: 'svg', png: 'png', mermaid: 'mmd', json: 'layout.json',
};

export type Artifact =
    | { kind: 'file'; ext: string; data: OutputData }
    | { kind: 'pages'; ext: string; pages: Array<{ number: number; data: OutputData }> };

export interface ExportOptions {
    /** PNG resolution in dots per inch. */
    dpi?: number;
}

/** Draws `rendered` (the renderer's output for `doc`) in `format`. */
export async function exportSop(doc: SopDocument, rendered: RenderedDocument, format: ExportFormat, options: ExportOptions = {}): Promise<Artifact> {
    const ext = EXTENSIONS[format];
    switch (format) {
        case 'pdf': return { kind: 'file', ext, data: await writePdf(pdfPages(rendered), sopPdfMetadata(doc)) };
        case 'docx': return { kind: 'file', ext, data: await writeDocx(doc, rendered) };
        case 'html': return { kind: 'file', ext, data: writeHtml(rendered, doc.title || doc.id) };
        case 'mermaid': return { kind: 'file', ext, data: writeMermaid(doc) };
        case 'json': return { kind: 'file', ext, data: JSON.stringify(rendered.layout, null, 2) + '\n' };
        case 'svg': return { kind: 'pages', ext, pages: rendered.pages.map(p => ({ number: p.number, data: p.svg })) };
        case 'png':
            await loadRasteriser();
            return { kind: 'pages', ext, pages: rendered.pages.map(p => ({ number: p.number, data: svgToPng(p.svg, options.dpi) })) };
    }
}

/**
 * Writes an artifact for the SOP named `stem`: a one-file format to `file` (or `<folder>/<stem>.<ext>`),
 * pages as a set into `folder` (`<stem>-page-<n>.<ext>`). Every write is atomic. Returns the files written.
 */
export function writeArtifact(artifact: Artifact, stem: string, target: { folder: string } | { file: string }): string[] {
    if (artifact.kind === 'pages') {
        const folder = 'folder' in target ? target.folder : target.file;
        return writePageSet(folder, stem, artifact.ext, artifact.pages.map(p => ({ name: pageFileName(stem, p.number, artifact.ext), data: p.data })));
    }
    if ('file' in target) return [writeFileAtomic(target.file, artifact.data)];
    ensureFolder(target.folder);
    return [writeFileAtomic(`${trimEndOf(target.folder, '/\\')}/${stem}.${artifact.ext}`, artifact.data)];
}
