/**
 * Orthogonal arrow routing on the row × column grid of one flowchart page.
 *
 * Free space comes in channels: horizontal bands between symbol rows and vertical gutters between
 * actor columns, which by construction hold no symbol. Each arrow is one of a few shapes (straight,
 * one bend, or two to four bends through channels: routing-candidates.ts); candidates are checked
 * here against every symbol and every fixed segment already placed, and the cheapest (bends, length,
 * crossings, preferred sides, and tracks wanted beyond what a channel holds) wins. Legs inside
 * channels then get their own tracks (routing-tracks.ts), so no two arrows share a segment. Ports
 * are used once each and kept apart, so no two arrows meet at a symbol either.
 */
import { clearLabels, defaultLabel, labelBox, placeLabel, type Box, type LabelArea, type LabelAt } from './branch-labels.js';
import { ROUTE_COST } from './layout-constants.js';
import { STYLE } from './render-style.js';
import { approx, buildChannels, fixedSegments, freePorts, routeShapes, trackOf, type RoutePoint, type RoutingNode } from './routing-candidates.js';
import { outward, portsOf, segmentHitsBox, segmentsCross, segmentsOverlap, type Grid, type GridShape, type Port, type Pt, type Side } from './routing-geometry.js';
import { assignTracks, capacity, deepest, valueOf, type Channel, type Leg, type Track } from './routing-tracks.js';

export type { RoutingNode } from './routing-candidates.js';

export interface ArrowRequest {
    from: string;
    to: string;
    /** Preferred exit: the main flow leaves at the bottom, a decision's second branch at a side. */
    prefer: 'bottom' | 'side';
    /** True when the target row is not below the source row (loop-back): enter from a side. */
    backward: boolean;
    label?: string;
}

export interface RoutedArrow {
    request: ArrowRequest;
    points: Pt[];
    label?: LabelAt;
}

interface Planned {
    request: ArrowRequest;
    points: RoutePoint[];
    /** While planning (tracks at their channel centres): the points, and the segments fixed regardless of tracks. */
    approx: Pt[];
    fixed: Array<[Pt, Pt]>;
}

/** Set when some arrow had to share a port, cross a joint line or crowd a channel beyond its capacity, or a branch label found no clear place. */
export interface RoutingReport {
    strained: boolean;
}

export function routeArrows(grid: Grid, nodes: RoutingNode[], requests: ArrowRequest[], measure: (label: string) => number = () => 0, report?: RoutingReport): RoutedArrow[] {
    // Every candidate route asks for its label's width: measured once per label (a label of 100,000
    // letters took seconds, fuzz seed 1 iteration 2931).
    const widths = new Map<string, number>();
    const labelWidth = (label: string) => {
        let width = widths.get(label);
        if (width === undefined) widths.set(label, width = measure(label));
        return width;
    };
    const area = labelArea(grid);
    let result = routeInOrder(grid, nodes, requests, labelWidth, area);
    if (result.unplaced.length) {
        // Branches whose label found no clear place go first once more: they choose their route and
        // label place among fewer arrows, and the others go around them. The better of the two stays.
        const first = new Set(result.unplaced.map(a => a.request));
        const again = routeInOrder(grid, nodes, [...requests.filter(r => first.has(r)), ...requests.filter(r => !first.has(r))], labelWidth, area);
        if (again.unplaced.length < result.unplaced.length) result = { ...again, arrows: requests.map(r => again.arrows.find(a => a.request === r)!) };
    }
    // A label with no clear place strains the page as a shared port does: roomier rows give it room.
    if (report) report.strained ||= result.strained || anyOverlap(result.arrows) || result.unplaced.length > 0;
    return result.arrows;
}

function routeInOrder(grid: Grid, nodes: RoutingNode[], requests: ArrowRequest[], labelWidth: (label: string) => number, area: LabelArea): { arrows: RoutedArrow[]; unplaced: RoutedArrow[]; strained: boolean } {
    const router = new Router(grid, nodes, labelWidth, area);
    const planned = requests.map(r => router.plan(r));
    router.assign();
    const arrows = planned.map(p => finish(p, area, labelWidth));
    const unplaced = clearLabels(arrows, nodes.flatMap(n => n.shapes), area, labelWidth);
    return { arrows, unplaced, strained: router.strained };
}

