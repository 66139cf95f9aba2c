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

/** Registers every area's checks with Langium's ValidationRegistry. */
export function registerValidationChecks(services: SopServices): void {
    const registry = services.validation.ValidationRegistry;
    for (const area of services.validation.SopValidator.areas) registry.register(area.checks(), area);
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

    constructor(services: SopServices) {
        const reporter = services.validation.Reporter;
        const analysis = new SopAnalysisCache(services.model.ModelBuilder);
        const shared = services.shared.workspace;
        this.areas = [
            new KeywordChecks(reporter),
            new StructureChecks(reporter),
            new IdentityChecks(reporter, shared.LangiumDocuments, shared.DocumentBuilder),
            new ActorChecks(reporter),
            new FlowChecks(reporter, analysis),
            new QualityChecks(reporter, analysis),
            new StyleChecks(reporter),
        ];
    }
}
