/**
 * Walks a PDF page's operator list (pdfjs) and returns its drawing as page-space primitives, y down:
 * sub-paths with their points (curves marked) and how they were painted, plus positioned text.
 * Transforms and form XObjects (the e-signature wrapper of signed PDFs) are applied on the way.
 */
export type Point = [number, number];

export interface SubPath {
    points: Point[];
    closed: boolean;
    curved: boolean;
    filled: boolean;
    stroked: boolean;
    /** Which paint operation drew it: sub-paths filled together (even-odd) can form one ring. */
    paint?: number;
}

export interface TextPiece {
    text: string;
    x: number;
    /** Top of the text, y down. */
    y: number;
    width: number;
    height: number;
    /** Set in an italic font: written back as `*run*`. */
    italic?: boolean;
}

type Matrix = [number, number, number, number, number, number];

export interface PdfOps {
    constructPath: number; moveTo: number; lineTo: number; curveTo: number; curveTo2: number; curveTo3: number;
    closePath: number; rectangle: number; save: number; restore: number; transform: number;
    paintFormXObjectBegin: number; paintFormXObjectEnd: number; stroke: number; closeStroke: number; fill: number;
    eoFill: number; fillStroke: number; eoFillStroke: number; closeFillStroke: number; closeEOFillStroke: number; endPath: number;
    paintImageXObject?: number;
}

/** An image the page paints: its object id and where its unit square lands, in page space (y down). */
export interface PlacedImage { id: string; x0: number; y0: number; x1: number; y1: number }

const multiply = (m: Matrix, n: Matrix): Matrix => [
    m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5],
];

/** Collects sub-paths (and, into `images`, the images painted) from an operator list; `height` flips y so that y grows downwards. */
export function pathsOf(fnArray: number[], argsArray: unknown[], OPS: PdfOps, height: number, images: PlacedImage[] = []): SubPath[] {
    const out: SubPath[] = [];
    const stack: Matrix[] = [];
    let ctm: Matrix = [1, 0, 0, 1, 0, 0];
    let pending: SubPath[] = [];
    let paints = 0;
    const map = (x: number, y: number): Point => [ctm[0] * x + ctm[2] * y + ctm[4], height - (ctm[1] * x + ctm[3] * y + ctm[5])];
    const paint = (filled: boolean, stroked: boolean) => {
        paints++;
        for (const p of pending) out.push({ ...p, filled, stroked, paint: paints });
        pending = [];
    };
    for (let i = 0; i < fnArray.length; i++) {
        const fn = fnArray[i];
        const args = argsArray[i] as unknown[];
        if (fn === OPS.save) stack.push(ctm);
        else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
        else if (fn === OPS.transform) ctm = multiply(ctm, args as Matrix);
        else if (fn === OPS.paintFormXObjectBegin) {
            stack.push(ctm);
            if (Array.isArray(args[0])) ctm = multiply(ctm, args[0] as Matrix);
        } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
        else if (fn === OPS.constructPath) pending.push(...subPaths(args[0] as number[], args[1] as number[], OPS, map));
        else if (fn === OPS.stroke || fn === OPS.closeStroke) paint(false, true);
        else if (fn === OPS.fill || fn === OPS.eoFill) paint(true, false);
        else if (fn === OPS.fillStroke || fn === OPS.eoFillStroke || fn === OPS.closeFillStroke || fn === OPS.closeEOFillStroke) paint(true, true);
        else if (fn === OPS.endPath) pending = [];
        else if (fn === OPS.paintImageXObject && typeof args[0] === 'string') {
            const [a, b] = [map(0, 0), map(1, 1)];
            images.push({ id: args[0], x0: Math.min(a[0], b[0]), y0: Math.min(a[1], b[1]), x1: Math.max(a[0], b[0]), y1: Math.max(a[1], b[1]) });
        }
    }
    return out;
}

function subPaths(ops: number[], coords: number[], OPS: PdfOps, map: (x: number, y: number) => Point): SubPath[] {
    const out: SubPath[] = [];
    let current: SubPath | undefined;
    let last: Point = [0, 0];
    const start = (p: Point) => { current = { points: [p], closed: false, curved: false, filled: false, stroked: false }; out.push(current); };
    let j = 0;
    for (const op of ops) {
        if (op === OPS.rectangle) {
            const [x, y, w, h] = coords.slice(j, j += 4);
            start(map(x, y));
            current!.points.push(map(x + w, y), map(x + w, y + h), map(x, y + h));
            current!.closed = true;
            last = [x, y];
        } else if (op === OPS.moveTo) {
            last = [coords[j++], coords[j++]];
            start(map(...last));
        } else if (op === OPS.lineTo) {
            last = [coords[j++], coords[j++]];
            if (!current) start(map(...last)); else current.points.push(map(...last));
        } else if (op === OPS.curveTo || op === OPS.curveTo2 || op === OPS.curveTo3) {
            const n = op === OPS.curveTo ? 6 : 4;
            last = [coords[j + n - 2], coords[j + n - 1]];
            j += n;
            if (!current) start(map(...last));
            else { current.points.push(map(...last)); current.curved = true; }
        } else if (op === OPS.closePath && current) {
            current.closed = true;
            start(current.points[0]);
            last = [0, 0];
        }
    }
    return out.filter(p => p.points.length > 1 || p.closed);
}
