/**
 * Structural checks on a rendered document, shared by the renderer tests: every edge drawn (whole or
 * as a connector pair), no arrow through a symbol, no two arrows on one line or visibly close to each
 * other, no arrow along a table rule, separate attachment points, connectors outside the table, text
 * inside its cell, everything inside the page's printable area.
 */
import type { SopDocument } from '../../server/src/model/sop-document.js';
import { pageGeometry } from '../../server/src/render/paper.js';
import { STYLE } from '../../server/src/render/render-style.js';
import type { ArrowEnd, LaidOutArrow, LaidOutPage, RenderedDocument } from '../../server/src/render/render-types.js';
import { textWidth } from '../../server/src/render/text-metrics.js';

type Pt = [number, number];

export function problems(doc: SopDocument, rendered: RenderedDocument, paper = doc.paper): string[] {
    const found: string[] = [];
    found.push(...edgeProblems(doc, rendered));
    const geometry = pageGeometry(paper);
    for (const page of rendered.layout.pages) {
        found.push(...arrowProblems(page));
        found.push(...spacingProblems(page).map(p => `page ${page.number}: ${p}`));
        found.push(...tableProblems(page, geometry).map(p => `page ${page.number}: ${p}`));
    }
    for (const page of rendered.pages) {
        found.push(...textProblems(page.svg).map(p => `page ${page.number}: ${p}`));
        found.push(...boundsProblems(page.svg, geometry.height - geometry.margin.bottom + 0.5).map(p => `page ${page.number}: ${p}`));
    }
    return found;
}

function edgeProblems(doc: SopDocument, rendered: RenderedDocument): string[] {
    const found: string[] = [];
    const arrows = rendered.layout.pages.flatMap(p => p.arrows.map(a => ({ ...a, page: p.number })));
    const used = new Set<object>();
    const take = (pred: (a: typeof arrows[number]) => boolean) => {
        const a = arrows.find(x => !used.has(x) && pred(x));
        if (a) used.add(a);
        return a;
    };
    const symbolAt = (end: ArrowEnd, id: string) => end.kind === 'symbol' && end.symbol === id;
    for (const e of doc.edges) {
        if (take(a => symbolAt(a.from, e.fromSymbol) && symbolAt(a.to, e.toSymbol))) continue;
        // Through an off-page connector pair: the pair whose second half reaches the target (a fan-out
        // leaves one symbol towards several connectors).
        const viaLabel = (a: typeof arrows[number]) => a.to.kind === 'connector' && arrows.some(b => !used.has(b) && b.from.kind === 'connector'
            && a.to.kind === 'connector' && b.from.connector === a.to.connector && symbolAt(b.to, e.toSymbol));
        const out = take(a => symbolAt(a.from, e.fromSymbol) && viaLabel(a));
        const label = out?.to.kind === 'connector' ? out.to.connector : undefined;
        const back = out && take(a => a.from.kind === 'connector' && a.from.connector === label && symbolAt(a.to, e.toSymbol));
        if (!out || !back || label === undefined) {
            found.push(`edge ${e.from}->${e.to} not drawn`);
            continue;
        }
        const conns = rendered.layout.pages.flatMap(p => p.connectors.filter(c => c.label === label).map(c => ({ ...c, page: p.number })));
        const forward = back.page > out.page;
        const src = conns.find(c => c.page === out.page && c.step === e.from);
        const dst = conns.find(c => c.page === back.page && c.step === e.to);
        if (conns.length !== 2 || !src || !dst) found.push(`edge ${e.from}->${e.to}: connector ${label} not a pair`);
        else if (src.position !== (forward ? 'bottom' : 'top') || dst.position !== (forward ? 'top' : 'bottom')) found.push(`connector ${label} misplaced`);
    }
    const extra = arrows.filter(a => !used.has(a));
    if (extra.length) found.push(`${extra.length} arrow(s) without a model edge`);
    return found;
}

