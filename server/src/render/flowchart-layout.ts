/** The flowchart pages: measure the table, place rows, symbols and connectors on pages, route the arrows. */
import type { SopDocument } from '../model/sop-document.js';
import { measureTable } from './flowchart-measure.js';
import { planPages, type PagePlan } from './page-plan.js';
import type { PageGeometry } from './paper.js';
import { routePage, type PageArrow } from './routing-requests.js';

export type { PageShape, PageJoin } from './page-plan.js';
export type { PageArrow } from './routing-requests.js';

export interface FlowchartPage extends PagePlan {
    arrows: PageArrow[];
}

export function layoutFlowchart(doc: SopDocument, geometry: PageGeometry): FlowchartPage[] {
    const measured = measureTable(doc, geometry);
    return planPages(doc, geometry, measured).map(plan => ({ ...plan, arrows: routePage(plan) }));
}