/** Where labels may go: inside the actor columns, off the body's row rules and the header's bottom rule. */
function labelArea(grid: Grid): LabelArea {
    const rules = grid.rows.filter(r => r.top >= grid.body.top - 0.01 && r.bottom <= grid.body.bottom + 0.01).map(r => r.bottom);
    rules.push(grid.body.top);
    const last = grid.cols[grid.cols.length - 1];
    return { left: grid.cols[0].x, right: last.x + last.width, rules };
}

/** Two arrows sharing a stretch of line (tracks that could not be kept apart). */
function anyOverlap(arrows: RoutedArrow[]): boolean {
    const segs = arrows.map(a => a.points.slice(1).map((q, i) => [a.points[i], q] as [Pt, Pt]));
    for (let i = 0; i < segs.length; i++) {
        for (let j = i + 1; j < segs.length; j++) {
            if (segs[i].some(([a1, a2]) => segs[j].some(([b1, b2]) => segmentsOverlap(a1, a2, b1, b2)))) return true;
        }
    }
    return false;
}

class Router {
    private readonly byKey = new Map<string, RoutingNode>();
    private readonly shapes: GridShape[] = [];
    private readonly joins: Array<{ x1: number; x2: number; y: number }> = [];
    /** Ports taken, by position: a port closer than PORT_GAP to one of them is taken too. */
    private readonly used: Pt[] = [];
    private readonly placed: Planned[] = [];
    readonly h: Channel[];
    readonly v: Channel[];
    strained = false;
    private readonly hCap: number[];
    /** Capacity of the part inside the table, for arrows between two steps. */
    private readonly hInnerCap: number[];
    private readonly vCap: number[];

    /** The branch labels of the placed arrows, where they would go on the planning line (tracks at channel centres). */
    private readonly labels: Box[] = [];

    constructor(private readonly grid: Grid, nodes: RoutingNode[], private readonly labelWidth: (label: string) => number, private readonly area: LabelArea) {
        for (const n of nodes) {
            this.byKey.set(n.key, n);
            for (const s of n.shapes) this.shapes.push(s);
            for (const j of n.joins) this.joins.push(j);
        }
        const channels = buildChannels(grid, this.shapes);
        this.h = channels.h;
        this.v = channels.v;
        this.hCap = this.h.map(c => capacity(c));
        this.hInnerCap = this.h.map(c => capacity(c, undefined, true));
        this.vCap = this.v.map(c => capacity(c));
    }

    plan(request: ArrowRequest): Planned {
        const from = this.byKey.get(request.from)!;
        const to = this.byKey.get(request.to)!;
        // Strict first; then ports may be shared; then a joint line may be crossed; at last anything
        // but the arrow's direction at its ports gives way (a pure renderer never throws).
        let best: Candidate | undefined;
        for (let relax = 0; relax <= RELAX.any && !best; relax++) {
            best = this.best(request, from, to, relax);
            if (relax > 0) this.strained = true;
        }
        if (!best) best = this.fallback(request, from, to);
        this.used.push([best.exit.x, best.exit.y], [best.entry.x, best.entry.y]);
        const label = this.ownLabel(request, best.points);
        const planned = { request, points: best.points, approx: approx(best.points), fixed: fixedSegments(best.points) };
        this.placed.push(planned);
        if (label) this.labels.push(label.box);
        return planned;
    }

    private best(request: ArrowRequest, from: RoutingNode, to: RoutingNode, relax: number): Candidate | undefined {
        const reusePorts = relax >= RELAX.ports;
        const used = reusePorts ? undefined : this.used;
        const exits = freePorts(from, from.exitSides, used, 'exit');
        const entries = freePorts(to, to.entrySides, used, 'entry');
        const candidates: Candidate[] = [];
        for (const e of exits) {
            for (const i of entries) {
                if (e.owner === i.owner && e.side === i.side) continue;
                for (const points of routeShapes(e, i, this.h, this.v)) {
                    candidates.push({ exit: e, entry: i, points, base: this.baseCost(request, e, i, points) });
                }
            }
        }
        candidates.sort((a, b) => a.base - b.base);
        let winner: Candidate | undefined;
        let winnerCost = Infinity;
        let winnerOverflow = 0;
        for (const c of candidates) {
            if (c.base >= winnerCost) break;
            if (!this.valid(c, relax)) continue;
            const crowd = this.congestion(c.points, c.exit.owner.shape.kind !== 'connector' && c.entry.owner.shape.kind !== 'connector');
            let cost = c.base + ROUTE_COST.crossing * this.crossings(c.points) + ROUTE_COST.crowd * crowd.count + ROUTE_COST.overflow * crowd.overflow
                + ROUTE_COST.labelCrossing * this.labelCrossings(c.points);
            // Last, as it is the dearest to find out: whether the candidate's own label has a clear place.
            if (cost < winnerCost && this.ownLabel(request, c.points)?.clear === false) cost += ROUTE_COST.labelNoPlace;
            if (cost < winnerCost) {
                winner = c;
                winnerOverflow = crowd.overflow;
                winnerCost = cost;
            }
        }
        if (winner && winnerOverflow > 0) this.strained = true;
        return winner;
    }

