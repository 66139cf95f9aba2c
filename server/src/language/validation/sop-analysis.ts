import { AstUtils, type LangiumDocument } from 'langium';
import type { Sop } from '../generated/ast.js';
import { analyseFlow, type FlowAnalysis } from '../../model/flow-analysis.js';
import type { SopDocument } from '../../model/sop-document.js';
import type { SopModelBuilder } from '../sop-model-builder.js';

/**
 * The SopDocument (shared through the model builder's cache) and its flow analysis, computed
 * once per model, for the checks that need resolved edges.
 */
export class SopAnalysisCache {
    private readonly flows = new WeakMap<SopDocument, FlowAnalysis>();

    constructor(private readonly builder: SopModelBuilder) {}

    model(sop: Sop): SopDocument {
        return this.builder.build(AstUtils.getDocument(sop) as LangiumDocument<Sop>);
    }

    flow(sop: Sop): FlowAnalysis {
        const model = this.model(sop);
        let flow = this.flows.get(model);
        if (!flow) this.flows.set(model, flow = analyseFlow(model));
        return flow;
    }
}
