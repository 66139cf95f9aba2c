import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import type { Connection } from 'vscode-languageserver';
import { createSopServices } from './language/sop-module.js';
import { localeFrom } from './language/sop-messages.js';
import { registerPreviewHandlers } from './preview/render-handler.js';
import { registerExportHandler } from './export/export-handler.js';
import { registerTimeSummaryHandler } from './language/lsp/sop-time-summary-handler.js';

/**
 * Creates the SOP services on a connection and starts serving. Shared by the VS Code server
 * entry (IPC) and `sop lsp` (stdio), so both behave the same.
 */
export function startSopServer(connection: Connection): void {
    const { shared, Sop } = createSopServices({ connection, ...NodeFileSystem });
    // Closed files are validated too, so the Problems panel lists the whole workspace at start-up.
    shared.workspace.WorkspaceManager.initialBuildOptions = { validation: true };
    shared.lsp.LanguageServer.onInitialize(params => {
        Sop.i18n.Messages.locale = localeFrom(params.locale);
    });
    registerTimeSummaryHandler(connection, shared, Sop);
    registerPreviewHandlers(shared, Sop);
    registerExportHandler(shared, Sop);
    startLanguageServer(shared);
}