    private baseCost(request: ArrowRequest, e: Port, i: Port, points: RoutePoint[]): number {
        const pts = approx(points);
        let length = 0;
        for (let k = 1; k < pts.length; k++) length += Math.abs(pts[k][0] - pts[k - 1][0]) + Math.abs(pts[k][1] - pts[k - 1][1]);
        let cost = (points.length - 2) * ROUTE_COST.bend + length / ROUTE_COST.lengthDivisor + (e.offsetRank + i.offsetRank) * ROUTE_COST.portOffset;
        const exitSide = e.side === 'left' || e.side === 'right';
        if (e.owner.shape.kind !== 'connector' && (request.prefer === 'bottom') === exitSide) cost += ROUTE_COST.exitSide;
        if (request.label && exitSide) {
            // A branch label sits beside the first segment: leave by a side with room for it.
            const cols = this.grid.cols;
            const room = e.side === 'left' ? e.x - cols[0].x : cols[cols.length - 1].x + cols[cols.length - 1].width - e.x;
            if (room < this.labelWidth(request.label) + 8) cost += ROUTE_COST.labelRoom;
            // Into the facing side of a symbol ahead (within a row): the label has only the gap between the two.
            const facing = (e.side === 'right' && i.side === 'left' && i.x > e.x) || (e.side === 'left' && i.side === 'right' && i.x < e.x);
            if (facing && Math.abs(i.x - e.x) < this.labelWidth(request.label) + 8 + STYLE.arrowHead.length) cost += ROUTE_COST.labelGap;
        }
        const entrySide = i.side === 'left' || i.side === 'right';
        if (i.owner.shape.kind !== 'connector') {
            if (request.backward && !entrySide) cost += ROUTE_COST.backwardTopEntry;
            if (!request.backward && entrySide) cost += ROUTE_COST.forwardSideEntry;
            if (!request.backward && entrySide && i.owner.shape.kind === 'decision' && e.owner.row !== i.owner.row) cost += ROUTE_COST.decisionSideEntry;
        }
        return cost;
    }

    /** Any candidate between the two nodes, whatever it crosses: the last resort. */
    private fallback(request: ArrowRequest, from: RoutingNode, to: RoutingNode): Candidate {
        const exits = freePorts(from, from.exitSides.length ? from.exitSides : SIDES, undefined, 'exit');
        const entries = freePorts(to, to.entrySides.length ? to.entrySides : SIDES, undefined, 'entry');
        for (const e of exits) {
            for (const i of entries) {
                const points = routeShapes(e, i, this.h, this.v)[0];
                if (points) return { exit: e, entry: i, points, base: this.baseCost(request, e, i, points) };
            }
        }
        const [e, i] = [exits[0] ?? portsOfAny(from), entries[0] ?? portsOfAny(to)];
        const points: RoutePoint[] = [{ x: e.x, y: e.y }, { x: e.x, y: i.y }, { x: i.x, y: i.y }];
        return { exit: e, entry: i, points, base: 0 };
    }

