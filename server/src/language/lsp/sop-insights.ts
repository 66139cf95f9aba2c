/**
 * Insights on a SOP, computed from the plain model: the summary shown by the code lens at the top
 * of the file and answered to `sop/timeSummary`.
 */
import type { LangiumDocument } from 'langium';
import type { Sop } from '../generated/ast.js';
import type { SopModelBuilder } from '../sop-model-builder.js';
import { formatTotal, timeSummary } from '../../model/time-summary.js';
import type { TimeSummarySuccess } from '../../protocol/sop-protocol.js';
import type { Locale } from '../sop-messages.js';

/** Counts, main-path time and per-actor totals of one document, worded in `locale`. */
export function summarise(builder: SopModelBuilder, document: LangiumDocument<Sop>, locale: Locale): TimeSummarySuccess {
    const sop = builder.build(document);
    const summary = timeSummary(sop);
    return {
        status: 'ok',
        uri: sop.uri,
        title: sop.title || sop.id,
        steps: sop.steps.length,
        actors: sop.actors.length,
        decisions: sop.steps.filter(s => s.kind === 'decision').length,
        summary,
        display: {
            mainPath: formatTotal(summary.total, locale),
            perActor: summary.perActor.map(a => ({
                actor: a.actor, label: a.label, mainPath: formatTotal(a.mainPath, locale), allSteps: formatTotal(a.allSteps, locale),
            })),
        },
    };
}
