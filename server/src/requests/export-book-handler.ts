/**
 * `sop/exportBook`: "SOP: Export Book…" on a folder. Every `.sop` file under the folder (the editor's
 * text where it is open) is validated, and the book is written with the same export module as
 * `sop book`: all or nothing, so an SOP with errors is reported back and no book is written.
 */
import { URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { CancellationToken } from 'vscode-languageserver';
import type { BookEntry } from '../export/book-export.js';
import { heavyModules } from './heavy-modules.js';
import { writeFileAtomic } from '../export/output-target.js';
import type { SopServices } from '../language/sop-module.js';
import { ExportBookRequest, type ExportBookParams, type ExportBookResult } from '../protocol/sop-protocol.js';
import { renderSop } from '../render/index.js';
import { loadSops, withErrors } from './workspace-sops.js';

const PAPERS = ['A4', 'F4', 'Letter', 'Legal'];

export function registerExportBookHandler(shared: LangiumSharedServices, sop: SopServices): void {
    const connection = shared.lsp.Connection;
    if (!connection) return;
    connection.onRequest(ExportBookRequest, (params, token) => answerExportBook(shared, sop, params, token));
}

async function answerExportBook(shared: LangiumSharedServices, sop: SopServices, params: ExportBookParams, token: CancellationToken): Promise<ExportBookResult> {
    if (!params || typeof params.folder !== 'string' || typeof params.target !== 'string' || !['pdf', 'docx'].includes(params.format)) {
        return { status: 'invalid', message: 'invalid book request' };
    }
    try {
        await shared.workspace.WorkspaceManager.ready;
        const documents = await loadSops(shared, URI.parse(params.folder), token);
        if (documents.length === 0) return { status: 'invalid', message: `no .sop files in ${URI.parse(params.folder).fsPath}` };
        const failing = withErrors(documents);
        if (failing.length > 0) return { status: 'errors', files: failing };
        const paper = PAPERS.includes(params.paper ?? '') ? params.paper : undefined;
        const entries: BookEntry[] = documents.map(d => {
            const doc = sop.model.ModelBuilder.build(d);
            return { doc, rendered: renderSop(doc, paper ? { paper } : {}) };
        });
        const options = typeof params.title === 'string' && params.title.trim() ? { title: params.title.trim() } : {};
        const { writeBookDocx, writeBookPdf } = await heavyModules();
        const data = params.format === 'docx' ? await writeBookDocx(entries, options) : await writeBookPdf(entries, options);
        return { status: 'ok', file: writeFileAtomic(params.target, data), count: entries.length };
    } catch (e) {
        return { status: 'invalid', message: e instanceof Error ? e.message : String(e) };
    }
}