    /** Direction at both ports, no symbol crossed, no joint line met, no collinear overlap with a placed fixed segment. */
    private valid(c: Candidate, relax: number): boolean {
        const reusePorts = relax >= RELAX.ports;
        const pts = approx(c.points);
        if (!outward(c.exit.side, pts[0], pts[1]) || !outward(c.entry.side, pts[pts.length - 1], pts[pts.length - 2])) return false;
        for (let k = 1; k < pts.length; k++) {
            const a = pts[k - 1], b = pts[k];
            if (Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]) < 0.5) return false;
            for (const gs of this.shapes) {
                if ((k === 1 && gs === c.exit.owner) || (k === pts.length - 1 && gs === c.entry.owner)) continue;
                if (relax < RELAX.any && segmentHitsBox(a, b, gs.shape)) return false;
            }
            if (this.joins.some(j => segmentsOverlap(a, b, [j.x1, j.y], [j.x2, j.y]) || (relax < RELAX.joins && segmentsCross(a, b, [j.x1, j.y], [j.x2, j.y])))) return false;
        }
        if (reusePorts) return true;
        if (this.stubCycle(c.points)) return false;
        const fixed = fixedSegments(c.points);
        for (const p of this.placed) {
            for (const [a1, a2] of p.fixed) {
                if (fixed.some(([b1, b2]) => segmentsOverlap(a1, a2, b1, b2))) return false;
            }
        }
        return true;
    }

    /**
     * True when a leg of the candidate and a placed leg of the same channel swap sides: each has a
     * stub toward the high side where the other has one toward the low side. No track order keeps
     * both pairs of stubs apart, so the two arrows would share a line.
     */
    private stubCycle(points: RoutePoint[]): boolean {
        for (let k = 1; k < points.length; k++) {
            const track = trackOf(points[k - 1], points[k]);
            if (!track) continue;
            const leg = this.leg(points, k, track.axis);
            for (const p of this.placed) {
                for (let m = 1; m < p.points.length; m++) {
                    const t = trackOf(p.points[m - 1], p.points[m]);
                    if (!t || t.axis !== track.axis || t.channel !== track.channel) continue;
                    const other = this.leg(p.points, m, t.axis);
                    if (below(leg, other) && below(other, leg)) return true;
                }
            }
        }
        return false;
    }

    /**
     * Legs already placed in the channels this candidate uses, over overlapping extents (spreads
     * arrows out), and how many tracks the candidate would need beyond a channel's capacity.
     */
    private congestion(points: RoutePoint[], betweenSteps: boolean): { count: number; overflow: number } {
        let count = 0, overflow = 0;
        const pts = approx(points);
        for (let k = 1; k < points.length; k++) {
            const track = trackOf(points[k - 1], points[k]);
            if (!track) continue;
            const along = track.axis === 'y' ? 0 : 1;
            const lo = Math.min(pts[k - 1][along], pts[k][along]), hi = Math.max(pts[k - 1][along], pts[k][along]);
            const others: Array<[number, number]> = [];
            for (const p of this.placed) {
                const other = p.approx;
                for (let m = 1; m < p.points.length; m++) {
                    const t = trackOf(p.points[m - 1], p.points[m]);
                    if (!t || t.axis !== track.axis || t.channel !== track.channel) continue;
                    const olo = Math.min(other[m - 1][along], other[m][along]), ohi = Math.max(other[m - 1][along], other[m][along]);
                    if (olo <= hi + 1 && lo <= ohi + 1) others.push([olo, ohi]);
                }
            }
            count += others.length;
            const cap = (track.axis === 'x' ? this.vCap : betweenSteps ? this.hInnerCap : this.hCap)[track.channel];
            overflow += Math.max(0, deepest(others, lo, hi) + 1 - cap);
        }
        return { count, overflow };
    }

    /**
     * Placed arrows' labels this candidate runs through. Labels are settled after routing
     * (branch-labels.ts) on the final lines; this steers arrows away from where labels would go.
     */
    private labelCrossings(points: RoutePoint[]): number {
        const pts = approx(points);
        let count = 0;
        for (const box of this.labels) {
            for (let k = 1; k < pts.length; k++) if (segmentHitsBox(pts[k - 1], pts[k], box, 0)) count++;
        }
        return count;
    }

    /** Where the candidate's branch label would go among the placed arrows (planning lines), and whether that place is clear. */
    private ownLabel(request: ArrowRequest, points: RoutePoint[]): { box: Box; clear: boolean } | undefined {
        if (!request.label) return undefined;
        const w = this.labelWidth(request.label);
        const line = simplify(approx(points));
        if (line.length < 2) return undefined;
        const first = defaultLabel(line, w, this.area);
        const lines = [...this.placed.map(p => p.approx), line];
        const found = placeLabel(line, w, first, this.area, { lines, shapes: this.shapes, labels: this.labels });
        return { box: labelBox(found ?? first, w), clear: found !== undefined };
    }

    private crossings(points: RoutePoint[]): number {
        const pts = approx(points);
        let count = 0;
        for (const p of this.placed) {
            const other = p.approx;
            for (let a = 1; a < pts.length; a++) {
                for (let b = 1; b < other.length; b++) {
                    if (segmentsCross(pts[a - 1], pts[a], other[b - 1], other[b])) count++;
                }
            }
        }
        return count;
    }

    /** Gives every channel leg its track. */
    assign(): void {
        const hLegs = this.h.map(() => [] as Leg[]);
        const vLegs = this.v.map(() => [] as Leg[]);
        for (const p of this.placed) {
            for (let k = 1; k < p.points.length; k++) {
                const track = trackOf(p.points[k - 1], p.points[k]);
                if (track) (track.axis === 'y' ? hLegs : vLegs)[track.channel].push(this.leg(p.points, k, track.axis));
            }
        }
        hLegs.forEach((legs, k) => assignTracks(this.h[k], legs));
        vLegs.forEach((legs, j) => assignTracks(this.v[j], legs));
    }

    /** The leg between points k-1 and k, running along a track on `axis` (y: horizontal leg). */
    private leg(points: RoutePoint[], k: number, axis: 'x' | 'y'): Leg {
        const along = axis === 'y' ? 'x' : 'y';
        const track = points[k][axis] as Track;
        const ends = [points[k - 1], points[k]];
        const neighbours = [points[k - 2], points[k + 1]];
        const cross = axis === 'y' ? this.v : this.h;
        let lo = Infinity, hi = -Infinity, score = 0;
        const stubs: Leg['stubs'] = [];
        ends.forEach((end, idx) => {
            const c = end[along];
            if (typeof c === 'number') {
                lo = Math.min(lo, c);
                hi = Math.max(hi, c);
            } else {
                lo = Math.min(lo, cross[c.channel].lo);
                hi = Math.max(hi, cross[c.channel].hi);
            }
            const next = neighbours[idx];
            if (!next) return;
            const toward = valueOf(next[axis]) < track.pos ? 'low' : 'high';
            score += toward === 'low' ? -1 : 1;
            if (typeof c === 'number') stubs.push({ at: c, toward });
        });
        return { track, lo, hi, score, stubs };
    }
}

