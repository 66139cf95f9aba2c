import { STYLE } from './render-style.js';
import type { PlacedShape } from './shape-geometry.js';
import { SvgWriter } from './svg-writer.js';
import { lineHeight } from './text-metrics.js';

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