/**
 * A branch label (its text box as flowchart-svg.ts draws it) is next to its own arrow and clear: no
 * arrow runs through it, and it sits on no row rule, no symbol and no other label.
 */
export function labelProblems(rendered: RenderedDocument): string[] {
    const found: string[] = [];
    for (const page of rendered.layout.pages) {
        const boxes = page.arrows.filter(a => a.label && a.labelAt).map(a => ({ a, box: labelBox(a.label!, a.labelAt!) }));
        for (const { a, box } of boxes) {
            const name = `page ${page.number}: the label "${a.label}" of ${endName(a.from)}->${endName(a.to)}`;
            // Next to its own line (beside a segment or just past a bend), and not crossed by it either.
            const near = segments(a).some(([p, q]) => Math.hypot(
                Math.max(0, box.x - Math.max(p[0], q[0]), Math.min(p[0], q[0]) - (box.x + box.width)),
                Math.max(0, box.y - Math.max(p[1], q[1]), Math.min(p[1], q[1]) - (box.y + box.height))) <= 5);
            if (!near) found.push(`${name} is not next to its own arrow`);
            if (segments(a).some(([p, q]) => hits(p, q, box))) found.push(`${name} is crossed by its own arrow`);
            for (const b of page.arrows) {
                if (b !== a && segments(b).some(([p, q]) => hits(p, q, box))) found.push(`page ${page.number}: arrow ${endName(b.from)}->${endName(b.to)} runs through the label "${a.label}" of ${endName(a.from)}->${endName(a.to)}`);
            }
            const rule = page.table?.rowRules.find(r => r > box.y + 0.5 && r < box.y + box.height - 0.5);
            if (rule !== undefined) found.push(`${name} sits on the row rule y=${rule}`);
            for (const s of page.shapes) {
                if (s.kind === 'decision' ? boxMeetsDiamond(box, s) : boxesOverlap(box, s)) found.push(`${name} sits on the symbol ${s.symbol ?? s.connector}`);
            }
            for (const other of boxes) {
                if (other.a !== a && boxesOverlap(box, other.box)) found.push(`${name} overlaps the label "${other.a.label}" of ${endName(other.a.from)}->${endName(other.a.to)}`);
            }
        }
    }
    return found;
}

type Box = { x: number; y: number; width: number; height: number };

function labelBox(text: string, at: { x: number; y: number; anchor: 'start' | 'end' }): Box {
    const w = textWidth(text, STYLE.labelFont);
    const size = STYLE.labelFont.size;
    return { x: at.anchor === 'end' ? at.x - w : at.x, y: at.y - size * 0.9, width: w, height: size * 1.1 };
}

/** Interiors overlap by more than half a unit each way (labels may touch). */
function boxesOverlap(a: Box, b: Box): boolean {
    const e = 0.5;
    return a.x + e < b.x + b.width && b.x + e < a.x + a.width && a.y + e < b.y + b.height && b.y + e < a.y + a.height;
}

/** The label box meets the diamond's outline (a label may sit in the empty corner beside a vertex). */
function boxMeetsDiamond(box: Box, d: Box): boolean {
    const cx = d.x + d.width / 2, cy = d.y + d.height / 2;
    const px = Math.min(Math.max(cx, box.x), box.x + box.width), py = Math.min(Math.max(cy, box.y), box.y + box.height);
    return Math.abs(px - cx) / (d.width / 2) + Math.abs(py - cy) / (d.height / 2) < 0.98;
}

/** `3.kadis` or `konektor A`, for messages. */
export function endName(end: ArrowEnd): string {
    return end.kind === 'symbol' ? end.symbol : `konektor ${end.connector}`;
}

function segments(a: LaidOutArrow): Array<[Pt, Pt]> {
    return a.points.slice(1).map((p, i) => [a.points[i], p]);
}

