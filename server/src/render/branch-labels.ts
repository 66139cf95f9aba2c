/**
 * Where a branch label ("Ya", "Tidak", "Teknis") goes, once every arrow of the page has its final
 * line: beside the branch's first segment, then, when another arrow, an arrowhead, a symbol, a row
 * rule or another label is in the way, at the first clear place along the branch's first segments
 * (either side, sliding away from the exit), nearest to the exit first.
 */
import { STYLE } from './render-style.js';
import { segmentHitsBox, type GridShape, type Pt } from './routing-geometry.js';

export interface LabelAt {
    x: number;
    y: number;
    anchor: 'start' | 'end';
}

/** The actor columns' extent and the row rules of the table body (labels stay inside, off the rules). */
export interface LabelArea {
    left: number;
    right: number;
    rules: number[];
}

export interface LabelledArrow {
    points: Pt[];
    request: { label?: string };
    label?: LabelAt;
}

export interface Box {
    x: number;
    y: number;
    width: number;
    height: number;
}

/** Text extent of a branch label around its baseline, as flowchart-svg.ts draws its white box. */
const LABEL_ASCENT = STYLE.labelFont.size * 0.9;
const LABEL_DESCENT = STYLE.labelFont.size * 0.2;
/** Gap between a label and the line it stands beside. */
const BESIDE = 3;
/** How many of the branch's segments a label may move along, and the step it slides by. */
const SEGMENTS = 5;
const SLIDE = 1.5;
/** The farthest a label may be from its own line (beside it, or just past a bend). */
const NEAR = BESIDE + 1.5;
/** Least distance from a label's box to a row rule (the rule is 0.75 wide: its half and a little air). */
const RULE_CLEAR = 0.6;

/** The first choice: beside the first segment, on the side the route does not turn to. */
export function defaultLabel(points: Pt[], w: number, area: LabelArea): LabelAt {
    const [a, b] = points;
    if (same(a[0], b[0])) {
        // Beside the first segment, on the side the route does not turn to (the turn would cross the label).
        const y = offRule(b[1] > a[1] ? a[1] + 11 : a[1] - 4, b[1] > a[1] ? 1 : -1, area.rules);
        const turnsRight = points.length > 2 && points[2][0] > b[0];
        return turnsRight && a[0] - BESIDE - w >= area.left + 2
            ? { x: a[0] - BESIDE, y, anchor: 'end' }
            : { x: Math.min(a[0] + BESIDE, area.right - 2 - w), y, anchor: 'start' };
    }
    // Above the first segment; past its bend when the bend comes before the label's end (the next leg would cross it).
    const y = a[1] - BESIDE;
    const from = points.length > 2 && Math.abs(b[0] - a[0]) < w + 6 ? b[0] : a[0];
    return b[0] > a[0]
        ? { x: Math.min(from + BESIDE, area.right - 2 - w), y, anchor: 'start' }
        // Leaving to the left: end the label at the port, but never past the first actor column.
        : { x: Math.max(from - BESIDE, area.left + 2 + w), y, anchor: 'end' };
}

/** What a label must keep clear of, besides the row rules and the edges of the actor columns. */
export interface LabelObstacles {
    /** Arrow lines (their heads included). */
    lines: Pt[][];
    shapes: GridShape[];
    labels: Box[];
}

/**
 * The first clear place for a label of width `w` on the line `points`: `first` itself, the near
 * places the renderer has always tried first (so settled drawings keep their labels), then every
 * place along the first segments, nearest to the exit; undefined when none is clear.
 */
export function placeLabel(points: Pt[], w: number, first: LabelAt, area: LabelArea, obstacles: LabelObstacles): LabelAt | undefined {
    const clear = (at: LabelAt) => {
        const box = labelBox(at, w);
        return besideLine(box, points) && isClear(box, area, obstacles);
    };
    if (clear(first)) return first;
    return nearPlaces(points, first, area).find(clear) ?? placesAlong(points, w).find(clear);
}

