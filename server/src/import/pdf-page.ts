/**
 * Turns one page's primitives into grid tables: the ruled tables, their cell text (text inside a
 * symbol is the symbol's, short text beside a shaft is the arrow's label), the symbols in their
 * cells, and the arrows between them.
 */
import type { GridArrow, GridSymbol, GridTable } from './import-types.js';
import { boxAhead, cameFrom, traceArrows, type TracedArrow } from './pdf-arrows.js';
import { gridIndex, ruledTables, type RuledTable } from './pdf-grid.js';
import type { Point, TextPiece } from './pdf-primitives.js';
import { linesOf, paragraphsOf } from './pdf-text.js';
import { inside, toSegment, type Box, type Outline, type PageShapes, type Segment } from './pdf-shapes.js';

const LABEL_DISTANCE = 14;
/** How far a label's box may stand from its shaft. */
const LABEL_GAP = 6;

export function pageTables(shapes: PageShapes, texts: TextPiece[], page: number): GridTable[] {
    const outlines: Outline[] = [...shapes.outlines];
    const edges: Segment[] = [];
    const own = shapes.rects.map(rectEdges);
    // Arrow shafts meet a box's edge end-on, never along it, so this can run before the arrows are traced.
    const allEdges = [...shapes.segments, ...own.flat()];
    shapes.rects.forEach((box, i) => {
        // A process box stands free; a rectangle sharing an edge with a rule or another rectangle is a cell.
        if (small(box) && own[i].every(e => !allEdges.some(o => !own[i].includes(o) && overlaps(e, o)))) outlines.push({ kind: 'process', box });
        else edges.push(...own[i]);
    });
    const { arrows, rest: loose } = traceArrows(shapes.heads, shapes.segments, outlines.map(o => o.box));
    const symbols = outlines.map((o, i) => ({ o, id: `p${page}s${i}` }));
    const { joins, rest } = jointLines(loose, symbols);
    const tables = ruledTables([...rest, ...edges]).sort((a, b) => a.box.y0 - b.box.y0);
    const symbolText = new Map<string, TextPiece[]>();
    const labels = new Map<TracedArrow, Array<{ piece: TextPiece; unsure: boolean }>>();
    const cellText = new Map<RuledTable, TextPiece[]>();
    // Text in a table row without symbols (the header a connector's shaft crosses) is never a label.
    // Nor is text outside the actor band, the columns under PELAKSANA (a kelengkapan cell beside a shaft on its edge).
    const rows = tables.map(t => new Set(symbols.map(s => gridIndex(t, (s.o.box.x0 + s.o.box.x1) / 2, (s.o.box.y0 + s.o.box.y1) / 2)?.row).filter(r => r !== undefined)));
    const bands = tables.map(t => actorBand(t, texts));
    const inSymbolRow = (c: Point) => tables.every((t, k) => {
        const at = gridIndex(t, c[0], c[1]);
        return !at || (rows[k].has(at.row) && (!bands[k] || (c[0] >= bands[k]!.x0 && c[0] <= bands[k]!.x1)));
    });
    for (const piece of texts) {
        const c: Point = [piece.x + piece.width / 2, piece.y + piece.height / 2];
        const symbol = symbols.find(s => withinOutline(c, s.o));
        if (symbol) { symbolText.set(symbol.id, [...(symbolText.get(symbol.id) ?? []), piece]); continue; }
        const label = inSymbolRow(c) ? nearestArrow(piece, decisionExits(arrows, outlines)) ?? nearestArrow(piece, arrows) : undefined;
        if (label) { labels.set(label.arrow, [...(labels.get(label.arrow) ?? []), { piece, unsure: label.unsure }]); continue; }
        const table = tables.find(t => inside(c, t.box));
        if (table) cellText.set(table, [...(cellText.get(table) ?? []), piece]);
    }
    return tables.map((t, k) => {
        const grid: GridTable = { cells: t.cells.map(c => ({ ...c })), symbols: [], arrows: [], pageStarts: [], xs: t.xs };
        t.cells.forEach((cell, i) => { cell.text = ''; grid.cells[i].text = paragraphsOf((cellText.get(t) ?? []).filter(p => inside([p.x + p.width / 2, p.y + p.height / 2], t.boxes[i])), t.boxes[i]); });
        for (const s of symbols) {
            const at = placeOf(t, s.o.box, k === 0 ? undefined : tables[k - 1], tables[k + 1]);
            if (!at) continue;
            // The renderer wraps a symbol's text to its width: the lines are one text.
            const text = linesOf(symbolText.get(s.id) ?? []).replace(/\n/g, ' ');
            grid.symbols.push({ id: s.id, kind: s.o.kind, row: at.row, col: at.col, text: text || undefined });
        }
        grid.joins = joins.filter(([a, b]) => grid.symbols.some(s => s.id === a) && grid.symbols.some(s => s.id === b));
        grid.arrows = arrows.map(a => arrowOf(a, symbols, labels.get(a) ?? [])).filter((a): a is GridArrow => a !== undefined && grid.symbols.some(s => s.id === a.from || s.id === a.to))
            // Two tails of a forked shaft in one symbol are one arrow.
            .filter((a, i, all) => all.findIndex(b => b.from === a.from && b.to === a.to && a.from !== '?') === i);
        return grid;
    });
}

