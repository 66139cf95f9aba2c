import type { SymbolKind } from '../model/sop-document.js';
import type { ShapeKind } from './render-types.js';
import { STYLE } from './render-style.js';
import { lineHeight, textWidth } from './text-metrics.js';
import { wrapText } from './text-wrap.js';
import { maxOf } from './max-of.js';

/** A symbol placed on the page (top-left corner, size), with the text drawn inside it. */
export interface PlacedShape {
    kind: ShapeKind;
    x: number;
    y: number;
    width: number;
    height: number;
    /** Lines inside the shape: a decision's question or a connector's letter. */
    lines: string[];
}

/** Size of a symbol (its text inside) in an actor column of inner width `available` (column minus both gutters). */
export function shapeSize(symbol: { kind: SymbolKind; text?: string }, available: number): { width: number; height: number; lines: string[] } {
    const max = Math.max(20, available);
    const font = STYLE.questionFont;
    if (symbol.kind !== 'decision') {
        const text = symbol.text?.trim() ?? '';
        // Text inside a box or capsule ("Via Email"): wrapped inside, clear of a capsule's round ends;
        // the shape widens (within its column) so that no word breaks.
        const inset = symbol.kind === 'terminator' ? STYLE.shape.height / 2 : 4;
        const word = text ? maxOf(text.split(/\s+/), w => textWidth(w, font)) : 0;
        const width = Math.min(max, Math.max(STYLE.shape.width, Math.ceil(word + 2 * inset + 2)));
        const lines = text ? wrapText(text, Math.max(8, width - 2 * inset), font) : [];
        const height = Math.max(STYLE.shape.height, lines.length * lineHeight(font) + 6);
        // In a narrow column an empty capsule gets flatter rather than turning into a circle:
        // a terminator must still read as a stadium beside a connector's circle-like shape.
        if (symbol.kind === 'terminator' && !text && width < height * MIN_CAPSULE_RATIO) {
            return { width, height: Math.max(MIN_CAPSULE_HEIGHT, Math.floor(width / MIN_CAPSULE_RATIO)), lines };
        }
        return { width, height, lines };
    }
    const question = symbol.text?.trim() ?? '';
    if (!question) {
        const side = Math.min(STYLE.shape.decisionMinWidth, max);
        return { width: side, height: STYLE.shape.decisionHeight, lines: [] };
    }
    // A line fits inside the diamond when its half-width stays inside the outline at its height:
    // lines no wider than 60% of the diamond, in a diamond at least 2.5 line heights per line tall.
    const longestWord = maxOf(question.split(/\s+/), w => textWidth(w, font));
    const width = Math.min(max, Math.max(STYLE.shape.decisionMinWidth, Math.min(textWidth(question, font), longestWord * 1.6) / TEXT_SHARE + 6));
    const lines = wrapText(question, width * TEXT_SHARE, font);
    if (lines.length > 3 || width < 32) {
        // Too narrow a column for the question: the diamond stays empty (the activity says it all).
        return { width: Math.min(STYLE.shape.decisionMinWidth, max), height: STYLE.shape.decisionHeight, lines: [] };
    }
    const height = Math.max(STYLE.shape.decisionHeight, Math.ceil(lines.length * lineHeight(font) * 2.5));
    return { width, height, lines };
}

/** An empty capsule is at least this many times as wide as it is tall, and never flatter than MIN_CAPSULE_HEIGHT. */
const MIN_CAPSULE_RATIO = 1.8;
const MIN_CAPSULE_HEIGHT = 10;

/** Share of a diamond's width its text lines may use. */
export const TEXT_SHARE = 0.6;

/** Half-width of the shape's outline at vertical offset `dy` from its centre (for side ports). */
export function halfWidthAt(shape: PlacedShape, dy: number): number {
    const w = shape.width / 2;
    const h = shape.height / 2;
    switch (shape.kind) {
        case 'decision': return w * (1 - Math.abs(dy) / h);
        case 'terminator': {
            const r = h;
            return w - r + Math.sqrt(Math.max(0, r * r - dy * dy));
        }
        default: return w;
    }
}

/** Half-height of the outline at horizontal offset `dx` (top/bottom ports); the connector's tip is its bottom. */
export function halfHeightAt(shape: PlacedShape, dx: number): number {
    const h = shape.height / 2;
    if (shape.kind === 'decision') return h * (1 - Math.abs(dx) / (shape.width / 2));
    return h;
}
