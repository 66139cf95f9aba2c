import type { ValidationChecks } from 'langium';
import type { SopAstType } from './generated/ast.js';
import type { SopServices } from './sop-module.js';
import { ActorChecks } from './validation/actor-checks.js';
import { FlowChecks } from './validation/flow-checks.js';
import { KeywordChecks } from './validation/keyword-checks.js';
import { IdentityChecks } from './validation/identity-checks.js';
import { QualityChecks } from './validation/quality-checks.js';
import { SopAnalysisCache } from './validation/sop-analysis.js';
import { StructureChecks } from './validation/structure-checks.js';
import { StyleChecks } from './validation/style-checks.js';
import { StepCheckCache } from './validation/step-check-cache.js';

/**
 * Checks that read only the text of the node they are registered on (and the document's
 * configuration and locale): their results are cached per node text (StepCheckCache). A check
 * that reads other nodes (other steps' names, the actor list, the flow) must not be listed here.
 */
export const NODE_LOCAL_CHECKS: ReadonlySet<string> = new Set([
    'stepLengths', 'mutuBakuPresent', 'outputNoun', 'unit', 'freeText', 'duplicateClauses', 'activityCompound',
]);

/** Registers every area's checks with Langium's ValidationRegistry. */
export function registerValidationChecks(services: SopServices): void {
    const registry = services.validation.ValidationRegistry;
    const { areas, stepChecks } = services.validation.SopValidator;
    for (const area of areas) registry.register(stepChecks.wrapAll(area.checks(), NODE_LOCAL_CHECKS), area);
}

interface CheckArea {
    checks(): ValidationChecks<SopAstType>;
}

/**
 * The registry of validation areas (one file each under `validation/`): structure, identity,
 * actors, flow, mutu baku and writing style. Each area is a set of small guarded `check*`
 * methods reporting through the shared SopReporter with stable codes from IssueCodes.
 */
export class SopValidator {
    readonly areas: readonly CheckArea[];
    /** Results of the node-local checks of open files, reused for the steps an edit did not touch. */
    readonly stepChecks: StepCheckCache;

    constructor(services: SopServices) {
        const reporter = services.validation.Reporter;
        const analysis = new SopAnalysisCache(services.model.ModelBuilder);
        const shared = services.shared.workspace;
        this.stepChecks = new StepCheckCache(uri => shared.TextDocuments?.get(uri) !== undefined);
        this.areas = [
            new KeywordChecks(reporter),
            new StructureChecks(reporter),
            new IdentityChecks(reporter, services.validation.NumberIndex),
            new ActorChecks(reporter),
            new FlowChecks(reporter, analysis),
            new QualityChecks(reporter, analysis),
            new StyleChecks(reporter),
        ];
    }
}