/** The x-range of the cell headed PELAKSANA, when the table has that header. */
function actorBand(t: RuledTable, texts: TextPiece[]): { x0: number; x1: number } | undefined {
    const heading = texts.find(p => /^\s*PELAKSANA\b/.test(p.text) && inside([p.x + p.width / 2, p.y + p.height / 2], t.box));
    if (!heading) return undefined;
    const c: Point = [heading.x + heading.width / 2, heading.y + heading.height / 2];
    const cell = t.boxes.find(b => inside(c, b));
    return cell ? { x0: cell.x0, x1: cell.x1 } : undefined;
}

/** Lines without a head from one symbol's side to another's on the same level: a joint step's ties. */
function jointLines(segments: Segment[], symbols: Array<{ o: Outline; id: string }>): { joins: Array<[string, string]>; rest: Segment[] } {
    const joins: Array<[string, string]> = [];
    const at = (p: Point) => symbols.find(s => inside(p, s.o.box, 1.5));
    const rest = segments.filter(seg => {
        const [a, b] = [at(seg.a), at(seg.b)];
        if (!a || !b || a === b || Math.abs(seg.a[1] - seg.b[1]) > 0.5) return true;
        joins.push([a.id, b.id]);
        return false;
    });
    return { joins, rest };
}

/** Whether a point is inside a symbol: a diamond's corners outside it hold branch labels, not its text. */
function withinOutline(c: Point, o: Outline): boolean {
    if (o.kind !== 'decision') return inside(c, o.box, 1);
    const [hw, hh] = [(o.box.x1 - o.box.x0) / 2, (o.box.y1 - o.box.y0) / 2];
    return Math.abs(c[0] - (o.box.x0 + hw)) / hw + Math.abs(c[1] - (o.box.y0 + hh)) / hh <= 1.1;
}

/** Two axis-aligned segments on one line sharing more than a point. */
function overlaps(e: Segment, o: Segment): boolean {
    const h = (s: Segment) => Math.abs(s.a[1] - s.b[1]) < 0.5;
    if (h(e) !== h(o)) return false;
    const [axis, along] = h(e) ? [1, 0] : [0, 1];
    if (Math.abs(e.a[axis] - o.a[axis]) > 1.2) return false;
    const [e0, e1] = [Math.min(e.a[along], e.b[along]), Math.max(e.a[along], e.b[along])];
    const [o0, o1] = [Math.min(o.a[along], o.b[along]), Math.max(o.a[along], o.b[along])];
    return Math.min(e1, o1) - Math.max(e0, o0) > 1;
}

function rectEdges(b: Box): Segment[] {
    return [
        { a: [b.x0, b.y0], b: [b.x1, b.y0] }, { a: [b.x1, b.y0], b: [b.x1, b.y1] },
        { a: [b.x0, b.y1], b: [b.x1, b.y1] }, { a: [b.x0, b.y0], b: [b.x0, b.y1] },
    ];
}

/**
 * A symbol inside the table sits in its grid cell; an off-page connector drawn just above or
 * below the table belongs to it too (its row does not matter, its column does).
 */
function placeOf(t: RuledTable, box: Box, before?: RuledTable, after?: RuledTable): GridSymbol | { row: number; col: number } | undefined {
    const cx = (box.x0 + box.x1) / 2;
    const cy = (box.y0 + box.y1) / 2;
    const at = gridIndex(t, cx, cy);
    if (at) return at;
    if (cx < t.box.x0 || cx > t.box.x1) return undefined;
    const col = gridIndex(t, cx, t.ys[0] + 0.1)?.col ?? 0;
    if (cy < t.box.y0 && (!before || cy > before.box.y1) && t.box.y0 - cy < 80) return { row: -1, col };
    if (cy > t.box.y1 && (!after || cy < after.box.y0) && cy - t.box.y1 < 80) return { row: t.ys.length - 1, col };
    return undefined;
}

