import { AstUtils, type LangiumDocument } from 'langium';
import type { Sop } from '../generated/ast.js';
import { analyseFlow, type FlowAnalysis } from '../../model/flow-analysis.js';
import type { SopDocument } from '../../model/sop-document.js';
import type { SopModelBuilder } from '../../model/sop-model-builder.js';

/**
 * Builds the SopDocument and its flow analysis once per validated AST, for the checks that
 * need resolved edges. Keyed by the root node, so a re-parse starts afresh.
 */
export class SopAnalysisCache {
    private readonly cache = new WeakMap<Sop, { model: SopDocument; flow?: FlowAnalysis }>();

    constructor(private readonly builder: SopModelBuilder) {}

    model(sop: Sop): SopDocument {
        let entry = this.cache.get(sop);
        if (!entry) {
            entry = { model: this.builder.build(AstUtils.getDocument(sop) as LangiumDocument<Sop>) };
            this.cache.set(sop, entry);
        }
        return entry.model;
    }

    flow(sop: Sop): FlowAnalysis {
        const model = this.model(sop);
        const entry = this.cache.get(sop)!;
        return entry.flow ??= analyseFlow(model);
    }
}