function arrowProblems(page: LaidOutPage): string[] {
    const found: string[] = [];
    const ownerOf = (end: ArrowEnd, shape: LaidOutPage['shapes'][number]) => {
        // A joint row's arrows may attach to any of its boxes.
        if (end.kind === 'symbol') return shape.symbol === end.symbol || shape.joinedTo === end.symbol;
        return shape.kind === 'connector' && shape.connector === end.connector;
    };
    page.arrows.forEach(a => {
        const segs = segments(a);
        segs.forEach(([p, q], i) => {
            if (p[0] !== q[0] && p[1] !== q[1]) found.push(`page ${page.number}: arrow ${endName(a.from)}->${endName(a.to)} not orthogonal`);
            for (const s of page.shapes) {
                const own = (i === 0 && ownerOf(a.from, s)) || (i === segs.length - 1 && ownerOf(a.to, s));
                if (!own && hits(p, q, s)) found.push(`page ${page.number}: arrow ${endName(a.from)}->${endName(a.to)} crosses the symbol ${s.symbol ?? s.connector}`);
            }
        });
    });
    for (const a of page.arrows) {
        // A branch leaves a diamond from a vertex, never from the middle of an edge.
        // (A joint row's arrows may leave from any of its diamonds.)
        const diamonds = page.shapes.filter(s => s.kind === 'decision' && a.from.kind === 'symbol' && (s.symbol === a.from.symbol || s.joinedTo === a.from.symbol));
        if (diamonds.length) {
            const [x, y] = a.points[0];
            const vertices = diamonds.flatMap((d): Pt[] => {
                const cx = d.x + d.width / 2, cy = d.y + d.height / 2;
                return [[cx, d.y], [cx, d.y + d.height], [d.x, cy], [d.x + d.width, cy]];
            });
            if (!vertices.some(([vx, vy]) => Math.hypot(vx - x, vy - y) < 0.5)) {
                found.push(`page ${page.number}: arrow ${endName(a.from)}->${endName(a.to)} leaves the diamond at (${x.toFixed(1)}, ${y.toFixed(1)}), not at a vertex`);
            }
        }
        for (const j of page.joins) {
            if (segments(a).some(([p, q]) => overlap(p, q, [j.x1, j.y], [j.x2, j.y]) || crosses(p, q, [j.x1, j.y], [j.x2, j.y]))) {
                found.push(`page ${page.number}: arrow ${endName(a.from)}->${endName(a.to)} crosses the joint line ${j.from}–${j.to}`);
            }
        }
    }
    for (let i = 0; i < page.arrows.length; i++) {
        for (let j = i + 1; j < page.arrows.length; j++) {
            const a = page.arrows[i], b = page.arrows[j];
            if (segments(a).some(([a1, a2]) => segments(b).some(([b1, b2]) => overlap(a1, a2, b1, b2)))) {
                found.push(`page ${page.number}: arrows ${endName(a.from)}->${endName(a.to)} and ${endName(b.from)}->${endName(b.to)} share a segment`);
            }
        }
    }
    return found;
}

/** Parallel arrow segments closer than this (where their extents overlap) read as one line. */
export const MIN_LANE_GAP = 4;
/** An arrow running along a table rule closer than this merges with it. */
export const MIN_RULE_GAP = 3;
/** Two arrow ends on one symbol closer than this read as one attachment point. */
export const MIN_PORT_GAP = 6;

function vertical(a: Pt, b: Pt): boolean {
    return Math.abs(a[0] - b[0]) < 0.01;
}

/** Length of the common extent of two parallel segments along their direction. */
function common(a1: Pt, a2: Pt, b1: Pt, b2: Pt): number {
    const along = vertical(a1, a2) ? 1 : 0;
    const lo = Math.max(Math.min(a1[along], a2[along]), Math.min(b1[along], b2[along]));
    const hi = Math.min(Math.max(a1[along], a2[along]), Math.max(b1[along], b2[along]));
    return hi - lo;
}

