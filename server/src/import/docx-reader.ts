/**
 * Reads a `.docx`: every top-level table as cells on its grid (gridSpan, vMerge), flowchart shapes
 * anchored in cells (DrawingML `a:prstGeom`), connectors whose start and end shapes Word recorded
 * (`a:stCxn`/`a:endCxn`), and label text boxes beside a decision. A table whose picture has an SVG
 * version is read from that drawing (docx-pictures.ts); a row's actor band held only as a PNG (our
 * export re-saved by LibreOffice) gives its symbols from the pixels (raster-symbols.ts). Pictures in
 * cells are reported: their flow needs a person.
 */
import { unzipSync, strFromU8 } from 'fflate';
import type { GridArrow, GridSymbol, GridTable, SourceDocument } from './import-types.js';
import { cellOfShape, drawingShapes, tableGeometry, type TableGeometry } from './docx-groups.js';
import { pictureTables, relationships, type DocxFiles } from './docx-pictures.js';
import { ImportCodes, note } from './import-messages.js';
import { rasterArrows, stackBitmaps, type RasterNode } from './raster-arrows.js';
import { commonRules, pngBitmap, rasterSymbols, type Bitmap } from './raster-symbols.js';
import { emphasise } from './svg-primitives.js';
import { attr, childrenOf, descendants, kids, nameOf, parseXml, textOf, type XmlNode } from './xml-nodes.js';

const PRESETS: Record<string, GridSymbol['kind']> = {
    flowChartProcess: 'process', rect: 'process', flowChartAlternateProcess: 'process',
    flowChartDecision: 'decision', diamond: 'decision',
    flowChartTerminator: 'terminator', roundRect: 'terminator',
    flowChartOffpageConnector: 'connector', homePlate: 'connector',
};
/** Where not to look for cell text or shapes: Word's VML fallback repeats every drawing. */
const FALLBACK = ['mc:Fallback'];

export function readDocx(bytes: Uint8Array): SourceDocument {
    const files = unzipSync(bytes, { filter: f => f.name === 'word/document.xml' || f.name === 'word/_rels/document.xml.rels' || /^word\/media\/.*\.(svg|png)$/i.test(f.name) });
    const xml = parseXml(strFromU8(files['word/document.xml']));
    const rels = relationships(files);
    const body = descendants(xml, 'w:body')[0];
    const source: SourceDocument = { format: 'docx', tables: [], notes: [] };
    const tables = body ? descendants(childrenOf(body), 'w:tbl', ['w:tbl']) : [];
    let pictures = 0;
    const bands: Band[] = [];
    for (const [i, tbl] of tables.entries()) {
        const drawn = pictureTables(tbl, files, rels, i + 1, source.tables[source.tables.length - 1]);
        if (drawn.length > 0) {
            source.tables.push(...drawn);
            continue;
        }
        const table = readTable(tbl, files, rels, source.tables.length);
        source.tables.push(table.grid);
        bands.push(...table.bands);
        pictures += table.pictures;
    }
    // Row pictures of all tables in order: a shaft leaving a page's table goes on in the next one's.
    const drawn = bandFlow(bands);
    for (const { table, symbol } of drawn.symbols) source.tables[table].symbols.push(symbol);
    if (drawn.symbols.length > 0) {
        const first = source.tables[drawn.symbols[0].table];
        first.arrows.push(...drawn.arrows);
        first.joins = [...(first.joins ?? []), ...drawn.joins];
        // Those pictures are read, with guesses.
        source.notes.push(note(ImportCodes.pictureArrows));
    } else if (pictures > 0) source.notes.push(note(ImportCodes.pictureFlowchart));
    return source;
}

interface Connector { from?: string; to?: string }
interface Label { cellKey: string; text: string }

