import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Commands, LANGUAGE_ID } from '../commands.js';
import { ExportFormsRequest, type BookFormatName, type FormKindName } from '../../../server/src/protocol/sop-protocol.js';
import { pickFormat, pickTarget, showCollectionResult, workspaceFolder } from './collection-export.js';

/** Options that skip the pickers (tests, other commands). */
export interface ExportFormsOptions {
    kind?: FormKindName;
    format?: BookFormatName;
    file?: vscode.Uri;
}

const KINDS: Array<{ kind: FormKindName; label: () => string; detail: () => string }> = [
    { kind: 'monitoring', label: () => vscode.l10n.t('Monitoring form'), detail: () => vscode.l10n.t('Monitoring Pelaksanaan SOP AP: one table for every SOP and step, landscape') },
    { kind: 'evaluasi', label: () => vscode.l10n.t('Evaluation form'), detail: () => vscode.l10n.t('Evaluasi Penerapan SOP AP: one part per SOP, portrait') },
];

/**
 * "SOP: Export Monitoring/Evaluation Forms…": on a `.sop` file or a folder in the explorer, else on
 * the active `.sop` editor, else on the workspace folder. The language server writes the form (as
 * `sop forms`); an SOP with errors stops it, and the Problems panel is a click away. Resolves to the
 * written file, if any.
 */
export function registerExportFormsCommand(client: LanguageClient): vscode.Disposable {
    return vscode.commands.registerCommand(Commands.exportForms, async (resource?: vscode.Uri, options: ExportFormsOptions = {}) => {
        const source = resource instanceof vscode.Uri ? resource : await defaultResource();
        if (!source) return undefined;
        const kind = options.kind ?? (await vscode.window.showQuickPick(KINDS.map(k => ({ label: k.label(), detail: k.detail(), form: k.kind })), { title: vscode.l10n.t('Which form?') }))?.form;
        if (!kind) return undefined;
        const format = options.format ?? await pickFormat(vscode.l10n.t('Export the form as'));
        if (!format) return undefined;
        const stem = path.basename(source.fsPath).replace(/\.sop$/i, '');
        const target = options.file ?? await pickTarget(vscode.Uri.joinPath(source, '..', `${kind}-${stem}.${format}`), format, vscode.l10n.t('Export the form as'));
        if (!target) return undefined;
        const result = await vscode.window.withProgress(
            { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Writing the form ({0}) of {1}…', KINDS.find(k => k.kind === kind)!.label(), path.basename(source.fsPath)) },
            () => client.sendRequest(ExportFormsRequest, { resource: source.toString(), kind, format, target: target.fsPath }),
        );
        return showCollectionResult(result, {
            notWritten: (count, names) => vscode.l10n.t('The form was not written: {0} SOP(s) have errors ({1}).', count, names),
            cannot: message => vscode.l10n.t('Cannot export the form: {0}', message),
            written: (file, count) => vscode.l10n.t('Form written: {0} ({1} SOP).', file, count),
        });
    });
}

/** The active `.sop` editor's file, else the workspace folder (a pick when there are several). */
async function defaultResource(): Promise<vscode.Uri | undefined> {
    const editor = vscode.window.activeTextEditor?.document;
    if (editor?.languageId === LANGUAGE_ID) return editor.uri;
    return workspaceFolder(vscode.l10n.t('Open a .sop file or a folder of them to export their forms.'), vscode.l10n.t('Folder of the SOPs'));
}
