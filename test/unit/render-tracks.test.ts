import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { assignTracks, capacity, LANE_GAP, LANE_GAP_MIN, RULE_GAP, type Channel, type Leg } from '../../server/src/render/routing-tracks.js';

/** Legs over one common extent (so every pair needs its own track). */
function legs(count: number, axis: 'x' | 'y' = 'x'): Leg[] {
    return Array.from({ length: count }, () => ({ track: { axis, channel: 0, pos: 0 }, lo: 0, hi: 100, score: 0, stubs: [] }));
}

function positions(channel: Channel, count: number): number[] {
    const list = legs(count);
    assignTracks(channel, list);
    return list.map(l => l.track.pos).sort((a, b) => a - b);
}

describe('renderer track assignment', () => {
    it('keeps tracks LANE_GAP apart and RULE_GAP away from the table rule in a gutter', () => {
        const gutter: Channel = { lo: 300, hi: 340, rules: [320] };
        assert.equal(capacity(gutter), 6);
        const pos = positions(gutter, 4);
        pos.slice(1).forEach((p, i) => assert.ok(p - pos[i] >= LANE_GAP - 1e-9, `${pos}`));
        assert.ok(pos.every(p => Math.abs(p - 320) >= RULE_GAP - 1e-9), `${pos}`);
    });

    it('never puts a track on a rule at the edge of the table', () => {
        const edge: Channel = { lo: 219.82 + 3, hi: 227, rules: [219.82] };
        assert.deepEqual(positions(edge, 1).map(p => p >= 219.82 + RULE_GAP), [true]);
    });

    it('keeps tracks inside the table while its part holds them, then spills outside', () => {
        // Below the last row: inside the table up to the bottom rule at 600, connectors below it.
        const bottom: Channel = { lo: 590, hi: 613, rules: [600], inner: { lo: -Infinity, hi: 600 } };
        assert.ok(positions(bottom, 1).every(p => p <= 600 - RULE_GAP));
        const two = positions(bottom, 2);
        assert.ok(two[0] < 600 && two[1] > 600 + RULE_GAP - 1e-9, `${two}`);
    });

    it('squeezes a crowded channel toward its symbols rather than onto its rule', () => {
        const narrow: Channel = { lo: 312, hi: 327, rules: [320], slack: { lo: 4, hi: 4 } };
        const pos = positions(narrow, 4);
        pos.slice(1).forEach((p, i) => assert.ok(p - pos[i] >= LANE_GAP_MIN - 1e-9, `${pos}`));
        assert.ok(pos.every(p => Math.abs(p - 320) >= 3.5 - 1e-9), `${pos}`);
    });
});
