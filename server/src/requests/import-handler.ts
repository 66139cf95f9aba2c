/**
 * `sop/import`: the editor's import command asks the server, which reads the PDF or Word file with
 * the same import module as `sop import` and writes the `.sop` atomically, in the editor's language.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Connection } from 'vscode-languageserver';
import { writeFileAtomic } from '../export/output-target.js';
import { heavyModules } from './heavy-modules.js';
import { GUESS_MARK } from '../import/import-messages.js';
import type { SopServices } from '../language/sop-module.js';
import { ImportRequest, type ImportParams, type ImportResult } from '../protocol/import-protocol.js';

export function registerImportHandler(connection: Connection, sop: SopServices): void {
    connection.onRequest(ImportRequest, params => answerImport(params, sop));
}

async function answerImport(params: ImportParams, sop: SopServices): Promise<ImportResult> {
    if (!params || typeof params.source !== 'string' || typeof params.target !== 'string' || !/\.sop$/i.test(params.target)) {
        return { status: 'failed', message: 'invalid import request' };
    }
    try {
        if (existsSync(params.target) && !params.overwrite) return { status: 'exists', file: params.target };
        const { importDocument } = await heavyModules();
        const result = await importDocument(readFileSync(params.source), sop.i18n.Messages.locale);
        const file = writeFileAtomic(params.target, result.text);
        const guessLines = result.text.split('\n').flatMap((line, i) => line.trim().startsWith(`// ${GUESS_MARK}`) ? [i] : []);
        return { status: 'ok', file, counts: result.summary, format: result.format, guessLines };
    } catch (e) {
        return { status: 'failed', message: e instanceof Error ? e.message : String(e) };
    }
}
