/** The JSON layout of a page (`sop render --format json`): what a checker or an exporter reads. */
import type { SopDocument } from '../model/sop-document.js';
import type { FlowchartPage } from './flowchart-layout.js';
import type { PageGeometry } from './paper.js';
import type { LaidOutPage, LaidOutTable } from './render-types.js';
import { headerHeight } from './table-measure.js';

function round(v: number): number {
    return Math.round(v * 100) / 100;
}

export function identityLayout(number: number, geometry: PageGeometry): LaidOutPage {
    return { number, kind: 'identity', width: round(geometry.width), height: round(geometry.height), rows: [], shapes: [], arrows: [], connectors: [], joins: [] };
}

export function flowchartLayout(page: FlowchartPage, number: number, geometry: PageGeometry, doc: SopDocument): LaidOutPage {
    return {
        number, kind: 'flowchart', width: round(geometry.width), height: round(geometry.height),
        rows: page.rows.map(r => r.text.step.number),
        shapes: page.shapes.map(s => ({
            step: s.step, actor: s.actor,
            ...(s.symbol ? { symbol: s.symbol, cell: s.symbol } : {}),
            ...(s.joinedTo ? { joinedTo: s.joinedTo } : {}),
            ...(s.connector ? { connector: s.connector.label } : {}),
            kind: s.shape.kind,
            x: round(s.shape.x), y: round(s.shape.y), width: round(s.shape.width), height: round(s.shape.height),
        })),
        arrows: page.arrows.map(a => ({
            from: a.from, to: a.to, ...(a.request.label ? { label: a.request.label } : {}),
            ...(a.request.label && a.label ? { labelAt: { x: round(a.label.x), y: round(a.label.y), anchor: a.label.anchor } } : {}),
            points: a.points.map(([x, y]) => [round(x), round(y)] as [number, number]),
        })),
        connectors: page.shapes.filter(s => s.connector).map(s => ({
            label: s.connector!.label, step: s.step, position: s.connector!.position, x: round(s.shape.x), y: round(s.shape.y),
        })),
        joins: page.joins.map(j => ({ step: j.step, from: j.from, to: j.to, x1: round(j.x1), x2: round(j.x2), y: round(j.y) })),
        table: tableLayout(page, doc),
    };
}

function tableLayout(page: FlowchartPage, doc: SopDocument): LaidOutTable {
    const c = page.columns;
    const bodyTop = page.tableTop + headerHeight(page.header);
    const columnRules = [c.no, c.activity, ...c.actors, c.requirements, c.duration, c.output, c.notes].map(col => round(col.x));
    columnRules.push(round(c.notes.x + c.notes.width));
    return {
        x: round(c.x), y: round(page.tableTop), width: round(c.notes.x + c.notes.width - c.x), height: round(page.tableBottom - page.tableTop),
        bodyTop: round(bodyTop), columnRules,
        rowRules: [...page.rows.map(r => round(r.y)), round(page.tableBottom)],
        actorColumns: c.actors.map((col, i) => ({ actor: doc.actors[i]?.id ?? '', x: round(col.x), width: round(col.width) })),
    };
}