function readTable(tbl: XmlNode, files: DocxFiles, rels: Map<string, string>, index: number): { grid: GridTable; pictures: number; bands: Band[] } {
    const grid: GridTable = { cells: [], symbols: [], arrows: [], pageStarts: [] };
    const connectors: Connector[] = [];
    const labels: Label[] = [];
    const bands: Band[] = [];
    const geometry = tableGeometry(tbl);
    let pictures = 0;
    kids(tbl, 'w:tr').forEach((tr, row) => {
        let col = Number(attrOf(kids(tr, 'w:trPr')[0], 'w:gridBefore') ?? 0);
        for (const tc of kids(tr, 'w:tc')) {
            const pr = kids(tc, 'w:tcPr')[0];
            const span = Number(attrOf(pr, 'w:gridSpan') ?? 1);
            const vMerge = pr ? kids(pr, 'w:vMerge')[0] : undefined;
            if (vMerge && attr(vMerge, 'w:val') !== 'restart') {
                const above = grid.cells.find(c => c.col === col && c.row + c.rowSpan === row);
                if (above) above.rowSpan++;
            } else {
                grid.cells.push({ row, col, rowSpan: 1, colSpan: span, text: cellText(tc) });
            }
            pictures += readDrawings(tc, { row, col, geometry }, grid.symbols, connectors, labels);
            const bitmap = pngPicture(tc, files, rels);
            if (bitmap) bands.push({ table: index, row, col, span, bitmap });
            col += span;
        }
    });
    grid.arrows = arrowsOf(connectors, grid.symbols, labels);
    return { grid, pictures: bands.length > 0 ? 0 : pictures, bands };
}

/** A cell's only picture, when it is a PNG and nothing else is drawn there. */
interface Band { table: number; row: number; col: number; span: number; bitmap: Bitmap }

function pngPicture(tc: XmlNode, files: DocxFiles, rels: Map<string, string>): Bitmap | undefined {
    const blips = descendants([tc], 'a:blip', FALLBACK);
    if (blips.length !== 1 || descendants([tc], 'wps:wsp', FALLBACK).length > 0) return undefined;
    const part = rels.get(attr(blips[0], 'r:embed') ?? '');
    const data = part && /\.png$/i.test(part) ? files[part] : undefined;
    return data ? pngBitmap(data) : undefined;
}

/**
 * Symbols and arrows of the pictures that draw the actor band of a row: pictures over the same cells
 * share their column rules; each symbol goes to the actor column it sits in, left to right; the
 * pictures stacked in row order carry the shafts from row to row.
 */
function bandFlow(bands: Band[]): { symbols: Array<{ table: number; symbol: GridSymbol }>; arrows: GridArrow[]; joins: Array<[string, string]> } {
    const out = { symbols: [] as Array<{ table: number; symbol: GridSymbol }>, arrows: [] as GridArrow[], joins: [] as Array<[string, string]> };
    for (const key of new Set(bands.map(b => `${b.col}:${b.span}`))) {
        const group = bands.filter(b => `${b.col}:${b.span}` === key).sort((a, b) => a.table - b.table || a.row - b.row);
        const rules = commonRules(group.map(b => b.bitmap), group[0].span);
        if (!rules) continue;
        const { bitmap, tops } = stackBitmaps(group.map(b => b.bitmap));
        const nodes: RasterNode[] = [];
        group.forEach((band, g) => {
            rasterSymbols(band.bitmap, rules).sort((a, b) => a.x - b.x).forEach((s, k) => {
                const id = `t${band.table}p${band.row}.${band.col + s.column}.${k}`;
                out.symbols.push({ table: band.table, symbol: { id, row: band.row, col: band.col + s.column, kind: s.kind } });
                nodes.push({ id, kind: s.kind, box: { ...s.box, y0: s.box.y0 + tops[g], y1: s.box.y1 + tops[g] } });
            });
        });
        const flow = rasterArrows(bitmap, rules, nodes);
        out.arrows.push(...flow.arrows);
        out.joins.push(...flow.joins);
    }
    return out;
}

function attrOf(pr: XmlNode | undefined, child: string): string | undefined {
    const node = pr ? kids(pr, child)[0] : undefined;
    return node ? attr(node, 'w:val') : undefined;
}

/** Paragraphs of the cell, one line each; Word's automatic numbering becomes `1.`, `2.` again. */
function cellText(tc: XmlNode): string {
    const numbering = new Map<string, number>();
    return kids(tc, 'w:p').map(p => {
        const num = descendants(kids(p, 'w:pPr'), 'w:numId')[0];
        const id = num ? attr(num, 'w:val') ?? '' : '';
        let prefix = '';
        if (num && id !== '0') {
            numbering.set(id, (numbering.get(id) ?? 0) + 1);
            prefix = `${numbering.get(id)}. `;
        }
        return prefix + runText(p);
    }).join('\n').trim();
}