/** The label reads as its branch's: it is at most NEAR from one of the branch's first segments. */
function besideLine(box: Box, points: Pt[]): boolean {
    for (let k = 0; k < Math.min(SEGMENTS, points.length - 1); k++) {
        const a = points[k], b = points[k + 1];
        const dx = Math.max(0, box.x - Math.max(a[0], b[0]), Math.min(a[0], b[0]) - (box.x + box.width));
        const dy = Math.max(0, box.y - Math.max(a[1], b[1]), Math.min(a[1], b[1]) - (box.y + box.height));
        if (Math.hypot(dx, dy) <= NEAR) return true;
    }
    return false;
}

/** No arrow line or arrowhead, no symbol, no row rule, no other label; inside the actor columns. */
function isClear(box: Box, area: LabelArea, obstacles: LabelObstacles): boolean {
    return box.x >= area.left + 1 && box.x + box.width <= area.right - 1
        && !area.rules.some(r => r > box.y - RULE_CLEAR && r < box.y + box.height + RULE_CLEAR)
        && !obstacles.lines.some(line => line.slice(1).some((q, i) => segmentHitsBox(line[i], q, box, 0)) || boxesOverlap(box, grow(headOf(line), -0.5)))
        && !obstacles.shapes.some(g => (g.shape.kind === 'decision' ? boxMeetsDiamond(box, g.shape) : boxesOverlap(box, g.shape)))
        && !obstacles.labels.some(other => boxesOverlap(grow(box, 1), grow(other, 1)));
}

/**
 * Moves every label that is not clear to its first clear place (placeLabel), given the final lines
 * of all arrows and the other labels. A label with no clear place keeps its first choice; returns those arrows.
 */
export function clearLabels<A extends LabelledArrow>(arrows: A[], shapes: GridShape[], area: LabelArea, labelWidth: (label: string) => number): A[] {
    const unplaced: A[] = [];
    const placed = new Map<LabelledArrow, Box>();
    for (const arrow of arrows) {
        if (arrow.label && arrow.request.label) placed.set(arrow, labelBox(arrow.label, labelWidth(arrow.request.label)));
    }
    const lines = arrows.map(a => a.points);
    for (const arrow of arrows) {
        if (!arrow.label || !arrow.request.label) continue;
        const w = labelWidth(arrow.request.label);
        const labels = [...placed].filter(([other]) => other !== arrow).map(([, box]) => box);
        const found = placeLabel(arrow.points, w, arrow.label, area, { lines, shapes, labels });
        if (!found) {
            unplaced.push(arrow);
            continue;
        }
        arrow.label = found;
        placed.set(arrow, labelBox(found, w));
    }
    return unplaced;
}

/** Around the exit: above or below a horizontal first segment, at the port or past the bend; beside a vertical one on either side, further along it. */
function nearPlaces(points: Pt[], own: LabelAt, area: LabelArea): LabelAt[] {
    const [a, b] = points;
    const candidates: LabelAt[] = [];
    if (same(a[0], b[0])) {
        const down = b[1] > a[1] ? 1 : -1;
        for (const step of [0, 1, 2]) {
            const y = offRule(own.y + down * step * (LABEL_ASCENT + 2), down, area.rules);
            candidates.push({ x: a[0] - BESIDE, y, anchor: 'end' }, { x: a[0] + BESIDE, y, anchor: 'start' });
        }
        return candidates;
    }
    const left = b[0] < a[0];
    const above = a[1] - BESIDE, below = offRule(a[1] + LABEL_ASCENT + BESIDE, 1, area.rules);
    for (const x of [a[0], b[0]]) {
        for (const y of [above, below]) candidates.push(left ? { x: x - BESIDE, y, anchor: 'end' } : { x: x + BESIDE, y, anchor: 'start' });
    }
    // A short stub before a vertical leg: beside that leg, a little down (or up) it.
    const c = points[2];
    if (c && same(b[0], c[0])) {
        const down = c[1] > b[1] ? 1 : -1;
        for (const step of [1, 2, 3]) {
            const y = offRule(b[1] + down * step * (LABEL_ASCENT + 2) + (down > 0 ? LABEL_ASCENT : 0), down, area.rules);
            candidates.push({ x: b[0] + BESIDE, y, anchor: 'start' }, { x: b[0] - BESIDE, y, anchor: 'end' });
        }
    }
    return candidates;
}

/**
 * Every place beside the first SEGMENTS segments, sliding from each segment's start, on both sides,
 * nearest to the exit (along the line) first. A label keeps at least half its extent beside its
 * segment, so it reads as that segment's label.
 */
