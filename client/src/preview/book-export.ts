import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Commands } from '../commands.js';
import { ExportBookRequest, type BookFormatName } from '../../../server/src/protocol/sop-protocol.js';
import { pickFormat, pickTarget, showCollectionResult, workspaceFolder } from './collection-export.js';

/** Options that skip the pickers (tests, other commands). */
export interface ExportBookOptions {
    format?: BookFormatName;
    file?: vscode.Uri;
    title?: string;
}

/**
 * "SOP: Export Book…": on a folder in the explorer, or on the workspace folder from the palette. The
 * language server compiles every `.sop` under the folder into one book (as `sop book`) while a
 * progress notification shows; an SOP with errors stops it, and the Problems panel is a click away.
 * Resolves to the written file, if any.
 */
export function registerExportBookCommand(client: LanguageClient): vscode.Disposable {
    return vscode.commands.registerCommand(Commands.exportBook, async (resource?: vscode.Uri, options: ExportBookOptions = {}) => {
        const folder = resource instanceof vscode.Uri ? resource
            : await workspaceFolder(vscode.l10n.t('Open a folder of .sop files to export its book.'), vscode.l10n.t('Folder of the SOP book'));
        if (!folder) return undefined;
        const format = options.format ?? await pickFormat(vscode.l10n.t('Export the SOP book as'));
        if (!format) return undefined;
        const target = options.file ?? await pickTarget(vscode.Uri.joinPath(folder, `buku-sop.${format}`), format, vscode.l10n.t('Export the SOP book as'));
        if (!target) return undefined;
        const result = await vscode.window.withProgress(
            { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Compiling the SOP book from {0}…', path.basename(folder.fsPath)) },
            () => client.sendRequest(ExportBookRequest, { folder: folder.toString(), format, target: target.fsPath, ...(options.title ? { title: options.title } : {}) }),
        );
        return showCollectionResult(result, {
            notWritten: (count, names) => vscode.l10n.t('The book was not written: {0} SOP(s) have errors ({1}).', count, names),
            cannot: message => vscode.l10n.t('Cannot export the SOP book: {0}', message),
            written: (file, count) => vscode.l10n.t('SOP book written: {0} ({1} SOP).', file, count),
        });
    });
}
