/**
 * Vector pictures in a Word table: a cell whose picture has an SVG version (`asvg:svgBlip`, as the
 * project's own Word export writes the flowchart's actor band) is read like a PDF page, so its symbols,
 * arrows and labels are found by the same code. Each picture of the export shows a window of one page
 * drawing, so one picture per table is enough.
 */
import { strFromU8 } from 'fflate';
import { asContinuation } from './table-continuation.js';
import { isFlowchartTable } from './table-recogniser.js';
import type { GridTable } from './import-types.js';
import { pageTables } from './pdf-page.js';
import { classify } from './pdf-shapes.js';
import { readSvg } from './svg-primitives.js';
import { attr, descendants, parseXml, type XmlNode } from './xml-nodes.js';

export type DocxFiles = Record<string, Uint8Array>;

/** Relationship id -> part path (under word/), from word/_rels/document.xml.rels. */
export function relationships(files: DocxFiles): Map<string, string> {
    const rels = files['word/_rels/document.xml.rels'];
    if (!rels) return new Map();
    return new Map(descendants(parseXml(strFromU8(rels)), 'Relationship').map(r => [attr(r, 'Id') ?? '', `word/${(attr(r, 'Target') ?? '').replace(/^\/?word\//, '')}`]));
}

/**
 * The flowchart tables drawn in the table's SVG picture (with a header, or continuing `previous`
 * without one); empty when it has none. The page's other tables (its identity sheet) are the Word
 * file's own tables too, so they are left to those.
 */
export function pictureTables(tbl: XmlNode, files: DocxFiles, rels: Map<string, string>, page: number, previous?: GridTable): GridTable[] {
    const blip = descendants([tbl], 'asvg:svgBlip')[0];
    const part = blip ? rels.get(attr(blip, 'r:embed') ?? '') : undefined;
    const data = part ? files[part] : undefined;
    if (!data) return [];
    const svg = readSvg(strFromU8(data));
    const out: GridTable[] = [];
    for (const t of pageTables(classify(svg.paths), svg.texts, page)) {
        const last = out[out.length - 1] ?? previous;
        if (isFlowchartTable(t) || (last && asContinuation(t, last))) out.push(t);
    }
    return out;
}
