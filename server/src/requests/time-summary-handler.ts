/** Answers `sop/timeSummary`: main-path time and per-actor totals for the "Show Time Summary" command. */
import { DocumentState, URI, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import type { CancellationToken, Connection } from 'vscode-languageserver';
import { isSop, type Sop } from '../language/generated/ast.js';
import { TimeSummaryRequest, type TimeSummaryParams, type TimeSummaryResult } from '../protocol/sop-protocol.js';
import type { SopServices } from '../language/sop-module.js';
import { summarise } from '../language/lsp/sop-insights.js';

export function registerTimeSummaryHandler(connection: Connection, shared: LangiumSharedCoreServices, Sop: SopServices): void {
    connection.onRequest(TimeSummaryRequest, (params, token) => answerTimeSummary(shared, Sop, params, token));
}

export async function answerTimeSummary(
    shared: LangiumSharedCoreServices, Sop: SopServices, params: TimeSummaryParams, token?: CancellationToken,
): Promise<TimeSummaryResult> {
    const uri = URI.parse(params.uri);
    if (!shared.workspace.LangiumDocuments.hasDocument(uri)) return { status: 'invalid', uri: params.uri };
    await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Linked, uri, token);
    const document = shared.workspace.LangiumDocuments.getDocument(uri);
    const root = document?.parseResult.value;
    if (!document || !isSop(root) || document.parseResult.parserErrors.length > 0 || document.parseResult.lexerErrors.length > 0) {
        return { status: 'invalid', uri: params.uri };
    }
    return summarise(Sop.model.ModelBuilder, document as LangiumDocument<Sop>, Sop.i18n.Messages.locale);
}
