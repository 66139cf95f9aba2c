import * as path from 'node:path';
import * as vscode from 'vscode';
import type { BookFormatName, CollectionExportResult } from '../../../server/src/protocol/sop-protocol.js';

/**
 * What the book and the forms exports share: the format and file pickers, and how the server's
 * answer is shown. Texts stay with the callers (literal `l10n.t` calls, which the bundle test reads).
 */
export const COLLECTION_FORMATS: Array<{ format: BookFormatName; label: () => string }> = [
    { format: 'pdf', label: () => vscode.l10n.t('PDF (print, sign)') },
    { format: 'docx', label: () => vscode.l10n.t('Word (.docx, editable tables)') },
];

export async function pickFormat(title: string): Promise<BookFormatName | undefined> {
    return (await vscode.window.showQuickPick(COLLECTION_FORMATS.map(f => ({ label: f.label(), format: f.format })), { title }))?.format;
}

export function pickTarget(defaultUri: vscode.Uri, format: BookFormatName, title: string): Thenable<vscode.Uri | undefined> {
    return vscode.window.showSaveDialog({ defaultUri, filters: { [COLLECTION_FORMATS.find(f => f.format === format)!.label()]: [format] }, title });
}

export interface CollectionTexts {
    /** `count` SOPs have errors (`names`): nothing was written. */
    notWritten(count: number, names: string): string;
    cannot(message: string): string;
    written(file: string, count: number): string;
}

/** Shows the outcome (errors with a way to the Problems panel, or the file with a way to open it); the written file, if any. */
export function showCollectionResult(result: CollectionExportResult, texts: CollectionTexts): vscode.Uri | undefined {
    if (result.status === 'errors') {
        const problems = vscode.l10n.t('Show Problems');
        const names = result.files.map(f => path.basename(vscode.Uri.parse(f.uri).fsPath)).join(', ');
        void vscode.window.showErrorMessage(texts.notWritten(result.files.length, names), problems)
            .then(answer => { if (answer === problems) void vscode.commands.executeCommand('workbench.actions.view.problems'); });
        return undefined;
    }
    if (result.status !== 'ok') {
        void vscode.window.showErrorMessage(texts.cannot(result.message));
        return undefined;
    }
    const written = vscode.Uri.file(result.file);
    const open = vscode.l10n.t('Open');
    void vscode.window.showInformationMessage(texts.written(path.basename(result.file), result.count), open)
        .then(answer => { if (answer === open) void vscode.env.openExternal(written); });
    return written;
}

/** The workspace folder: none (after `none` is shown), the only one, or the one picked. */
export async function workspaceFolder(none: string, placeHolder: string): Promise<vscode.Uri | undefined> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (folders.length === 0) {
        void vscode.window.showInformationMessage(none);
        return undefined;
    }
    if (folders.length === 1) return folders[0].uri;
    return (await vscode.window.showWorkspaceFolderPick({ placeHolder }))?.uri;
}
