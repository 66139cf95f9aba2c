import { inject, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule,
    type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices, type PartialLangiumServices,
    type PartialLangiumSharedServices
} from 'langium/lsp';
import { SopGeneratedSharedModule, SopLanguageGeneratedModule } from './generated/module.js';
import { SopScopeComputation, SopScopeProvider } from './sop-scope.js';
import { registerValidationChecks, SopValidator } from './sop-validator.js';
import { SopLexer } from './sop-lexer.js';
import { SopValueConverter } from './sop-value-converter.js';
import { createSopCompletionParser, createSopParser } from './sop-parser.js';
import { SopModelBuilder } from './sop-model-builder.js';
import { SopMessages } from './sop-messages.js';
import { ActorMessages } from './validation/actor-messages.js';
import { FlowMessages } from './validation/flow-messages.js';
import { IdentityMessages } from './validation/identity-messages.js';
import { KeywordMessages } from './validation/keyword-messages.js';
import { ParserMessages } from './validation/sop-parser-messages.js';
import { QualityMessages } from './validation/quality-messages.js';
import { ReferenceMessages } from './validation/reference-messages.js';
import { StructureMessages } from './validation/structure-messages.js';
import { StyleMessages } from './validation/style-messages.js';
import { LspTexts } from './lsp/sop-lsp-messages.js';
import { HintCapMessages } from './lsp/sop-hint-cap.js';
import type { IssueCode } from '../protocol/sop-issue-codes.js';
import { SopLspModule, SopLspSharedModule } from './lsp/sop-lsp-module.js';
import { SopCodeActionProvider } from './lsp/sop-code-actions.js';
import { SopSeverityPolicy } from '../config/severity-policy.js';
import { SopReporter } from './validation/sop-reporter.js';
import { NumberIndex } from './validation/number-index.js';
import { SopDocumentValidator } from './validation/sop-document-validator.js';
import { SopValidationRegistry } from './validation/sop-validation-registry.js';
import { SopDocumentBuilder } from './sop-document-builder.js';
import { SopWorkspaceManager } from './sop-workspace-manager.js';
import { SopDocumentFactory } from './sop-document-factory.js';
import { SopLinker, SopReferenceDescriptionProvider, SopReferences } from './sop-linker.js';
import { SopLexerErrorMessageProvider, SopParserErrorMessageProvider } from './validation/sop-parser-messages.js';

/**
 * Every text of the language, assembled from the areas' catalogues (each beside its checks). The
 * keys' union types `SopMessages.format`, so a typo in a message or fix-title key does not compile,
 * and `satisfies` makes a code of IssueCodes without a text a compile error here.
 */
const SopCatalogue = {
    ...ParserMessages, ...KeywordMessages, ...StructureMessages, ...ReferenceMessages, ...IdentityMessages,
    ...ActorMessages, ...FlowMessages, ...QualityMessages, ...StyleMessages, ...LspTexts, ...HintCapMessages,
} as const satisfies Record<IssueCode, unknown>;

export type SopMessageKey = keyof typeof SopCatalogue;

/** The assembled catalogue, for tests that check every text exists in both languages. */
export function sopCatalogue(): typeof SopCatalogue {
    return SopCatalogue;
}

/** Services added by the SOP language on top of Langium's. */
export type SopAddedServices = {
    validation: {
        SopValidator: SopValidator;
        /** Decides each rule's severity (defaults, sop.config.json, `sop.validation.*` settings). */
        SeverityPolicy: SopSeverityPolicy;
        Reporter: SopReporter;
        /** nomor → the workspace's SOPs that use it (the duplicate-number check). */
        NumberIndex: NumberIndex;
    };
    i18n: {
        Messages: SopMessages;
    };
    model: {
        ModelBuilder: SopModelBuilder;
    };
};

export type SopServices = LangiumServices & SopAddedServices;

export const SopModule: Module<SopServices, PartialLangiumServices & SopAddedServices> = {
    references: {
        ScopeComputation: (services) => new SopScopeComputation(services),
        ScopeProvider: (services) => new SopScopeProvider(services),
        Linker: (services) => new SopLinker(services),
        References: (services) => new SopReferences(services),
    },
    workspace: {
        ReferenceDescriptionProvider: (services) => new SopReferenceDescriptionProvider(services),
    },
    validation: {
        SopValidator: (services) => new SopValidator(services),
        DocumentValidator: (services) => new SopDocumentValidator(services),
        ValidationRegistry: (services) => new SopValidationRegistry(services),
        SeverityPolicy: (services) => new SopSeverityPolicy({
            fileSystem: services.shared.workspace.FileSystemProvider,
            configuration: services.shared.workspace.ConfigurationProvider,
            builder: services.shared.workspace.DocumentBuilder,
            documents: services.shared.workspace.LangiumDocuments,
            lock: services.shared.workspace.WorkspaceLock,
        }),
        Reporter: (services) => new SopReporter(services.i18n.Messages, services.validation.SeverityPolicy),
        NumberIndex: (services) => new NumberIndex(services.shared.workspace.LangiumDocuments, services.shared.workspace.DocumentBuilder),
    },
    parser: {
        Lexer: (services) => new SopLexer(services),
        ValueConverter: () => new SopValueConverter(),
        LangiumParser: (services) => createSopParser(services),
        CompletionParser: (services) => createSopCompletionParser(services),
        ParserErrorMessageProvider: (services) => new SopParserErrorMessageProvider(services.i18n.Messages),
        LexerErrorMessageProvider: (services) => new SopLexerErrorMessageProvider(services.i18n.Messages),
    },
    model: {
        ModelBuilder: (services) => {
            const builder = new SopModelBuilder(services.shared.workspace.DocumentBuilder);
            builder.keepSteps = uri => services.shared.workspace.TextDocuments?.get(uri) !== undefined;
            return builder;
        },
    },
    i18n: {
        Messages: () => new SopMessages(SopCatalogue),
    },
    lsp: {
        ...SopLspModule,
        CodeActionProvider: (services) => new SopCodeActionProvider(services),
    },
};

/**
 * The workspace services: open files built first, the rest in batches (sop-document-builder.ts); an
 * edit inside one step of an open file re-parses that step only (sop-document-factory.ts).
 */
export const SopSharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    workspace: {
        DocumentBuilder: (services) => new SopDocumentBuilder(services),
        WorkspaceManager: (services) => new SopWorkspaceManager(services),
        LangiumDocumentFactory: (services) => new SopDocumentFactory(services),
    },
};

/**
 * Creates the shared services and the SOP language services. `overrides` lets tests and
 * benchmarks swap a service (for instance the scope provider) without touching this file.
 */
export function createSopServices(
    context: DefaultSharedModuleContext,
    overrides?: Module<SopServices, Partial<SopServices>>
): { shared: LangiumSharedServices; Sop: SopServices } {
    const shared = inject(createDefaultSharedModule(context), SopGeneratedSharedModule, SopSharedModule, SopLspSharedModule);
    const Sop = inject(createDefaultModule({ shared }), SopLanguageGeneratedModule, SopModule, overrides ?? {});
    shared.ServiceRegistry.register(Sop);
    registerValidationChecks(Sop);
    if (!context.connection) {
        // Without a language client no configuration arrives, so mark it ready ourselves.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Sop };
}