/** Arrows leaving a decision: a branch label belongs to one of these when one is near enough. */
function decisionExits(arrows: TracedArrow[], outlines: Outline[]): TracedArrow[] {
    return arrows.filter(a => outlines.some(o => o.kind === 'decision' && inside(a.tail, o.box, 3)));
}

function nearestArrow(piece: TextPiece, arrows: TracedArrow[]): { arrow: TracedArrow; unsure: boolean } | undefined {
    if (piece.text.trim().length > 20 || arrows.length === 0) return undefined;
    const c: Point = [piece.x + piece.width / 2, piece.y + piece.height / 2];
    const box: Box = { x0: piece.x, y0: piece.y, x1: piece.x + piece.width, y1: piece.y + piece.height };
    // A long label starts beside its shaft and reaches far from it: its box counts, not only its centre.
    // A shaft running through the box is more likely another arrow's: a label sits beside its own line.
    const ranked = arrows.map(arrow => {
        const edges = arrow.path.map(s => boxToSegment(box, s));
        return { arrow, d: Math.min(...arrow.path.map(s => toSegment(c, s))), edge: edges.some(e => e === 0) ? LABEL_GAP : Math.min(...edges) };
    }).sort((a, b) => a.edge - b.edge || a.d - b.d);
    if (ranked[0].d > LABEL_DISTANCE && ranked[0].edge > LABEL_GAP) return undefined;
    const unsure = ranked.length > 1 && ranked[1].edge < ranked[0].edge * 1.5 + 2 && ranked[1].arrow.tail !== ranked[0].arrow.tail;
    return { arrow: ranked[0].arrow, unsure };
}

/** Distance from a box to a segment (0 when they meet). */
function boxToSegment(b: Box, s: Segment): number {
    const corners: Point[] = [[b.x0, b.y0], [b.x1, b.y0], [b.x1, b.y1], [b.x0, b.y1]];
    if (inside(s.a, b) || inside(s.b, b)) return 0;
    const sides: Segment[] = corners.map((p, i) => ({ a: p, b: corners[(i + 1) % 4] }));
    if (sides.some(side => crosses(side, s))) return 0;
    return Math.min(...corners.map(p => toSegment(p, s)), toSegment(s.a, sides[0]), toSegment(s.a, sides[1]), toSegment(s.a, sides[2]), toSegment(s.a, sides[3]),
        toSegment(s.b, sides[0]), toSegment(s.b, sides[1]), toSegment(s.b, sides[2]), toSegment(s.b, sides[3]));
}

function crosses(p: Segment, q: Segment): boolean {
    const side = (a: Point, b: Point, c: Point) => Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
    return side(p.a, p.b, q.a) * side(p.a, p.b, q.b) < 0 && side(q.a, q.b, p.a) * side(q.a, q.b, p.b) < 0;
}

function arrowOf(a: TracedArrow, symbols: Array<{ o: Outline; id: string }>, labels: Array<{ piece: TextPiece; unsure: boolean }>): GridArrow | undefined {
    // Excel leaves a line a few points short of a symbol's corner: the nearest within 6 when none is within 3.
    const at = (p: Point) => symbols.filter(s => inside(p, s.o.box, 3)).sort((x, y) => area(x.o.box) - area(y.o.box))[0]?.id
        ?? symbols.filter(s => inside(p, s.o.box, 6)).sort((x, y) => boxDistance(p, x.o.box) - boxDistance(p, y.o.box))[0]?.id;
    // A free line stopping short of its symbol points into it.
    const ahead = (p: Point) => {
        const back = cameFrom(a.path, p);
        const k = back ? boxAhead(p, back, symbols.map(s => s.o.box)) : -1;
        return k >= 0 ? symbols[k].id : undefined;
    };
    const from = at(a.tail) ?? ahead(a.tail);
    const to = at(a.tip) ?? ahead(a.tip);
    if (!from && !to) return undefined;
    const label = labels.map(l => l.piece.text.trim()).join(' ') || undefined;
    return { from: from ?? '?', to: to ?? '?', label, labelUnsure: a.merged || labels.some(l => l.unsure) };
}

const boxDistance = (p: Point, b: Box) => Math.hypot(Math.max(b.x0 - p[0], 0, p[0] - b.x1), Math.max(b.y0 - p[1], 0, p[1] - b.y1));

/** Rectangles small enough to be a process box; a larger free rectangle is a frame. */
const small = (b: Box) => b.x1 - b.x0 < 120 && b.y1 - b.y0 < 60;
const area = (b: Box) => (b.x1 - b.x0) * (b.y1 - b.y0);
