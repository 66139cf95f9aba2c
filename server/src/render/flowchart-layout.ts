/** The flowchart pages: measure the table, place rows, symbols and connectors on pages, route the arrows. */
import type { SopDocument } from '../model/sop-document.js';
import { measureFrame, measureTable, type TableFrame } from './flowchart-measure.js';
import { rowText } from './table-measure.js';
import { SPACING } from './layout-constants.js';
import { planPages, type PagePlan } from './page-plan.js';
import type { PageGeometry } from './paper.js';
import { routePage, type PageArrow } from './routing-requests.js';

export type { PageShape, PageJoin } from './page-plan.js';
export type { PageArrow } from './routing-requests.js';

export interface FlowchartPage extends PagePlan {
    arrows: PageArrow[];
}

/**
 * Dense first (rows as low as offices print them); when the arrows of some page would have to share
 * ports or crowd a channel, the whole table is laid out again with roomier rows.
 */
export function layoutFlowchart(doc: SopDocument, geometry: PageGeometry, frame = measureFrame(doc, geometry)): FlowchartPage[] {
    const bands = [SPACING.rowBand, ...SPACING.rowBandsRoomier];
    let pages: FlowchartPage[] = [];
    for (const [k, band] of bands.entries()) {
        const report = { strained: false };
        const last = k === bands.length - 1;
        pages = [];
        for (const plan of planPages(doc, geometry, measureTable(doc, geometry, band, frame))) {
            pages.push({ ...plan, arrows: routePage(plan, report) });
            // A strained page sends the whole table to the next band: routing the other pages of this one is wasted.
            if (report.strained && !last) break;
        }
        if (!report.strained) break;
    }
    return pages;
}

/**
 * Whether the table can come out as one page with no row continued on a next one, whatever band the
 * routing settles on (pagination does not depend on the routes). When it cannot, a caller asking "does
 * it fit under the identity sheet?" is spared routing every page of a long table (a third of drawing
 * a 200-step SOP with the caches cold).
 */
export function mayFitOnePage(doc: SopDocument, geometry: PageGeometry, frame: TableFrame = measureFrame(doc, geometry)): boolean {
    // A row is never lower in a roomier band, and a page holds rows no higher in all than its content:
    // when the densest rows already add up to more, no band fits them on one page.
    let least = 0;
    doc.steps.forEach((step, i) => { least += rowText(step, frame.columns, frame.shapeHeights[i], SPACING.rowBand).height; });
    if (least > geometry.content.height) return false;
    return [SPACING.rowBand, ...SPACING.rowBandsRoomier].some(band => {
        const plans = planPages(doc, geometry, measureTable(doc, geometry, band, frame));
        return plans.length === 1 && !plans[0].rows.some(r => r.text.continued);
    });
}
