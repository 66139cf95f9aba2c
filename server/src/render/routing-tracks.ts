/**
 * Track assignment: every arrow leg that runs along a channel (a horizontal band between symbol
 * rows, or a vertical gutter between actor columns) gets its own track, so legs whose extents
 * overlap never share a line. Legs fed by a vertical stub from above are kept above legs feeding a
 * stub below at the same x, so the stubs cannot overlap either. Tracks keep LANE_GAP apart and
 * RULE_GAP away from the table rules in or beside their channel, so two arrows never read as one
 * line and no arrow runs on a grid line.
 */
import { SPACING } from './layout-constants.js';

/** A coordinate still to be decided: the position of a leg within its channel. */
export interface Track {
    axis: 'x' | 'y';
    channel: number;
    /** Position in page units; the channel centre until assigned. */
    pos: number;
}

export type Coord = number | Track;

export interface Channel {
    lo: number;
    hi: number;
    /** Table rules in or at the edges of the channel: no track within RULE_GAP of one. */
    rules: number[];
    /** Spans no track may use (the table header), also kept RULE_GAP away from. */
    blocks?: Array<[number, number]>;
    /** The part inside the table, for a channel reaching out to connectors: arrows between steps should keep to it. */
    inner?: { lo: number; hi: number };
    /** How much closer to the symbols bounding it tracks may come when the channel is crowded. */
    slack?: { lo: number; hi: number };
    /** No track may use it (outside the table and the connector rows). */
    closed?: boolean;
}

export const LANE_GAP: number = SPACING.laneGap;
export const LANE_GAP_MIN: number = SPACING.laneGapMin;
export const RULE_GAP: number = SPACING.ruleGap;
export const RULE_GAP_MIN: number = SPACING.ruleGapMin;

export function valueOf(c: Coord): number {
    return typeof c === 'number' ? c : c.pos;
}

/** One leg: a track plus what it connects to at both ends. */
export interface Leg {
    track: Track;
    /** Extent along the channel (conservative). */
    lo: number;
    hi: number;
    /** -1 when its ends lead toward the low side (up/left), +1 toward the high side. */
    score: number;
    /** Fixed positions where a stub leaves toward the low side (`low`) or the high side (`high`). */
    stubs: Array<{ at: number; toward: 'low' | 'high' }>;
}

/** Assigns positions to the legs of one channel. */
export function assignTracks(channel: Channel, legs: Leg[]): void {
    if (legs.length === 0) return;
    const order = orderLegs(legs);
    const index = new Map<Leg, number>();
    for (const leg of order) {
        let t = 0;
        for (const other of index.keys()) {
            if (mustBeBelow(leg, other)) t = Math.max(t, index.get(other)! + 1);
        }
        while ([...index].some(([other, i]) => i === t && overlaps(leg, other))) t++;
        index.set(leg, t);
    }
    let count = 0;
    for (const i of index.values()) count = Math.max(count, i + 1);
    const positions = slots(channel, count);
    for (const [leg, i] of index) leg.track.pos = positions[i];
}

function overlaps(a: Leg, b: Leg): boolean {
    return a.lo <= b.hi + 1 && b.lo <= a.hi + 1;
}

/** `a` must take a higher track than `b`: at one place, a's stub leaves toward the high side and b's toward the low side. */
function mustBeBelow(a: Leg, b: Leg): boolean {
    return a.stubs.some(sa => sa.toward === 'high' && b.stubs.some(sb => sb.toward === 'low' && Math.abs(sa.at - sb.at) < 0.5));
}

/** Topological order (low-side stubs before high-side stubs at the same place), ties by score then extent. */
function orderLegs(legs: Leg[]): Leg[] {
    const sorted = [...legs].sort((a, b) => a.score - b.score || a.lo - b.lo || a.hi - b.hi);
    const done = new Set<Leg>();
    const result: Leg[] = [];
    while (result.length < sorted.length) {
        const next = sorted.find(l => !done.has(l) && sorted.every(o => o === l || done.has(o) || !mustBeBelow(l, o)))
            ?? sorted.find(l => !done.has(l))!;
        done.add(next);
        result.push(next);
    }
    return result;
}

/** The parts of the channel at least RULE_GAP away from every rule. */
export function freeIntervals(channel: Channel, ruleGap = RULE_GAP): Array<[number, number]> {
    let parts: Array<[number, number]> = channel.hi >= channel.lo ? [[channel.lo, channel.hi]] : [];
    for (const [a, b] of [...channel.rules.map(r => [r, r]), ...(channel.blocks ?? [])]) {
        parts = parts.flatMap(([lo, hi]): Array<[number, number]> => {
            if (b + ruleGap <= lo || a - ruleGap >= hi) return [[lo, hi]];
            return [[lo, a - ruleGap], [b + ruleGap, hi]].filter(([x, y]) => y >= x) as Array<[number, number]>;
        });
    }
    return parts;
}

