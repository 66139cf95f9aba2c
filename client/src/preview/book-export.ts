import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Commands } from '../commands.js';
import { ExportBookRequest, type BookFormatName } from '../../../server/src/protocol/sop-protocol.js';

/** Options that skip the pickers (tests, other commands). */
export interface ExportBookOptions {
    format?: BookFormatName;
    file?: vscode.Uri;
    title?: string;
}

const BOOK_FORMATS: Array<{ format: BookFormatName; label: () => string }> = [
    { format: 'pdf', label: () => vscode.l10n.t('PDF (print, sign)') },
    { format: 'docx', label: () => vscode.l10n.t('Word (.docx, editable tables)') },
];

/**
 * "SOP: Export Book…": on a folder in the explorer, or on the workspace folder from the palette. The
 * language server compiles every `.sop` under the folder into one book (as `sop book`) while a
 * progress notification shows; an SOP with errors stops it, and the Problems panel is a click away.
 * Resolves to the written file, if any.
 */
export function registerExportBookCommand(client: LanguageClient): vscode.Disposable {
    return vscode.commands.registerCommand(Commands.exportBook, async (resource?: vscode.Uri, options: ExportBookOptions = {}) => {
        const folder = resource instanceof vscode.Uri ? resource : await pickWorkspaceFolder();
        if (!folder) return undefined;
        const format = options.format ?? (await vscode.window.showQuickPick(BOOK_FORMATS.map(f => ({ label: f.label(), format: f.format })), { title: vscode.l10n.t('Export the SOP book as') }))?.format;
        if (!format) return undefined;
        const target = options.file ?? await vscode.window.showSaveDialog({
            defaultUri: vscode.Uri.joinPath(folder, `buku-sop.${format}`),
            filters: { [BOOK_FORMATS.find(f => f.format === format)!.label()]: [format] },
            title: vscode.l10n.t('Export the SOP book as'),
        });
        if (!target) return undefined;
        const result = await vscode.window.withProgress(
            { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Compiling the SOP book from {0}…', path.basename(folder.fsPath)) },
            () => client.sendRequest(ExportBookRequest, { folder: folder.toString(), format, target: target.fsPath, ...(options.title ? { title: options.title } : {}) }),
        );
        if (result.status === 'errors') {
            const problems = vscode.l10n.t('Show Problems');
            const names = result.files.map(f => path.basename(vscode.Uri.parse(f.uri).fsPath)).join(', ');
            void vscode.window.showErrorMessage(vscode.l10n.t('The book was not written: {0} SOP(s) have errors ({1}).', result.files.length, names), problems)
                .then(answer => { if (answer === problems) void vscode.commands.executeCommand('workbench.actions.view.problems'); });
            return undefined;
        }
        if (result.status !== 'ok') {
            void vscode.window.showErrorMessage(vscode.l10n.t('Cannot export the SOP book: {0}', result.message));
            return undefined;
        }
        const written = vscode.Uri.file(result.file);
        const open = vscode.l10n.t('Open');
        void vscode.window.showInformationMessage(vscode.l10n.t('SOP book written: {0} ({1} SOP).', path.basename(result.file), result.count), open)
            .then(answer => { if (answer === open) void vscode.env.openExternal(written); });
        return written;
    });
}

async function pickWorkspaceFolder(): Promise<vscode.Uri | undefined> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (folders.length === 0) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a folder of .sop files to export its book.'));
        return undefined;
    }
    if (folders.length === 1) return folders[0].uri;
    return (await vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Folder of the SOP book') }))?.uri;
}
