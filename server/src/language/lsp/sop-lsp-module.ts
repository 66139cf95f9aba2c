/**
 * The editor features of the SOP language, spread into `SopModule.lsp` (sop-module.ts), and the
 * shared-module services they replace (workspace symbols, fuzzy matching).
 */
import type { Module } from 'langium';
import type { LangiumSharedServices, PartialLangiumLSPServices, PartialLangiumSharedServices } from 'langium/lsp';
import type { SopServices } from '../sop-module.js';
import { SopCodeLensProvider } from './sop-code-lens.js';
import { SopCompletionProvider } from './sop-completion.js';
import { SopDefinitionProvider } from './sop-definition.js';
import { SopDocumentSymbolProvider } from './sop-document-symbols.js';
import { SopDocumentUpdateHandler } from './sop-document-update-handler.js';
import { SopFoldingRangeProvider } from './sop-folding.js';
import { SopFormatter } from './sop-formatter.js';
import { SopHoverProvider } from './sop-hover.js';
import { SopInlayHintProvider } from './sop-inlay-hints.js';
import { SopRenameProvider } from './sop-rename.js';
import { SopSemanticTokenProvider } from './sop-semantic-tokens.js';
import { SopFuzzyMatcher, SopWorkspaceSymbolProvider } from './sop-workspace-symbols.js';

type LspFactories = { [K in keyof NonNullable<PartialLangiumLSPServices['lsp']>]?: (services: SopServices) => NonNullable<PartialLangiumLSPServices['lsp']>[K] };

export const SopLspModule = {
    CompletionProvider: (services: SopServices) => new SopCompletionProvider(services),
    HoverProvider: (services: SopServices) => new SopHoverProvider(services),
    DefinitionProvider: (services: SopServices) => new SopDefinitionProvider(services),
    DocumentSymbolProvider: (services: SopServices) => new SopDocumentSymbolProvider(services),
    FoldingRangeProvider: (services: SopServices) => new SopFoldingRangeProvider(services),
    RenameProvider: (services: SopServices) => new SopRenameProvider(services),
    Formatter: () => new SopFormatter(),
    SemanticTokenProvider: (services: SopServices) => new SopSemanticTokenProvider(services),
    CodeLensProvider: (services: SopServices) => new SopCodeLensProvider(services),
    InlayHintProvider: () => new SopInlayHintProvider(),
} satisfies LspFactories;

export const SopLspSharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    lsp: {
        DocumentUpdateHandler: (services) => new SopDocumentUpdateHandler(services),
        WorkspaceSymbolProvider: (services) => new SopWorkspaceSymbolProvider(services),
        FuzzyMatcher: () => new SopFuzzyMatcher(),
    },
};
