import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Commands } from '../commands.js';
import type { PaperSize } from '../../../server/src/protocol/webview-protocol.js';
import { ExportRequest, type ExportFormatName } from '../../../server/src/protocol/sop-protocol.js';

/** Options of the export commands beyond the file: the preview's paper, and a target (skips the dialog). */
export interface ExportOptions {
    paper?: PaperSize;
    /** Folder for SVG/PNG pages. */
    folder?: vscode.Uri;
    /** File for one-file formats. */
    file?: vscode.Uri;
}

interface FormatChoice {
    format: ExportFormatName;
    extension: string;
    paged: boolean;
    label: () => string;
}

const FORMATS: FormatChoice[] = [
    { format: 'pdf', extension: 'pdf', paged: false, label: () => vscode.l10n.t('PDF (print, sign)') },
    { format: 'docx', extension: 'docx', paged: false, label: () => vscode.l10n.t('Word (.docx, editable tables)') },
    { format: 'html', extension: 'html', paged: false, label: () => vscode.l10n.t('HTML (one file, prints from a browser)') },
    { format: 'svg', extension: 'svg', paged: true, label: () => vscode.l10n.t('SVG (one file per page)') },
    { format: 'png', extension: 'png', paged: true, label: () => vscode.l10n.t('PNG (one image per page)') },
    { format: 'mermaid', extension: 'mmd', paged: false, label: () => vscode.l10n.t('Mermaid (flowchart text for Markdown)') },
];

/**
 * The export commands: "Export…" (quick pick of the format, then a save dialog), one command per
 * common format, and "Print" (HTML opened in the system browser). The language server renders the
 * document as it is in the editor and writes the files atomically (its export module, shared with
 * `sop export`). Each command resolves to the written files (for tests and other commands).
 */
export function registerExportCommand(client: LanguageClient, activeUri: () => vscode.Uri | undefined): vscode.Disposable {
    const run = (format: ExportFormatName | undefined) => async (resource?: vscode.Uri, options: ExportOptions = {}) => {
        const uri = resource instanceof vscode.Uri ? resource : activeUri();
        if (!uri) {
            void vscode.window.showInformationMessage(vscode.l10n.t('Open a .sop file to export it.'));
            return [];
        }
        const choice = format ? FORMATS.find(f => f.format === format)! : await pickFormat();
        if (!choice) return [];
        const target = choice.paged ? options.folder ?? await pickFolder(uri) : options.file ?? await pickFile(uri, choice);
        if (!target) return [];
        return exportTo(client, uri, choice, target, options.paper, true);
    };
    return vscode.Disposable.from(
        vscode.commands.registerCommand(Commands.export, run(undefined)),
        vscode.commands.registerCommand(Commands.exportPdf, run('pdf')),
        vscode.commands.registerCommand(Commands.exportDocx, run('docx')),
        vscode.commands.registerCommand(Commands.exportHtml, run('html')),
        vscode.commands.registerCommand(Commands.exportSvg, run('svg')),
        vscode.commands.registerCommand(Commands.print, async (resource?: vscode.Uri, options: ExportOptions = {}) => {
            const uri = resource instanceof vscode.Uri ? resource : activeUri();
            if (!uri) return [];
            const file = vscode.Uri.file(path.join(os.tmpdir(), `${stem(uri)}.html`));
            const written = await exportTo(client, uri, FORMATS.find(f => f.format === 'html')!, file, options.paper, false);
            if (written.length) await vscode.env.openExternal(written[0]);
            return written;
        }),
    );
}

async function exportTo(client: LanguageClient, uri: vscode.Uri, choice: FormatChoice, target: vscode.Uri, paper: PaperSize | undefined, announce: boolean): Promise<vscode.Uri[]> {
    const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting {0}…', baseName(uri)) },
        () => client.sendRequest(ExportRequest, { uri: uri.toString(), format: choice.format, target: target.fsPath, ...(paper ? { paper } : {}) }),
    );
    if (result.status !== 'ok') {
        void vscode.window.showErrorMessage(vscode.l10n.t('Cannot export {0}: {1}', baseName(uri), result.message));
        return [];
    }
    const written = result.files.map(f => vscode.Uri.file(f));
    if (announce) {
        const open = vscode.l10n.t('Open');
        void vscode.window.showInformationMessage(vscode.l10n.t('Exported {0} file(s) to {1}.', written.length, path.dirname(written[0]?.fsPath ?? target.fsPath)), open)
            .then(answer => { if (answer === open && written[0]) void vscode.env.openExternal(written[0]); });
    }
    return written;
}

async function pickFormat(): Promise<FormatChoice | undefined> {
    const items = FORMATS.map(f => ({ label: f.label(), choice: f }));
    const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Export SOP as'), placeHolder: vscode.l10n.t('Choose a format') });
    return picked?.choice;
}

async function pickFile(uri: vscode.Uri, choice: FormatChoice): Promise<vscode.Uri | undefined> {
    return vscode.window.showSaveDialog({
        defaultUri: vscode.Uri.joinPath(uri, '..', `${stem(uri)}.${choice.extension}`),
        filters: { [choice.label()]: [choice.extension] },
        title: vscode.l10n.t('Export SOP as'),
    });
}

async function pickFolder(uri: vscode.Uri): Promise<vscode.Uri | undefined> {
    const picked = await vscode.window.showOpenDialog({
        canSelectFiles: false, canSelectFolders: true, canSelectMany: false,
        defaultUri: vscode.Uri.joinPath(uri, '..'),
        openLabel: vscode.l10n.t('Export here'),
        title: vscode.l10n.t('Folder for the pages'),
    });
    return picked?.[0];
}

function baseName(uri: vscode.Uri): string {
    return uri.path.split('/').pop() ?? 'sop';
}

function stem(uri: vscode.Uri): string {
    return baseName(uri).replace(/\.sop$/i, '');
}