/** Lanes: parallel segments of different arrows (or non-adjacent ones of one arrow) keep MIN_LANE_GAP; ends keep MIN_PORT_GAP. */
function spacingProblems(page: LaidOutPage): string[] {
    const found: string[] = [];
    const all = page.arrows.flatMap((a, ai) => segments(a).map(([p, q], si) => ({ a, ai, si, p, q, v: vertical(p, q) })));
    for (let i = 0; i < all.length; i++) {
        for (let j = i + 1; j < all.length; j++) {
            const s = all[i], t = all[j];
            if (s.v !== t.v || (s.ai === t.ai && Math.abs(s.si - t.si) < 2)) continue;
            const axis = s.v ? 0 : 1;
            const gap = Math.abs(s.p[axis] - t.p[axis]);
            if (gap < MIN_LANE_GAP && common(s.p, s.q, t.p, t.q) > 0.5) {
                found.push(`arrows ${endName(s.a.from)}->${endName(s.a.to)} and ${endName(t.a.from)}->${endName(t.a.to)} run ${gap.toFixed(2)} apart at ${s.v ? 'x' : 'y'}=${s.p[axis]}`);
            }
        }
    }
    const ends = page.arrows.flatMap(a => [{ a, p: a.points[0] }, { a, p: a.points[a.points.length - 1] }]);
    for (let i = 0; i < ends.length; i++) {
        for (let j = i + 1; j < ends.length; j++) {
            const d = Math.hypot(ends[i].p[0] - ends[j].p[0], ends[i].p[1] - ends[j].p[1]);
            if (d < MIN_PORT_GAP) found.push(`arrows ${endName(ends[i].a.from)}->${endName(ends[i].a.to)} and ${endName(ends[j].a.from)}->${endName(ends[j].a.to)} attach ${d.toFixed(2)} apart at ${ends[i].p}`);
        }
    }
    return found;
}

/** No arrow along a table rule (crossing one is fine); connectors outside the table, on the printable page. */
function tableProblems(page: LaidOutPage, geometry: ReturnType<typeof pageGeometry>): string[] {
    if (page.kind !== 'flowchart') return [];
    const t = page.table;
    if (!t) return ['flowchart page without table geometry'];
    const found: string[] = [];
    const bottom = t.y + t.height;
    for (const a of page.arrows) {
        for (const [p, q] of segments(a)) {
            const v = vertical(p, q);
            const rules = v ? t.columnRules : t.rowRules;
            const at = v ? p[0] : p[1];
            const [lo, hi] = v ? [Math.max(Math.min(p[1], q[1]), t.bodyTop), Math.min(Math.max(p[1], q[1]), bottom)] : [Math.max(Math.min(p[0], q[0]), t.x), Math.min(Math.max(p[0], q[0]), t.x + t.width)];
            if (hi - lo <= 0.5) continue;
            const rule = rules.find(r => Math.abs(r - at) < MIN_RULE_GAP);
            if (rule !== undefined) found.push(`arrow ${endName(a.from)}->${endName(a.to)} runs ${Math.abs(rule - at).toFixed(2)} from the table rule at ${v ? 'x' : 'y'}=${rule}`);
        }
    }
    const [top, limit] = [geometry.margin.top - 0.01, geometry.height - geometry.margin.bottom + 0.01];
    for (const c of page.connectors) {
        const s = page.shapes.find(x => x.kind === 'connector' && Math.abs(x.x - c.x) < 0.01 && Math.abs(x.y - c.y) < 0.01);
        if (!s) {
            found.push(`connector ${c.label} has no symbol`);
            continue;
        }
        const inside = c.position === 'top' ? c.y + s.height > t.y + 0.01 : c.y < bottom - 0.01;
        if (inside) found.push(`connector ${c.label} (${c.position}) overlaps the table`);
        if (c.y < top || c.y + s.height > limit) found.push(`connector ${c.label} outside the printable area`);
        const cols = t.actorColumns;
        const [x1, x2] = [cols[0].x, cols[cols.length - 1].x + cols[cols.length - 1].width];
        if (c.x < x1 || c.x + s.width > x2) found.push(`connector ${c.label} outside the actor columns`);
    }
    return found;
}

