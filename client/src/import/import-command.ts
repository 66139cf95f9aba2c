/**
 * "SOP: Import from PDF/Word…": picks a PDF or Word file (or takes the one right-clicked in the
 * explorer), asks the language server to import it (`sop/import`, the module `sop import` uses),
 * writes the `.sop` next to it (or where the user says, when that name is taken), opens it beside
 * its preview and says how many places the import marked `// IMPORT:` for a person to look at.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Commands } from '../commands.js';
import { ImportRequest, type ImportResult } from '../../../server/src/protocol/import-protocol.js';

/** Options for tests and other commands: a target skips the questions; `overwrite` replaces it. */
export interface ImportOptions {
    target?: vscode.Uri;
    overwrite?: boolean;
}

export function registerImportCommand(client: LanguageClient): vscode.Disposable {
    return vscode.commands.registerCommand(Commands.importDocument, async (resource?: vscode.Uri, options: ImportOptions = {}) => {
        const source = resource instanceof vscode.Uri ? resource : await pickSource();
        if (!source) return undefined;
        const name = path.basename(source.fsPath);
        const send = (target: vscode.Uri, overwrite: boolean) => vscode.window.withProgress(
            { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Importing {0}…', name) },
            () => client.sendRequest(ImportRequest, { source: source.fsPath, target: target.fsPath, overwrite }),
        );
        let result: ImportResult = await send(options.target ?? besideSource(source), options.overwrite ?? false);
        if (result.status === 'exists') {
            const target = await askTarget(vscode.Uri.file(result.file));
            if (!target) return undefined;
            result = await send(target, true);
        }
        if (result.status !== 'ok') {
            void vscode.window.showErrorMessage(vscode.l10n.t('Cannot import {0}: {1}', name, result.status === 'failed' ? result.message : result.file));
            return undefined;
        }
        await openBesidePreview(vscode.Uri.file(result.file), result.guessLines[0]);
        report(name, result);
        return vscode.Uri.file(result.file);
    });
}

async function pickSource(): Promise<vscode.Uri | undefined> {
    const picked = await vscode.window.showOpenDialog({
        canSelectFiles: true, canSelectFolders: false, canSelectMany: false,
        filters: { [vscode.l10n.t('Signed SOP (PDF, Word)')]: ['pdf', 'docx'] },
        openLabel: vscode.l10n.t('Import'),
        title: vscode.l10n.t('Import an SOP from PDF or Word'),
    });
    return picked?.[0];
}

function besideSource(source: vscode.Uri): vscode.Uri {
    return vscode.Uri.file(source.fsPath.replace(/\.(pdf|docx)$/i, '') + '.sop');
}

async function askTarget(taken: vscode.Uri): Promise<vscode.Uri | undefined> {
    return vscode.window.showSaveDialog({
        defaultUri: taken,
        filters: { SOP: ['sop'] },
        title: vscode.l10n.t('{0} exists: save the imported SOP as', path.basename(taken.fsPath)),
    });
}

/** Opens the file with the cursor on the first guess, and its preview beside it. */
async function openBesidePreview(file: vscode.Uri, firstGuess: number | undefined): Promise<void> {
    const editor = await vscode.window.showTextDocument(file, { preview: false });
    if (firstGuess !== undefined) {
        const at = new vscode.Position(firstGuess, 0);
        editor.selection = new vscode.Selection(at, at);
        editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenter);
    }
    await vscode.commands.executeCommand(Commands.previewOpenToSide, file);
}

function report(name: string, result: Extract<ImportResult, { status: 'ok' }>): void {
    const { rows, symbols, arrows, guesses } = result.counts;
    const counts = vscode.l10n.t('Imported {0}: {1} rows, {2} symbols, {3} arrows.', name, rows, symbols, arrows);
    if (guesses === 0) void vscode.window.showInformationMessage(counts);
    else void vscode.window.showWarningMessage(`${counts} ${vscode.l10n.t('{0} places marked "// IMPORT:" need a look (the cursor is on the first).', guesses)}`);
}
