/**
 * Client side of the insights: "SOP: Show Time Summary" (asks the server for `sop/timeSummary`,
 * run from the command palette or the code lens) and "SOP: New SOP from template".
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Commands, LANGUAGE_ID } from '../commands.js';
import { TimeSummaryRequest, type TimeSummarySuccess } from '../../../server/src/protocol/sop-protocol.js';
import { newSopFromTitle } from './sop-template.js';

export function registerInsightCommands(context: vscode.ExtensionContext, client: LanguageClient): void {
    context.subscriptions.push(
        vscode.commands.registerCommand(Commands.showTimeSummary, (uri?: string | vscode.Uri) => showTimeSummary(client, uri)),
        vscode.commands.registerCommand(Commands.newSopFromTemplate, () => newSopFromTemplate()),
    );
}

async function showTimeSummary(client: LanguageClient, target?: string | vscode.Uri): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const uri = target?.toString() ?? (editor?.document.languageId === LANGUAGE_ID ? editor.document.uri.toString() : undefined);
    if (!uri) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Open a .sop file to see its time summary.'));
        return;
    }
    const result = await client.sendRequest(TimeSummaryRequest, { uri });
    if (result.status !== 'ok') {
        void vscode.window.showWarningMessage(vscode.l10n.t('The SOP has syntax errors; fix them to see its time summary.'));
        return;
    }
    void vscode.window.showInformationMessage(vscode.l10n.t('Time summary: {0}', result.title), { modal: true, detail: summaryText(result) });
}

function summaryText(r: TimeSummarySuccess): string {
    const lines = [
        [
            r.steps === 1 ? vscode.l10n.t('1 step') : vscode.l10n.t('{0} steps', r.steps),
            r.actors === 1 ? vscode.l10n.t('1 actor') : vscode.l10n.t('{0} actors', r.actors),
            r.decisions === 1 ? vscode.l10n.t('1 decision') : vscode.l10n.t('{0} decisions', r.decisions),
        ].join(' · '),
        '',
        vscode.l10n.t('Main path (steps {0}): {1}', r.summary.mainPath.join(' → '), r.display.mainPath),
    ];
    if (r.summary.loops) lines.push(vscode.l10n.t('The main path loops back; it is cut at the first repeated step.'));
    if (r.summary.total.untimed.length > 0) {
        lines.push(vscode.l10n.t('Steps without a standard time: {0}', r.summary.total.untimed.map(n => `No. ${n}`).join(', ')));
    }
    lines.push('', vscode.l10n.t('Per actor (main path / all steps):'));
    for (const a of r.display.perActor) lines.push(`• ${a.label}: ${a.mainPath} / ${a.allSteps}`);
    lines.push('', vscode.l10n.t('Units are summed per family; working days (hari kerja) are kept apart from calendar days.'));
    return lines.join('\n');
}

async function newSopFromTemplate(): Promise<void> {
    const title = await vscode.window.showInputBox({
        title: vscode.l10n.t('New SOP from template'),
        prompt: vscode.l10n.t('Title of the SOP (NAMA SOP)'),
        placeHolder: vscode.l10n.t('e.g. Pelayanan Penerbitan Izin Reklame'),
        validateInput: value => value.trim() ? undefined : vscode.l10n.t('Enter a title.'),
    });
    if (!title) return;
    const sop = newSopFromTitle(title);
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    let document: vscode.TextDocument;
    if (folder) {
        const uri = await freeUri(folder, sop.fileName);
        await vscode.workspace.fs.writeFile(uri, new Uint8Array());
        document = await vscode.workspace.openTextDocument(uri);
    } else {
        document = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: '' });
    }
    // Inserted as a snippet, so Tab walks through the fields the user must fill.
    const editor = await vscode.window.showTextDocument(document);
    await editor.insertSnippet(new vscode.SnippetString(sop.snippet), new vscode.Position(0, 0));
}

/** `name.sop`, else `name-2.sop`, `name-3.sop`, … — never overwrites a file. */
async function freeUri(folder: vscode.Uri, fileName: string): Promise<vscode.Uri> {
    const stem = fileName.replace(/\.sop$/, '');
    for (let i = 1; ; i++) {
        const uri = vscode.Uri.joinPath(folder, i === 1 ? fileName : `${stem}-${i}.sop`);
        try {
            await vscode.workspace.fs.stat(uri);
        } catch {
            return uri;
        }
    }
}
