import * as vscode from 'vscode';
import type { SourceRange } from '../../../server/src/protocol/webview-protocol.js';

/**
 * Shows `range` of `uri` in an editor: the one already showing the file, else a new one in another
 * column than the preview's. With `focus` the editor gets the focus; otherwise it stays where it is.
 * `selectWhole` selects the range; without it the cursor goes to the range's start.
 */
export async function revealRange(
    uri: vscode.Uri, range: SourceRange, previewColumn: vscode.ViewColumn | undefined, how: { focus: boolean; selectWhole: boolean },
): Promise<void> {
    const start = new vscode.Position(range.start.line, range.start.character);
    const selection = how.selectWhole ? new vscode.Selection(start, new vscode.Position(range.end.line, range.end.character)) : new vscode.Selection(start, start);
    const visible = visibleEditor(uri);
    const column = visible?.viewColumn
        ?? (previewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
    const document = visible?.document ?? await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document, { viewColumn: column, selection, preserveFocus: !how.focus });
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** Scrolls the editor showing `uri` (if one is visible) so that `line` is its top line; never focuses it. */
export function revealLineAtTop(uri: vscode.Uri, line: number): boolean {
    const editor = visibleEditor(uri);
    if (!editor) return false;
    const target = Math.max(0, Math.min(editor.document.lineCount - 1, Math.floor(line)));
    editor.revealRange(new vscode.Range(target, 0, target, 0), vscode.TextEditorRevealType.AtTop);
    return true;
}

function visibleEditor(uri: vscode.Uri): vscode.TextEditor | undefined {
    return vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === uri.toString());
}