function hits(a: Pt, b: Pt, box: { x: number; y: number; width: number; height: number }): boolean {
    const e = 0.5;
    const [x1, x2, y1, y2] = [box.x + e, box.x + box.width - e, box.y + e, box.y + box.height - e];
    const [lx, hx, ly, hy] = [Math.min(a[0], b[0]), Math.max(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[1], b[1])];
    return hx > x1 && lx < x2 && hy > y1 && ly < y2;
}

/** A vertical and a horizontal segment crossing in both interiors. */
function crosses(a1: Pt, a2: Pt, b1: Pt, b2: Pt): boolean {
    const av = vertical(a1, a2), bv = vertical(b1, b2);
    if (av === bv) return false;
    const [v1, v2, h1, h2] = av ? [a1, a2, b1, b2] : [b1, b2, a1, a2];
    return v1[0] > Math.min(h1[0], h2[0]) + 0.5 && v1[0] < Math.max(h1[0], h2[0]) - 0.5 && h1[1] > Math.min(v1[1], v2[1]) + 0.5 && h1[1] < Math.max(v1[1], v2[1]) - 0.5;
}

function overlap(a1: Pt, a2: Pt, b1: Pt, b2: Pt): boolean {
    const av = a1[0] === a2[0], bv = b1[0] === b2[0];
    if (av !== bv) return false;
    const [axis, along] = av ? [0, 1] : [1, 0];
    if (Math.abs(a1[axis] - b1[axis]) > 0.5) return false;
    const lo = Math.max(Math.min(a1[along], a2[along]), Math.min(b1[along], b2[along]));
    const hi = Math.min(Math.max(a1[along], a2[along]), Math.max(b1[along], b2[along]));
    return hi - lo > 0.5;
}

const attr = (tag: string, name: string) => {
    const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
    return m ? m[1] : undefined;
};

function unescape(text: string): string {
    return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** Every text inside a `sop-cell` group stays inside the group's rect (measured with the same metrics). */
export function textProblems(svg: string): string[] {
    const found: string[] = [];
    const cells = svg.match(/<g class="sop-cell[^"]*">(?:(?!<\/g>).)*<\/g>/g) ?? [];
    for (const cell of cells) {
        const rect = /<rect[^>]*>/.exec(cell)![0];
        const [x, y, w, h] = ['x', 'y', 'width', 'height'].map(n => Number(attr(rect, n)));
        for (const m of cell.matchAll(/<text([^>]*)>(.*?)<\/text>/g)) {
            const tag = m[1];
            const text = unescape(m[2].replace(/<[^>]+>/g, '')); // italic runs are tspans
            const size = Number(attr(tag, 'font-size'));
            const width = textWidth(text, { size, bold: attr(tag, 'font-weight') === 'bold' });
            const tx = Number(attr(tag, 'x')), ty = Number(attr(tag, 'y'));
            const anchor = attr(tag, 'text-anchor') ?? 'start';
            const left = anchor === 'middle' ? tx - width / 2 : anchor === 'end' ? tx - width : tx;
            if (left < x - 0.01 || left + width > x + w + 0.01 || ty - size * 0.905 < y - 0.01 || ty + size * 0.212 > y + h + 0.01) {
                found.push(`text "${text}" overflows its cell`);
            }
        }
    }
    return found;
}

/** Nothing drawn below the bottom margin except the footer line. */
function boundsProblems(svg: string, limit: number): string[] {
    const found: string[] = [];
    for (const m of svg.matchAll(/<rect([^>]*)\/>/g)) {
        if (/class="sop-paper"/.test(m[1])) continue;
        const y = Number(attr(m[1], 'y')), h = Number(attr(m[1], 'height'));
        if (y + h > limit) found.push(`rect at y=${y} h=${h} below the printable area (${limit.toFixed(1)})`);
    }
    return found;
}
