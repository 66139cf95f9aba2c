/**
 * Reads a PDF with pdfjs-dist (legacy build, which runs in Node): per page, the text with positions
 * and the vector drawing from the operator list, turned into grid tables. A flowchart painted as one
 * picture per row's actor band (LibreOffice's print of our Word export) gives its symbols from the
 * pixels, not its arrows. Other pictures (a scan) give text only, if any; there is no OCR.
 */
import type { GridTable, SourceDocument } from './import-types.js';
import { pageTables } from './pdf-page.js';
import { ImportCodes, note } from './import-messages.js';
import { pathsOf, type PdfOps, type PlacedImage, type SubPath, type TextPiece } from './pdf-primitives.js';
import { classify, type Box, type Outline } from './pdf-shapes.js';
import { rasterArrows, stackBitmaps, type RasterNode } from './raster-arrows.js';
import { commonRules, pixelBitmap, rasterSymbols, type Bitmap } from './raster-symbols.js';

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
    const pages: Array<{ paths: SubPath[]; texts: TextPiece[]; pictures: Picture[] }> = [];
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
            const placed: PlacedImage[] = [];
            const shift = ([x, y]: [number, number]) => [x - x0, y + y0] as [number, number];
            const paths = pathsOf(ops.fnArray, ops.argsArray, pdfjs.OPS as unknown as PdfOps, height, placed).map(p => ({ ...p, points: p.points.map(shift) }));
            const pictures: Picture[] = [];
            for (const image of placed) {
                const bitmap = await imageBitmap(image.id.startsWith('g_') ? page.commonObjs : page.objs, image.id);
                const [a, b] = [shift([image.x0, image.y0]), shift([image.x1, image.y1])];
                if (bitmap) pictures.push({ bitmap, box: { x0: a[0], y0: a[1], x1: b[0], y1: b[1] } });
            }
            pages.push({ paths, texts, pictures });
            page.cleanup();
        }
    } finally {
        await doc.destroy();
    }
    // Document order: a shaft leaving the last row picture of a page goes on in the next page's first.
    const drawn = pictureFlow(pages.flatMap(p => [...p.pictures].sort((a, b) => a.box.y0 - b.box.y0)));
    const ids = new Map<Outline, string>();
    const perPage: GridTable[][] = [];
    pages.forEach(({ paths, texts, pictures }, i) => {
        const shapes = classify(paths);
        const fromPixels = pictures.flatMap(p => drawn.outlines.get(p) ?? []);
        // pageTables names its outlines by their place in this list.
        fromPixels.forEach((o, k) => ids.set(o, `p${i + 1}s${shapes.outlines.length + k}`));
        shapes.outlines.push(...fromPixels);
        const tables: GridTable[] = pageTables(shapes, texts, i + 1);
        perPage.push(tables);
        source.tables.push(...tables);
    });
    // The arrows read from pixels go to the table holding either end (once: an arrow may cross a page).
    for (const a of drawn.arrows) {
        const [from, to] = [ids.get(a.from), ids.get(a.to)];
        const table = from && to ? perPage.flat().find(t => t.symbols.some(s => s.id === from || s.id === to)) : undefined;
        table?.arrows.push({ from: from!, to: to!, label: a.label, labelUnsure: a.labelUnsure });
    }
    for (const [a, b] of drawn.joins) {
        const [from, to] = [ids.get(a), ids.get(b)];
        const table = from && to ? perPage.flat().find(t => t.symbols.some(s => s.id === from) && t.symbols.some(s => s.id === to)) : undefined;
        if (table) table.joins = [...(table.joins ?? []), [from!, to!]];
    }
    if (drawn.outlines.size > 0) source.notes.push(note(ImportCodes.pictureArrows));
    return source;
}

interface Picture { bitmap: Bitmap; box: Box }

interface ImageObjects { get(id: string, resolved: (value: unknown) => void): unknown }

/**
 * pdfjs's decoded image (8 bits per channel: RGB or RGBA), as dark and light pixels. The worker sends
 * images apart from the operator list, so this waits for it (not forever: an image that never comes is skipped).
 */
async function imageBitmap(objs: ImageObjects, id: string): Promise<Bitmap | undefined> {
    let timer: Parameters<typeof clearTimeout>[0];
    const image = await Promise.race([
        new Promise<unknown>(resolve => objs.get(id, resolve)),
        new Promise<undefined>(resolve => { timer = setTimeout(resolve, 10_000); }),
    ]).finally(() => clearTimeout(timer)) as { width?: number; height?: number; kind?: number; data?: Uint8Array | Uint8ClampedArray } | null | undefined;
    const channels = image?.kind === 2 ? 3 : image?.kind === 3 ? 4 : 0;
    if (!image?.data || !image.width || !image.height || channels === 0) return undefined;
    return pixelBitmap(image.width, image.height, image.data, channels);
}

/**
 * Symbols and arrows in pictures of a row's actor band (a flowchart that reached the PDF as pixels, as
 * LibreOffice prints our Word export): pictures as wide share their column rules; each symbol becomes
 * an outline in page space, placed in its cell by the table like a drawn one; the pictures stacked in
 * document order give the arrows between those outlines.
 */
function pictureFlow(pictures: Picture[]) {
    const outlines = new Map<Picture, Outline[]>();
    const arrows: Array<{ from: Outline; to: Outline; label?: string; labelUnsure?: boolean }> = [];
    const joins: Array<[Outline, Outline]> = [];
    for (const width of new Set(pictures.map(p => p.bitmap.width))) {
        const group = pictures.filter(p => p.bitmap.width === width);
        const rules = commonRules(group.map(p => p.bitmap));
        if (!rules) continue;
        const { bitmap: stacked, tops } = stackBitmaps(group.map(p => p.bitmap));
        const nodes: RasterNode[] = [];
        const byId = new Map<string, Outline>();
        group.forEach((picture, g) => {
            const { bitmap, box } = picture;
            const sx = (box.x1 - box.x0) / bitmap.width, sy = (box.y1 - box.y0) / bitmap.height;
            const found = rasterSymbols(bitmap, rules).map((s, k) => {
                const outline: Outline = { kind: s.kind, box: { x0: box.x0 + s.box.x0 * sx, y0: box.y0 + s.box.y0 * sy, x1: box.x0 + s.box.x1 * sx, y1: box.y0 + s.box.y1 * sy } };
                const id = `${g}.${k}`;
                byId.set(id, outline);
                nodes.push({ id, kind: s.kind, box: { ...s.box, y0: s.box.y0 + tops[g], y1: s.box.y1 + tops[g] } });
                return outline;
            });
            if (found.length > 0) outlines.set(picture, found);
        });
        const flow = rasterArrows(stacked, rules, nodes);
        for (const a of flow.arrows) arrows.push({ from: byId.get(a.from)!, to: byId.get(a.to)!, label: a.label, labelUnsure: a.labelUnsure });
        for (const [a, b] of flow.joins) joins.push([byId.get(a)!, byId.get(b)!]);
    }
    return { outlines, arrows, joins };
}
