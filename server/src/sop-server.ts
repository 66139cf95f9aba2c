import { URI } from 'langium';
import { startLanguageServer, type LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import { SopNodeFileSystem } from './language/sop-file-system.js';
import { createSopServices } from './language/sop-module.js';
import { localeFrom } from './language/sop-messages.js';
import { registerPreviewHandlers } from './requests/render-handler.js';
import { registerExportHandler } from './requests/export-handler.js';
import { registerExportBookHandler } from './requests/export-book-handler.js';
import { registerExportFormsHandler } from './requests/export-forms-handler.js';
import { guardConnection } from './language/lsp/sop-connection-guard.js';
import { SopDocumentUpdateHandler } from './language/lsp/sop-document-update-handler.js';
import { registerTimeSummaryHandler } from './requests/time-summary-handler.js';
import { registerImportHandler } from './requests/import-handler.js';
import { capPublishedHints } from './language/lsp/sop-hint-cap.js';

/**
 * Creates the SOP services on a connection and starts serving. Shared by the VS Code server
 * entry (IPC) and `sop lsp` (stdio), so both behave the same.
 */
export function startSopServer(unguarded: Connection): void {
    // The guard is created before the services it asks, so it reads them through this variable.
    let services: { shared: LangiumSharedServices } | undefined;
    const connection = guardConnection(unguarded, {
        workspaceReady: async () => { await services?.shared.workspace.WorkspaceManager.ready; },
        isKnownDocument: uri => !!services && (services.shared.workspace.TextDocuments.get(uri) !== undefined
            || services.shared.workspace.LangiumDocuments.hasDocument(URI.parse(uri))),
        beforeRequest: async uri => {
            const handler = services?.shared.lsp.DocumentUpdateHandler;
            if (handler instanceof SopDocumentUpdateHandler) await handler.flush(uri);
        },
    });
    services = createSopServices({ connection, ...SopNodeFileSystem });
    const { shared, Sop } = services as ReturnType<typeof createSopServices>;
    // Closed files are validated too, so the Problems panel lists the whole workspace at start-up.
    shared.workspace.WorkspaceManager.initialBuildOptions = { validation: true };
    shared.lsp.LanguageServer.onInitialize(params => {
        Sop.i18n.Messages.locale = localeFrom(params.locale);
    });
    const isOpen = (uri: string) => shared.workspace.TextDocuments?.get(uri) !== undefined;
    capPublishedHints(connection, Sop.i18n.Messages, isOpen);
    Sop.validation.Reporter.skipHints = uri => !isOpen(uri);
    Sop.model.ModelBuilder.retain = isOpen;
    registerTimeSummaryHandler(connection, shared, Sop);
    registerPreviewHandlers(shared, Sop);
    registerExportHandler(shared, Sop);
    registerImportHandler(connection, Sop);
    registerExportBookHandler(shared, Sop);
    registerExportFormsHandler(shared, Sop);
    startLanguageServer(shared);
}
