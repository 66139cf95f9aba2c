import type { Step } from '../model/sop-document.js';
import type { ShapeKind } from './render-types.js';
import { STYLE } from './render-style.js';
import { SvgWriter } from './svg-writer.js';
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

/** Size of a step's symbol in an actor column of inner width `available` (column minus both gutters). */
export function shapeSize(step: Step, available: number): { width: number; height: number; lines: string[] } {
    const max = Math.max(20, available);
    if (step.kind !== 'decision') {
        return { width: Math.min(STYLE.shape.width, max), height: STYLE.shape.height, lines: [] };
    }
    const font = STYLE.questionFont;
    const question = step.question?.trim() ?? '';
    if (!question) {
        const side = Math.min(STYLE.shape.decisionMinWidth, max);
        return { width: side, height: STYLE.shape.decisionHeight, lines: [] };
    }
    // A line fits inside the diamond when its half-width stays inside the outline at its height:
    // lines no wider than 60% of the diamond, in a diamond at least 2.5 line heights per line tall.
    const longestWord = maxOf(question.split(/\s+/), w => textWidth(w, font));
    const width = Math.min(max, Math.max(STYLE.shape.decisionMinWidth, Math.min(textWidth(question, font), longestWord * 1.6) / TEXT_SHARE + 6));
    const lines = wrapText(question, width * TEXT_SHARE, font);
    if (lines.length > 2 || width < 40) {
        // Too narrow a column for the question: the diamond stays empty (the activity says it all).
        return { width: Math.min(STYLE.shape.decisionMinWidth, max), height: STYLE.shape.decisionHeight, lines: [] };
    }
    const height = Math.max(STYLE.shape.decisionHeight, Math.ceil(lines.length * lineHeight(font) * 2.5));
    return { width, height, lines };
}

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

/** Writes the symbol; `data` attributes go on the group so clicks map to steps. */
export function writeShape(svg: SvgWriter, shape: PlacedShape, data: Record<string, string>): void {
    const { x, y, width: w, height: h } = shape;
    const stroke = { fill: '#fff', stroke: '#000', 'stroke-width': STYLE.shapeStroke };
    svg.open('g', { class: `sop-shape sop-${shape.kind}`, ...data });
    switch (shape.kind) {
        case 'terminator':
            svg.empty('rect', { x, y, width: w, height: h, rx: h / 2, ry: h / 2, ...stroke });
            break;
        case 'process':
            svg.empty('rect', { x, y, width: w, height: h, ...stroke });
            break;
        case 'decision':
            svg.empty('path', { d: `M${n(x + w / 2)} ${n(y)}L${n(x + w)} ${n(y + h / 2)}L${n(x + w / 2)} ${n(y + h)}L${n(x)} ${n(y + h / 2)}Z`, ...stroke });
            break;
        case 'connector':
            svg.empty('path', { d: connectorPath(shape), ...stroke });
            break;
    }
    writeInnerText(svg, shape);
    svg.close('g');
}

function writeInnerText(svg: SvgWriter, shape: PlacedShape): void {
    if (shape.lines.length === 0) return;
    const font = shape.kind === 'connector' ? STYLE.connectorFont : STYLE.questionFont;
    const cx = shape.x + shape.width / 2;
    // The connector's letter sits in the rectangular part, above the point.
    const cy = shape.kind === 'connector' ? shape.y + shape.height * 0.4 : shape.y + shape.height / 2;
    const top = cy - (shape.lines.length * lineHeight(font)) / 2;
    svg.text(shape.lines, cx, top, font, 'middle');
}

/** Off-page connector: a rectangle whose bottom edge is a downward point ("home plate"). */
function connectorPath(s: PlacedShape): string {
    const shoulder = s.y + s.height * 0.68;
    return `M${n(s.x)} ${n(s.y)}H${n(s.x + s.width)}V${n(shoulder)}L${n(s.x + s.width / 2)} ${n(s.y + s.height)}L${n(s.x)} ${n(shoulder)}Z`;
}

function n(v: number): string {
    return String(Math.round(v * 100) / 100);
}