function placesAlong(points: Pt[], w: number): LabelAt[] {
    const found: Array<{ at: LabelAt; cost: number }> = [];
    const h = LABEL_ASCENT + LABEL_DESCENT;
    let travelled = 0;
    for (let k = 0; k < Math.min(SEGMENTS, points.length - 1); k++) {
        const a = points[k], b = points[k + 1];
        const length = Math.abs(b[0] - a[0]) + Math.abs(b[1] - a[1]);
        if (same(a[0], b[0])) {
            const dir = b[1] > a[1] ? 1 : -1;
            for (let t = 0; t <= length - h / 2; t += SLIDE) {
                // The label's near edge `t` past the segment's start.
                const y = dir > 0 ? a[1] + t + LABEL_ASCENT : a[1] - t - LABEL_DESCENT;
                found.push({ at: { x: a[0] + BESIDE, y, anchor: 'start' }, cost: travelled + t });
                found.push({ at: { x: a[0] - BESIDE, y, anchor: 'end' }, cost: travelled + t + 0.5 });
            }
        } else {
            const dir = b[0] > a[0] ? 1 : -1;
            for (let t = 0; t <= length - BESIDE - w / 2; t += SLIDE) {
                const x = a[0] + dir * (BESIDE + t);
                const anchor = dir > 0 ? 'start' : 'end';
                found.push({ at: { x, y: a[1] - BESIDE, anchor }, cost: travelled + t });
                found.push({ at: { x, y: a[1] + BESIDE + LABEL_ASCENT, anchor }, cost: travelled + t + 0.5 });
            }
        }
        travelled += length;
    }
    return found.sort((p, q) => p.cost - q.cost).map(f => f.at);
}

/** The box a label's text takes (the white box behind it is 1 unit larger each way). */
export function labelBox(label: LabelAt, w: number): Box {
    return { x: label.anchor === 'end' ? label.x - w : label.x, y: label.y - LABEL_ASCENT, width: w, height: LABEL_ASCENT + LABEL_DESCENT };
}

function grow(box: Box, by: number): Box {
    return { x: box.x - by, y: box.y - by, width: box.width + 2 * by, height: box.height + 2 * by };
}

/** The bounding box of an arrow's head, as flowchart-svg.ts draws it. */
function headOf(points: Pt[]): Box {
    const tip = points[points.length - 1], before = points[points.length - 2];
    const { length, halfWidth } = STYLE.arrowHead;
    if (same(tip[0], before[0])) {
        const dir = tip[1] > before[1] ? 1 : -1;
        return { x: tip[0] - halfWidth, y: Math.min(tip[1], tip[1] - dir * length), width: 2 * halfWidth, height: length };
    }
    const dir = tip[0] > before[0] ? 1 : -1;
    return { x: Math.min(tip[0], tip[0] - dir * length), y: tip[1] - halfWidth, width: length, height: 2 * halfWidth };
}

/** The diamond's outline, not its bounding box: a label may sit in the empty corner beside a vertex. */
function boxMeetsDiamond(box: Box, d: Box): boolean {
    const cx = d.x + d.width / 2, cy = d.y + d.height / 2;
    // The box point nearest the centre (per axis) decides: |dx|/hw + |dy|/hh ≤ 1 inside the diamond.
    const px = Math.min(Math.max(cx, box.x), box.x + box.width), py = Math.min(Math.max(cy, box.y), box.y + box.height);
    return Math.abs(px - cx) / (d.width / 2) + Math.abs(py - cy) / (d.height / 2) < 1;
}

function boxesOverlap(a: Box, b: Box): boolean {
    return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** A label's baseline moved along the segment (`dir`: +1 down, -1 up) until its box clears every row rule. */
function offRule(y: number, dir: 1 | -1, rules: number[]): number {
    const rule = rules.find(r => r > y - LABEL_ASCENT - 1 && r < y + LABEL_DESCENT + 1);
    if (rule === undefined) return y;
    return dir > 0 ? rule + LABEL_ASCENT + 1.5 : rule - LABEL_DESCENT - 1.5;
}

function same(a: number, b: number): boolean {
    return Math.abs(a - b) < 0.01;
}