/** How many tracks the channel holds at `gap` apart, clear of its rules (`inner`: in its part inside the table). */
export function capacity(channel: Channel, gap = LANE_GAP, inner = false): number {
    if (channel.closed) return 0;
    if (inner && channel.inner) channel = { ...channel, lo: Math.max(channel.lo, channel.inner.lo), hi: Math.min(channel.hi, channel.inner.hi) };
    return freeIntervals(channel).reduce((n, [lo, hi]) => n + Math.floor((hi - lo) / gap + 1e-9) + 1, 0);
}

/**
 * `count` increasing positions inside the channel: clear of its rules, LANE_GAP apart (LANE_GAP_MIN
 * when crowded), each part of the channel getting a share of tracks by its length. A channel too
 * narrow for even that spreads its tracks evenly (the router avoids crowding it, see `capacity`).
 */
function slots(channel: Channel, count: number): number[] {
    const parts = freeIntervals(channel);
    const inner = channel.inner ? freeIntervals({ ...channel, lo: Math.max(channel.lo, channel.inner.lo), hi: Math.min(channel.hi, channel.inner.hi) }) : parts;
    for (const gap of [LANE_GAP, LANE_GAP_MIN]) {
        // Tracks stay inside the table while there is room; the lowest (or highest) ones spill outside.
        if (inner.length && capacity(channel, gap, true) >= count) return fill(inner, count, gap);
        if (parts.length && capacity(channel, gap) >= count) return fill(parts, count, gap, inner);
    }
    // Crowded: closer to the symbols and rules (the arrowhead of a short last segment shrinks to fit).
    const slack = channel.slack ?? { lo: 0, hi: 0 };
    const relaxed = freeIntervals({ ...channel, lo: channel.lo - slack.lo, hi: channel.hi + slack.hi }, RULE_GAP_MIN);
    const fits = relaxed.reduce((n, [lo, hi]) => n + Math.floor((hi - lo) / LANE_GAP_MIN + 1e-9) + 1, 0);
    if (relaxed.length && fits >= count) return fill(relaxed, count, LANE_GAP_MIN);
    const [lo, hi] = parts.length ? [parts[0][0], parts[parts.length - 1][1]] : [channel.lo, Math.max(channel.lo, channel.hi)];
    return Array.from({ length: count }, (_, i) => lo + ((i + 0.5) * (hi - lo)) / count);
}

/**
 * Shares `count` tracks among the parts (those inside `preferred` first, then most room per track),
 * then spreads each part's tracks.
 */
function fill(parts: Array<[number, number]>, count: number, gap: number, preferred = parts): number[] {
    const n = parts.map(() => 0);
    const room = (i: number) => (parts[i][1] - parts[i][0]) / (n[i] + 1);
    const first = (i: number) => preferred.some(([lo, hi]) => parts[i][0] >= lo - 1e-9 && parts[i][1] <= hi + 1e-9);
    for (let k = 0; k < count; k++) {
        let best = -1;
        parts.forEach(([lo, hi], i) => {
            if (n[i] >= Math.floor((hi - lo) / gap + 1e-9) + 1) return;
            if (best < 0 || (first(i) && !first(best)) || (first(i) === first(best) && room(i) > room(best))) best = i;
        });
        n[best]++;
    }
    return parts.flatMap(([lo, hi], i) => spread(lo, hi, n[i], gap));
}

/** `count` positions in [lo, hi]: evenly with margins when there is room, else `gap` apart, centred. */
function spread(lo: number, hi: number, count: number, gap: number): number[] {
    if (count === 0) return [];
    const length = hi - lo;
    const step = count === 1 ? 0 : Math.min(length / (count - 1), Math.max(gap, length / (count + 1)));
    const start = lo + (length - (count - 1) * step) / 2;
    return Array.from({ length: count }, (_, i) => start + i * step);
}

/** The most intervals covering one point of [lo, hi]. */
export function deepest(intervals: Array<[number, number]>, lo: number, hi: number): number {
    let most = 0;
    for (const at of [lo, ...intervals.map(i => i[0]).filter(x => x > lo && x <= hi)]) {
        most = Math.max(most, intervals.filter(([a, b]) => a <= at + 1 && at <= b + 1).length);
    }
    return most;
}
