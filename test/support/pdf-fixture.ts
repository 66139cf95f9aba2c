/**
 * Draws a PDF with pdfkit shaped like a signed SOP-AP exported from Word: the identity table on the
 * first page, then the flowchart table with ruled cells (cells as rectangles, as Word draws them),
 * vector symbols in actor cells, arrows as shafts with triangle heads, labels beside the shafts,
 * and off-page connector pairs where an arrow crosses a page break.
 */
import PDFDocument from 'pdfkit';
import type { FixtureSpec, SpecSymbol } from './import-fixture-specs.js';

type Doc = InstanceType<typeof PDFDocument>;
const [W, H] = [842, 595];
const M = 30;

export async function makePdf(spec: FixtureSpec): Promise<Uint8Array> {
    const doc = new PDFDocument({ size: [W, H], margin: 0, compress: false, bufferPages: true, info: { CreationDate: new Date('2025-01-01T00:00:00Z'), Producer: 'sop-language fixtures' } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise<void>(resolve => doc.on('end', () => resolve()));
    doc.font('Helvetica').lineWidth(0.75);
    identityPage(doc, spec);
    flowPages(doc, spec);
    doc.end();
    await done;
    return new Uint8Array(Buffer.concat(chunks));
}

function text(doc: Doc, value: string, x: number, y: number, width: number, size = 8, align: 'left' | 'center' = 'left'): void {
    doc.fontSize(size).text(value, x + 3, y + 3, { width: width - 6, align, lineGap: 1 });
}

function cellBox(doc: Doc, x: number, y: number, w: number, h: number, value = '', align: 'left' | 'center' = 'left', size = 8): void {
    doc.rect(x, y, w, h).stroke();
    if (value) text(doc, value, x, y, w, size, align);
}

function identityPage(doc: Doc, spec: FixtureSpec): void {
    const [c0, c1, c2] = [M, M + 330, M + 480];
    const w2 = W - M - c2;
    const rh = 34;
    cellBox(doc, c0, M, c1 - c0, rh * spec.fields.length, spec.institution.join('\n'), 'center', 10);
    spec.fields.forEach(([label, value], i) => {
        cellBox(doc, c1, M + i * rh, c2 - c1, rh, label);
        cellBox(doc, c2, M + i * rh, w2, rh, value);
    });
    let y = M + rh * spec.fields.length;
    const half = (W - 2 * M) / 2;
    for (let i = 0; i < spec.lists.length; i += 2) {
        const pair = [spec.lists[i], spec.lists[i + 1]];
        pair.forEach(([label], k) => cellBox(doc, M + k * half, y, half, 18, `${label}:`));
        y += 18;
        pair.forEach(([, items], k) => cellBox(doc, M + k * half, y, half, 44, items.map((t, n) => `${n + 1}. ${t}`).join('\n')));
        y += 44;
    }
}

interface Columns { xs: number[]; actors: number; rowTop: number[]; page: number[] }
const BODY = 62;

function flowPages(doc: Doc, spec: FixtureSpec): void {
    const n = spec.actors.length;
    const widths = [24, 170, ...spec.actors.map(() => (W - 2 * M - 24 - 170 - 300) / n), 95, 55, 90, 60];
    const xs = widths.reduce((acc, w) => [...acc, acc[acc.length - 1] + w], [M]);
    const cols: Columns = { xs, actors: n, rowTop: [], page: [] };
    let page = 0;
    let y = 0;
    spec.rows.forEach((row, i) => {
        if (i === 0 || row.pageBreakBefore || y + BODY > H - M - 30) {
            doc.addPage({ size: [W, H], margin: 0 });
            page++;
            y = header(doc, spec, xs) ;
        }
        cols.rowTop[i] = y;
        cols.page[i] = page;
        const cells = [String(i + 1), row.activity, ...spec.actors.map(() => ''), row.requirements.join('\n'), row.duration, row.output, row.notes ?? ''];
        cells.forEach((value, c) => cellBox(doc, xs[c], y, widths[c], BODY, value, c === 0 ? 'center' : 'left'));
        y += BODY;
    });
    // Symbols and arrows, page by page (pdfkit can switch back to an earlier page).
    const pages = doc.bufferedPageRange();
    for (let p = 1; p <= page; p++) {
        doc.switchToPage(pages.start + p);
        drawFlow(doc, spec, cols, p);
    }
}

function header(doc: Doc, spec: FixtureSpec, xs: number[]): number {
    const n = spec.actors.length;
    const groups = spec.groups ?? [];
    const levels = groups.length > 0 ? 3 : 2;
    const rh = 20;
    const top = M + 40;
    const span = (a: number, b: number) => xs[b] - xs[a];
    cellBox(doc, xs[0], top, span(0, 1), rh * levels, 'NO', 'center');
    cellBox(doc, xs[1], top, span(1, 2), rh * levels, 'KEGIATAN', 'center');
    cellBox(doc, xs[2], top, span(2, 2 + n), rh, 'PELAKSANA', 'center');
    cellBox(doc, xs[2 + n], top, span(2 + n, 5 + n), rh, 'MUTU BAKU', 'center');
    cellBox(doc, xs[5 + n], top, span(5 + n, 6 + n), rh * levels, 'KETERANGAN', 'center');
    let a = 0;
    for (const g of groups) {
        cellBox(doc, xs[2 + a], top + rh, span(2 + a, 2 + a + g.actors), rh, g.label, 'center');
        a += g.actors;
    }
    spec.actors.forEach((label, k) => cellBox(doc, xs[2 + k], top + rh * (levels - 1), span(2 + k, 3 + k), rh, label, 'center', 7));
    ['KELENGKAPAN', 'WAKTU', 'OUTPUT'].forEach((label, k) => cellBox(doc, xs[2 + n + k], top + rh, span(2 + n + k, 3 + n + k), rh * (levels - 1), label, 'center', 7));
    return top + rh * levels;
}

interface Placed { x: number; y: number; w: number; h: number }

function place(spec: FixtureSpec, cols: Columns, r: number, s: number): Placed {
    const symbol = spec.rows[r].symbols[s];
    const [x0, x1] = [cols.xs[2 + symbol.actor], cols.xs[3 + symbol.actor]];
    const [w, h] = symbol.kind === 'decision' ? [44, 30] : [Math.min(56, x1 - x0 - 16), 22];
    return { x: (x0 + x1) / 2 - w / 2, y: cols.rowTop[r] + BODY / 2 - h / 2, w, h };
}

function drawSymbol(doc: Doc, kind: SpecSymbol['kind'], p: Placed, label?: string): void {
    if (kind === 'process') doc.rect(p.x, p.y, p.w, p.h).stroke();
    else if (kind === 'terminator') doc.roundedRect(p.x, p.y, p.w, p.h, p.h / 2).stroke();
    else if (kind === 'decision') doc.polygon([p.x + p.w / 2, p.y], [p.x + p.w, p.y + p.h / 2], [p.x + p.w / 2, p.y + p.h], [p.x, p.y + p.h / 2]).stroke();
    else doc.polygon([p.x, p.y], [p.x + p.w, p.y], [p.x + p.w, p.y + p.h * 0.65], [p.x + p.w / 2, p.y + p.h], [p.x, p.y + p.h * 0.65]).stroke();
    if (label) doc.fontSize(6).text(label, p.x, p.y + p.h / 2 - 3, { width: p.w, align: 'center' });
}

/**
 * A shaft and a filled head. A decision's first exit leaves from the bottom corner, the others from
 * the right corner, as offices draw them; labels sit by the start of their own shaft.
 */
function arrow(doc: Doc, from: Placed, to: Placed, label?: string, side = false): void {
    const [fx, fy] = [from.x + from.w / 2, from.y + from.h];
    const down = to.y > from.y + from.h;
    const sameRow = Math.abs(to.y + to.h / 2 - (from.y + from.h / 2)) < 2;
    const right = Math.max(from.x + from.w, to.x + to.w) + 10;
    const [rx, my] = [from.x + from.w, from.y + from.h / 2];
    const points: Array<[number, number]> = down && side
        ? [[rx, my], [rx + 12, my], [rx + 12, to.y - 10], [to.x + to.w / 2, to.y - 10], [to.x + to.w / 2, to.y - 5]]
        : down ? [[fx, fy], [fx, to.y - 10], [to.x + to.w / 2, to.y - 10], [to.x + to.w / 2, to.y - 5]]
            : sameRow ? [[from.x + from.w, from.y + from.h / 2], [to.x - 5, to.y + to.h / 2]]
                : [[from.x + from.w, from.y + from.h / 2], [right, from.y + from.h / 2], [right, to.y + to.h / 2], [to.x + to.w + 5, to.y + to.h / 2]];
    if (label) doc.fontSize(6).text(label, points[0][0] + 2, points[0][1] + (side || !down ? -9 : 2), { lineBreak: false });
    doc.moveTo(...points[0]);
    for (const p of points.slice(1)) doc.lineTo(...p);
    doc.stroke();
    const [tx, ty] = points[points.length - 1];
    if (down) doc.polygon([tx - 3, ty], [tx + 3, ty], [tx, ty + 5]).fill();
    else if (sameRow) doc.polygon([tx, ty - 3], [tx, ty + 3], [tx + 5, ty]).fill();
    else doc.polygon([tx, ty - 3], [tx, ty + 3], [tx - 5, ty]).fill();
}

function drawFlow(doc: Doc, spec: FixtureSpec, cols: Columns, page: number): void {
    spec.rows.forEach((row, r) => {
        if (cols.page[r] !== page) return;
        row.symbols.forEach((s, k) => drawSymbol(doc, s.kind, place(spec, cols, r, k), s.text));
    });
    let letter = 0;
    const exitNo = new Map<string, number>();
    for (const a of spec.arrows) {
        const key = a.from.join(':');
        const side = (exitNo.get(key) ?? 0) > 0 && spec.rows[a.from[0]].symbols[a.from[1]].kind === 'decision';
        exitNo.set(key, (exitNo.get(key) ?? 0) + 1);
        const [fp, tp] = [cols.page[a.from[0]], cols.page[a.to[0]]];
        const from = place(spec, cols, a.from[0], a.from[1]);
        const to = place(spec, cols, a.to[0], a.to[1]);
        if (fp === tp && fp === page) arrow(doc, from, to, a.label, side);
        else if (fp !== tp) {
            const name = String.fromCharCode(65 + letter++);
            // The pair: below the table on the source's page, above it on the target's page.
            const last = cols.page.lastIndexOf(fp);
            const bottom = cols.rowTop[last] + BODY + 14;
            const topY = cols.rowTop[spec.rows.findIndex((_, i) => cols.page[i] === tp)] - 20 * ((spec.groups?.length ?? 0) > 0 ? 3 : 2) - 34;
            if (page === fp) {
                const c = { x: from.x + from.w / 2 - 10, y: bottom, w: 20, h: 18 };
                drawSymbol(doc, 'connector', c, name);
                arrow(doc, from, c, a.label, side);
            } else if (page === tp) {
                const c = { x: to.x + to.w / 2 - 10, y: topY, w: 20, h: 18 };
                drawSymbol(doc, 'connector', c, name);
                arrow(doc, c, to);
            }
        }
    }
}
