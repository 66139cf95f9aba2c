/**
 * Where the shapes of a Word drawing sit in its table. A flowchart drawn as one canvas (`wpc:wpc`) or
 * group (`wpg:wgp`, nested `wpg:grpSp`) is anchored in one cell but spreads over the whole table:
 * each shape's box is taken through the group transforms (child offset and extent onto the group's
 * own), placed from the anchor's offset, and looked up on the table's grid (column widths from
 * `w:tblGrid`, row heights from `w:trHeight`, estimated from the text where a row has none).
 */
import { attr, descendants, kids, nameOf, childrenOf, type XmlNode } from './xml-nodes.js';

const EMU_PER_TWIP = 635;
/** Word's default left cell margin (0.08"), where `relativeFrom="column"` starts in a cell. */
const CELL_MARGIN = 108;
/** A line of 11 pt text with Word's 1.15 spacing, for rows without a set height. */
const LINE = 276;

export interface TableGeometry {
    /** Left edges of the grid columns and the table's right edge, in twips. */
    xs: number[];
    /** Top edges of the rows and the table's bottom edge, in twips. */
    ys: number[];
}

export function tableGeometry(tbl: XmlNode): TableGeometry {
    const widths = descendants(kids(tbl, 'w:tblGrid'), 'w:gridCol').map(c => Number(attr(c, 'w:w') ?? 0));
    const heights = kids(tbl, 'w:tr').map(tr => {
        const set = Number(attr(descendants(kids(tr, 'w:trPr'), 'w:trHeight')[0] ?? {}, 'w:val') ?? 0);
        const lines = Math.max(1, ...kids(tr, 'w:tc').map(tc => kids(tc, 'w:p').length));
        return Math.max(set, lines * LINE);
    });
    const sum = (values: number[]) => values.reduce((acc, v) => [...acc, acc[acc.length - 1] + v], [0]);
    return { xs: sum(widths), ys: sum(heights) };
}

/** A shape of a drawing with its box in EMU from the drawing's own origin. */
export interface PlacedShape { wsp: XmlNode; x: number; y: number; w: number; h: number }

type Transform = { at: (x: number, y: number) => [number, number]; sx: number; sy: number };
const IDENTITY: Transform = { at: (x, y) => [x, y], sx: 1, sy: 1 };

/** The shapes of a canvas or group drawing; undefined for a drawing that is one shape or a picture. */
export function drawingShapes(anchor: XmlNode): PlacedShape[] | undefined {
    const canvas = descendants([anchor], 'wpc:wpc', ['mc:Fallback'])[0];
    const group = descendants([anchor], 'wpg:wgp', ['mc:Fallback'])[0];
    if (!canvas && !group) return undefined;
    const out: PlacedShape[] = [];
    if (canvas) walk(childrenOf(canvas), IDENTITY, out);
    else walk([group], IDENTITY, out);
    return out;
}

function walk(nodes: XmlNode[], t: Transform, out: PlacedShape[]): void {
    for (const node of nodes) {
        const name = nameOf(node);
        if (name === 'wps:wsp') {
            const box = xfrmOf(kids(node, 'wps:spPr')[0]);
            const [x, y] = t.at(box.x, box.y);
            out.push({ wsp: node, x, y, w: box.w * t.sx, h: box.h * t.sy });
        } else if (name === 'wpg:grpSp' || name === 'wpg:wgp') {
            walk(childrenOf(node), inner(t, xfrmOf(kids(node, 'wpg:grpSpPr')[0])), out);
        }
    }
}

/** Child coordinates (chOff, chExt) mapped onto the group's box (off, ext), inside the outer transform. */
function inner(t: Transform, g: Box): Transform {
    const sx = g.chW > 0 ? g.w / g.chW : 1;
    const sy = g.chH > 0 ? g.h / g.chH : 1;
    return { at: (x, y) => t.at(g.x + (x - g.chX) * sx, g.y + (y - g.chY) * sy), sx: t.sx * sx, sy: t.sy * sy };
}

interface Box { x: number; y: number; w: number; h: number; chX: number; chY: number; chW: number; chH: number }

function xfrmOf(pr: XmlNode | undefined): Box {
    const xfrm = pr ? kids(pr, 'a:xfrm')[0] : undefined;
    const pair = (name: string, a: string, b: string) => {
        const node = xfrm ? kids(xfrm, name)[0] : undefined;
        return [Number(attr(node ?? {}, a) ?? 0), Number(attr(node ?? {}, b) ?? 0)];
    };
    const [x, y] = pair('a:off', 'x', 'y');
    const [w, h] = pair('a:ext', 'cx', 'cy');
    const [chX, chY] = pair('a:chOff', 'x', 'y');
    const [chW, chH] = pair('a:chExt', 'cx', 'cy');
    return { x, y, w, h, chX, chY, chW, chH };
}

/** The anchor's offset from its cell (column and paragraph), in EMU; an inline drawing sits at 0. */
function anchorOffset(anchor: XmlNode): [number, number] {
    const offset = (name: string) => Number(textIn(descendants(kids(anchor, name), 'wp:posOffset')[0]) || 0);
    return nameOf(anchor) === 'wp:anchor' ? [offset('wp:positionH'), offset('wp:positionV')] : [0, 0];
}

function textIn(node: XmlNode | undefined): string {
    return node ? childrenOf(node).map(c => String(c['#text'] ?? '')).join('') : '';
}

/** The grid cell under a shape's centre, for a drawing anchored in the cell at (row, col). */
export function cellOfShape(shape: PlacedShape, anchor: XmlNode, geometry: TableGeometry, row: number, col: number): { row: number; col: number } {
    const [ox, oy] = anchorOffset(anchor);
    const x = geometry.xs[col] + CELL_MARGIN + (ox + shape.x + shape.w / 2) / EMU_PER_TWIP;
    const y = geometry.ys[row] + (oy + shape.y + shape.h / 2) / EMU_PER_TWIP;
    const find = (edges: number[], v: number, fallback: number) => {
        const i = edges.findIndex((e, k) => k + 1 < edges.length && e <= v && v < edges[k + 1]);
        return i < 0 ? fallback : i;
    };
    return { row: find(geometry.ys, y, row), col: find(geometry.xs, x, col) };
}
