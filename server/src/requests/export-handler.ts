/**
 * `sop/export`: the editor's export commands ask the server, which renders the document as it is in
 * the editor (unsaved text included) and writes it with the same export module as `sop export`.
 */
import { DocumentState, URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { CancellationToken } from 'vscode-languageserver';
import type { Sop } from '../language/generated/ast.js';
import type { SopServices } from '../language/sop-module.js';
import { ExportRequest, type ExportParams, type ExportResult } from '../protocol/sop-protocol.js';
import { renderSop } from '../render/index.js';
import { EXPORT_FORMATS } from '../export/export-formats.js';
import { heavyModules } from './heavy-modules.js';

export function registerExportHandler(shared: LangiumSharedServices, sop: SopServices): void {
    const connection = shared.lsp.Connection;
    if (!connection) return;
    connection.onRequest(ExportRequest, (params, token) => answerExport(shared, sop, params, token));
}

async function answerExport(shared: LangiumSharedServices, sop: SopServices, params: ExportParams, token: CancellationToken): Promise<ExportResult> {
    const invalid = (message: string): ExportResult => ({ status: 'invalid', uri: params.uri, message });
    if (!params || typeof params.uri !== 'string' || typeof params.target !== 'string' || !(EXPORT_FORMATS as readonly string[]).includes(params.format) || (params.format as string) === 'json') {
        return invalid('invalid export request');
    }
    try {
        await shared.workspace.WorkspaceManager.ready;
        const uri = URI.parse(params.uri);
        if (!shared.workspace.LangiumDocuments.hasDocument(uri)) return invalid(`${params.uri}: not open in the language server`);
        await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, uri, token);
        const document = shared.workspace.LangiumDocuments.getDocument(uri) as LangiumDocument<Sop>;
        // A file with errors is exported as the CLI does it: every page marked "DRAF — belum valid".
        const errorCount = (document.diagnostics ?? []).filter(d => d.severity === 1).length;
        const model = sop.model.ModelBuilder.build(document);
        const paper = ['A4', 'F4', 'Letter', 'Legal'].includes(params.paper ?? '') ? params.paper : undefined;
        const { exportSop, writeArtifact } = await heavyModules();
        const artifact = await exportSop(model, renderSop(model, { ...(paper ? { paper } : {}), errorCount }), params.format);
        const stem = uri.path.split('/').pop()!.replace(/\.sop$/i, '');
        const files = writeArtifact(artifact, stem, artifact.kind === 'pages' ? { folder: params.target } : { file: params.target });
        return { status: 'ok', uri: params.uri, files };
    } catch (e) {
        return invalid(e instanceof Error ? e.message : String(e));
    }
}
