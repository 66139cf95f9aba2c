/**
 * `sop/exportForms`: "SOP: Export Monitoring/Evaluation Forms…" on a `.sop` file or a folder. The SOPs
 * (the editor's text where open) are validated and the form is written with the same export module as
 * `sop forms`: all or nothing, so an SOP with errors is reported back and no form is written.
 */
import { URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { CancellationToken } from 'vscode-languageserver';
import { heavyModules } from './heavy-modules.js';
import { buildForms, FORM_KINDS, formsOrder } from '../export/forms-model.js';
import { writeFileAtomic } from '../export/output-target.js';
import type { PaperSize } from '../model/sop-document.js';
import type { SopServices } from '../language/sop-module.js';
import { ExportFormsRequest, type ExportFormsParams, type ExportFormsResult } from '../protocol/sop-protocol.js';
import { loadSops, withErrors } from './workspace-sops.js';

const PAPERS: readonly string[] = ['A4', 'F4', 'Letter', 'Legal'];

export function registerExportFormsHandler(shared: LangiumSharedServices, sop: SopServices): void {
    const connection = shared.lsp.Connection;
    if (!connection) return;
    connection.onRequest(ExportFormsRequest, (params, token) => answerExportForms(shared, sop, params, token));
}

async function answerExportForms(shared: LangiumSharedServices, sop: SopServices, params: ExportFormsParams, token: CancellationToken): Promise<ExportFormsResult> {
    if (!params || typeof params.resource !== 'string' || typeof params.target !== 'string'
        || !['pdf', 'docx'].includes(params.format) || !(FORM_KINDS as readonly string[]).includes(params.kind)) {
        return { status: 'invalid', message: 'invalid forms request' };
    }
    try {
        await shared.workspace.WorkspaceManager.ready;
        const resource = URI.parse(params.resource);
        const documents = await loadSops(shared, resource, token);
        if (documents.length === 0) return { status: 'invalid', message: `no .sop files in ${resource.fsPath}` };
        const failing = withErrors(documents);
        if (failing.length > 0) return { status: 'errors', files: failing };
        const paper = PAPERS.includes(params.paper ?? '') ? params.paper as PaperSize : undefined;
        const form = buildForms(params.kind, formsOrder(documents.map(d => sop.model.ModelBuilder.build(d))), paper);
        const { writeFormsDocx, writeFormsPdf } = await heavyModules();
        const data = params.format === 'docx' ? await writeFormsDocx(form) : await writeFormsPdf(form);
        return { status: 'ok', file: writeFileAtomic(params.target, data), count: documents.length };
    } catch (e) {
        return { status: 'invalid', message: e instanceof Error ? e.message : String(e) };
    }
}
