/**
 * Spacing and routing cost constants of the flowchart, in one table (page units: px at 96 dpi).
 * Sizes of text and symbols live in render-style.ts; these decide where arrows and connectors go.
 */
export const SPACING = Object.freeze({
    /** Free band above and below the tallest shape of a row, where arrows run horizontally. */
    rowBand: 12,
    /** Wider bands, tried in turn when the arrows of a page do not fit the dense layout. */
    rowBandsRoomier: [15, 19],
    /** Minimum free gutter on each side of a shape inside its actor column, where arrows run vertically. */
    gutter: 13,
    /** Clearance between a track and the symbols bounding its channel (≥ the arrowhead length). */
    trackClear: 7,
    /** The closest a track comes to a symbol in a crowded channel. */
    trackClosest: 3,
    /** Clearance between a track and the table's outer rule bounding its channel. */
    trackEdge: 3,
    /** Wanted distance between neighbouring tracks, and the least one accepted when a channel is crowded. */
    laneGap: 6,
    laneGapMin: 4.5,
    /** Distance a track keeps from a table rule it runs along, and the least accepted when crowded. */
    ruleGap: 5,
    ruleGapMin: 3.5,
    /** Two arrow ends on one symbol keep at least this distance, so they read as separate attachment points. */
    portGap: 6,
    /** Offsets of the ports along a symbol's top/bottom and left/right sides, best first. */
    topPortOffsets: [0, -9, 9, -18, 18],
    sidePortOffsets: [0, -7, 7],
    /** Horizontal gap between connectors side by side; extra vertical pitch of stacked connector rows; gap between the table and its connectors. */
    connectorGap: 6,
    connectorRowGap: 20,
    tableGap: 16,
});

/** What makes a route candidate worse; the cheapest valid candidate wins (routing.ts). */
export const ROUTE_COST = Object.freeze({
    bend: 10,
    /** Per page unit of length, divided: one bend weighs as much as 250 units of length. */
    lengthDivisor: 25,
    /** Per rank of a port away from a side's centre. */
    portOffset: 3,
    /** Leaving by a side when the bottom is preferred, or by the bottom when a side is. */
    exitSide: 25,
    /** Leaving by a side without room for the branch label. */
    labelRoom: 150,
    /** Leaving by a side toward the facing side of a symbol too close for the branch label between them (it would sit on the symbol). */
    labelGap: 60,
    /** Per placed arrow's branch label a route would run through. */
    labelCrossing: 25,
    /** A route whose branch label finds no clear place beside its first segments (among the arrows placed so far). */
    labelNoPlace: 80,
    /** A loop-back entering from the top; a forward arrow entering from a side. */
    backwardTopEntry: 40,
    forwardSideEntry: 8,
    /** A forward arrow from another row entering a decision by a side: it takes the top vertex, leaving the sides to the branches. */
    decisionSideEntry: 30,
    crossing: 6,
    /** Per leg already placed in a channel over the same extent, and per track wanted beyond its capacity. */
    crowd: 4,
    overflow: 60,
});