/** `a` must take a higher track than `b` (see routing-tracks.ts). */
function below(a: Leg, b: Leg): boolean {
    return a.stubs.some(sa => sa.toward === 'high' && b.stubs.some(sb => sb.toward === 'low' && Math.abs(sa.at - sb.at) < 0.5));
}

/** How far validity gives way when no candidate passes: shared ports, then crossing a joint line, then anything. */
const RELAX = { ports: 1, joins: 2, any: 3 } as const;
const SIDES: Side[] = ['top', 'bottom', 'left', 'right'];

/** A port of the node's first symbol on any side (a node offering none on its declared sides). */
function portsOfAny(node: RoutingNode): Port {
    for (const side of SIDES) {
        const port = portsOf(node.shapes[0], side)[0];
        if (port) return port;
    }
    const s = node.shapes[0].shape;
    return { id: `${node.key}:centre`, side: 'bottom', x: s.x + s.width / 2, y: s.y + s.height, offsetRank: 0, owner: node.shapes[0] };
}

interface Candidate {
    exit: Port;
    entry: Port;
    points: RoutePoint[];
    base: number;
}

/** Resolves tracks, drops repeated and collinear points, and places the branch label beside the first segment. */
function finish(p: Planned, area: LabelArea, labelWidth: (label: string) => number): RoutedArrow {
    const points = simplify(approx(p.points));
    const result: RoutedArrow = { request: p.request, points };
    if (p.request.label) result.label = defaultLabel(points, labelWidth(p.request.label), area);
    return result;
}

/** The line without repeated points and without points in the middle of a straight run. */
function simplify(raw: Pt[]): Pt[] {
    const points: Pt[] = [];
    for (const pt of raw) {
        const last = points[points.length - 1];
        if (last && Math.abs(last[0] - pt[0]) < 0.01 && Math.abs(last[1] - pt[1]) < 0.01) continue;
        const prev = points[points.length - 2];
        if (last && prev && ((same(prev[0], last[0]) && same(last[0], pt[0])) || (same(prev[1], last[1]) && same(last[1], pt[1])))) points.pop();
        points.push(pt);
    }
    return points;
}

function same(a: number, b: number): boolean {
    return Math.abs(a - b) < 0.01;
}
