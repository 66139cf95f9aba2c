/**
 * Reads a PDF with pdfjs-dist (legacy build, which runs in Node): per page, the text with positions
 * and the vector drawing from the operator list, turned into grid tables. Pages whose flowchart is
 * an image (a scan) give text only, if any; there is no OCR.
 */
import type { GridTable, SourceDocument } from './import-types.js';
import { pageTables } from './pdf-page.js';
import { pathsOf, type PdfOps, type TextPiece } from './pdf-primitives.js';
import { classify } from './pdf-shapes.js';

interface TextItemLike { str?: string; transform?: number[]; width?: number; height?: number; fontName?: string }

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/**
 * Loaded on demand: pdfjs is large, and only PDF imports need it. Both modules are bundled into the
 * server and CLI (esbuild turns these imports into lazy requires), because the packaged extension has
 * no node_modules. pdfjs would load its worker as a file beside itself; handing it the worker's
 * message handler (`globalThis.pdfjsWorker`) runs the worker in this thread from the bundle instead.
 * While it loads it logs that it cannot polyfill canvas classes (needed only for rendering, which
 * import never does); those lines would land in the CLI's output, so they are dropped.
 */
async function loadPdfjs(): Promise<Pdfjs> {
    const log = console.log;
    console.log = (...args: unknown[]) => { if (!/polyfill|require` function/.test(String(args[0]))) log(...args); };
    try {
        const [pdfjs, worker] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.mjs')]);
        (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= { WorkerMessageHandler: worker.WorkerMessageHandler };
        return pdfjs;
    } finally {
        console.log = log;
    }
}

/** Whether the font (loaded with the operator list) is an italic or oblique face, by its name. */
function italicFont(objs: { has(id: string): boolean; get(id: string): unknown }, id: string | undefined): boolean {
    if (!id || !objs.has(id)) return false;
    const font = objs.get(id) as { name?: string; italic?: boolean } | null;
    return !!font && (font.italic === true || /italic|oblique/i.test(font.name ?? ''));
}

export async function readPdf(bytes: Uint8Array): Promise<SourceDocument> {
    const pdfjs = await loadPdfjs();
    const task = pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, verbosity: 0 });
    const doc = await task.promise;
    const source: SourceDocument = { format: 'pdf', tables: [], notes: [] };
    try {
        for (let n = 1; n <= doc.numPages; n++) {
            const page = await doc.getPage(n);
            const [x0, y0, , y1] = page.view;
            const height = y1 - y0;
            const ops = await page.getOperatorList();
            const content = await page.getTextContent();
            const texts: TextPiece[] = (content.items as TextItemLike[]).filter(i => i.str && i.str.trim() && i.transform).map(i => {
                const t = i.transform!;
                const h = i.height || Math.hypot(t[2], t[3]);
                return { text: i.str!, x: t[4] - x0, y: height - (t[5] - y0) - h * 0.8, width: i.width ?? 0, height: h, italic: italicFont(page.commonObjs, i.fontName) };
            });
            const paths = pathsOf(ops.fnArray, ops.argsArray, pdfjs.OPS as unknown as PdfOps, height).map(p => ({
                ...p, points: p.points.map(([x, y]) => [x - x0, y + y0] as [number, number]),
            }));
            const tables: GridTable[] = pageTables(classify(paths), texts, n);
            source.tables.push(...tables);
            page.cleanup();
        }
    } finally {
        await doc.destroy();
    }
    return source;
}
