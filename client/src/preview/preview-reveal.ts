import * as vscode from 'vscode';
import type { SourceRange } from '../../../server/src/model/sop-document.js';

/**
 * Selects `range` of `uri` in an editor: the one already showing the file, else a new one in
 * another column than the preview's, and gives it focus.
 */
export async function revealRange(uri: vscode.Uri, range: SourceRange, previewColumn: vscode.ViewColumn | undefined): Promise<void> {
    const selection = new vscode.Selection(range.start.line, range.start.character, range.end.line, range.end.character);
    const visible = vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === uri.toString());
    const column = visible?.viewColumn
        ?? (previewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
    const document = visible?.document ?? await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document, { viewColumn: column, selection, preserveFocus: false });
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
