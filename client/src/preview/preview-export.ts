import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Commands } from '../commands.js';
import type { PaperSize } from '../../../server/src/model/sop-document.js';
import { RenderRequest, type RenderSuccess } from '../../../server/src/protocol/sop-protocol.js';

/** Options of `sop.export.svg` beyond the file: the preview's paper, and a folder (skips the dialog). */
export interface ExportSvgOptions {
    paper?: PaperSize;
    folder?: vscode.Uri;
}

/**
 * `sop.export.svg [uri] [options]`: renders the SOP in the server and writes one SVG per page into a
 * folder the user picks. Each file is written under a temporary name, then renamed, so a reader never
 * sees half a file. Resolves to the written files (for tests and other commands).
 */
export function registerExportCommand(client: LanguageClient, activeUri: () => vscode.Uri | undefined): vscode.Disposable {
    return vscode.commands.registerCommand(Commands.exportSvg, async (resource?: vscode.Uri, options: ExportSvgOptions = {}) => {
        const uri = resource instanceof vscode.Uri ? resource : activeUri();
        if (!uri) {
            void vscode.window.showInformationMessage(vscode.l10n.t('Open a .sop file to export it.'));
            return [];
        }
        const result = await client.sendRequest(RenderRequest, { uri: uri.toString(), ...(options.paper ? { paper: options.paper } : {}) });
        if (result.status === 'invalid') {
            void vscode.window.showErrorMessage(vscode.l10n.t('Cannot export {0}: {1}', baseName(uri), result.firstError.message));
            return [];
        }
        const folder = options.folder ?? await pickFolder(uri);
        if (!folder) return [];
        const written = await writePages(result, folder, baseName(uri).replace(/\.sop$/i, ''));
        void vscode.window.showInformationMessage(vscode.l10n.t('Exported {0} SVG page(s) to {1}.', written.length, folder.fsPath));
        return written;
    });
}

async function pickFolder(uri: vscode.Uri): Promise<vscode.Uri | undefined> {
    const picked = await vscode.window.showOpenDialog({
        canSelectFiles: false, canSelectFolders: true, canSelectMany: false,
        defaultUri: vscode.Uri.joinPath(uri, '..'),
        openLabel: vscode.l10n.t('Export here'),
        title: vscode.l10n.t('Folder for the SVG pages'),
    });
    return picked?.[0];
}

async function writePages(result: RenderSuccess, folder: vscode.Uri, base: string): Promise<vscode.Uri[]> {
    const written: vscode.Uri[] = [];
    for (const page of result.pages) {
        const name = result.pages.length === 1 ? `${base}.svg` : `${base}-${page.number}.svg`;
        const target = vscode.Uri.joinPath(folder, name);
        const temporary = vscode.Uri.joinPath(folder, `.${name}.${process.pid}.tmp`);
        await vscode.workspace.fs.writeFile(temporary, new TextEncoder().encode(page.svg));
        await vscode.workspace.fs.rename(temporary, target, { overwrite: true });
        written.push(target);
    }
    return written;
}

function baseName(uri: vscode.Uri): string {
    return uri.path.split('/').pop() ?? 'sop';
}