function runText(p: XmlNode): string {
    let out = '';
    const walk = (nodes: XmlNode[]) => {
        for (const n of nodes) {
            const name = nameOf(n);
            if (name === 'w:r' && italicRun(n)) out += emphasise(kids(n, 'w:t').map(t => childrenOf(t).map(textOf).join('')).join(''));
            else if (name === 'w:t') out += childrenOf(n).map(textOf).join('');
            else if (name === 'w:tab') out += ' ';
            else if (name === 'w:br' || name === 'w:cr') out += '\n';
            else if (!['w:drawing', 'mc:AlternateContent', 'w:pict', 'w:txbxContent', 'w:pPr', 'w:rPr'].includes(name)) walk(childrenOf(n));
        }
    };
    walk([p]);
    return out;
}

/** A run set in italics (`w:i`, not switched off): written back as `*run*`. */
function italicRun(r: XmlNode): boolean {
    const i = descendants(kids(r, 'w:rPr'), 'w:i')[0];
    return i !== undefined && !['0', 'false'].includes(attr(i, 'w:val') ?? '') && kids(r, 'w:t').length > 0;
}

/** Reads the drawings anchored in a cell (a canvas or group spreads over other cells); returns how many pictures it holds. */
function readDrawings(tc: XmlNode, at: { row: number; col: number; geometry: TableGeometry }, symbols: GridSymbol[], connectors: Connector[], labels: Label[]): number {
    let pictures = 0;
    for (const anchor of [...descendants([tc], 'wp:anchor', FALLBACK), ...descendants([tc], 'wp:inline', FALLBACK)]) {
        const docPr = kids(anchor, 'wp:docPr')[0];
        const grouped = drawingShapes(anchor);
        const shapes = grouped
            ? grouped.map(shape => ({ wsp: shape.wsp, ...cellOfShape(shape, anchor, at.geometry, at.row, at.col) }))
            : descendants([anchor], 'wps:wsp').map(wsp => ({ wsp, row: at.row, col: at.col }));
        if (shapes.length === 0 && descendants([anchor], 'pic:pic').length > 0) pictures++;
        for (const { wsp, row, col } of shapes) readShape(wsp, docPr, row, col, symbols, connectors, labels);
    }
    pictures += descendants([tc], 'w:pict', FALLBACK).length;
    return pictures;
}

function readShape(wsp: XmlNode, docPr: XmlNode | undefined, row: number, col: number, symbols: GridSymbol[], connectors: Connector[], labels: Label[]): void {
    const own = descendants([wsp], 'wps:cNvPr')[0];
    const id = `d${attr(own ?? docPr ?? {}, 'id') ?? symbols.length}`;
    const cn = descendants([wsp], 'wps:cNvCnPr')[0];
    if (cn) {
        connectors.push({ from: refOf(cn, 'a:stCxn'), to: refOf(cn, 'a:endCxn') });
        return;
    }
    const prst = attr(descendants([wsp], 'a:prstGeom')[0] ?? {}, 'prst') ?? '';
    const text = descendants([wsp], 'w:p').map(runText).join('\n').trim();
    const noLine = descendants(kids(wsp, 'wps:spPr'), 'a:ln').some(ln => kids(ln, 'a:noFill').length > 0);
    if (prst === 'rect' && noLine && text) labels.push({ cellKey: `${row}:${col}`, text });
    else if (PRESETS[prst]) symbols.push({ id, row, col, kind: PRESETS[prst], text: text || undefined });
}

function refOf(cn: XmlNode, name: string): string | undefined {
    const ref = descendants([cn], name)[0];
    return ref ? `d${attr(ref, 'id')}` : undefined;
}

/**
 * Connectors with both ends become arrows. Label text boxes in a decision's cell go to its exits in
 * the order written; with two or more exits that is a guess.
 */
function arrowsOf(connectors: Connector[], symbols: GridSymbol[], labels: Label[]): GridArrow[] {
    const arrows: GridArrow[] = [];
    const byId = new Map(symbols.map(s => [s.id, s]));
    for (const c of connectors) if (c.from && c.to && byId.has(c.from) && byId.has(c.to)) arrows.push({ from: c.from, to: c.to });
    for (const symbol of symbols.filter(s => s.kind === 'decision')) {
        const exits = arrows.filter(a => a.from === symbol.id);
        const own = labels.filter(l => l.cellKey === `${symbol.row}:${symbol.col}`);
        exits.forEach((a, i) => {
            if (!own[i]) return;
            a.label = own[i].text;
            a.labelUnsure = exits.length > 1;
        });
    }
    return arrows;
}
