import * as vscode from 'vscode';

export const EXTENSION_ID = 'sop-language.sop-language';

/** The folder the runner opened: a fresh copy of examples/ plus the e2e fixtures. */
export function workspaceFile(name: string): vscode.Uri {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) throw new Error('The test run must open a workspace folder (examples + fixtures).');
    return vscode.Uri.joinPath(folder.uri, name);
}

export async function activateExtension(): Promise<void> {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    if (!extension) throw new Error(`Extension ${EXTENSION_ID} is not loaded`);
    await extension.activate();
}

export async function openFile(name: string): Promise<vscode.TextEditor> {
    const document = await vscode.workspace.openTextDocument(workspaceFile(name));
    return vscode.window.showTextDocument(document, { preview: false });
}

/** Position just after the first occurrence of `text` in the document (or at its start with `atStart`). */
export function positionOf(document: vscode.TextDocument, text: string, atStart = false): vscode.Position {
    const offset = document.getText().indexOf(text);
    if (offset < 0) throw new Error(`"${text}" not found in ${document.uri.path}`);
    return document.positionAt(atStart ? offset : offset + text.length);
}

export function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
    const code = diagnostic.code;
    if (code === undefined) return undefined;
    return typeof code === 'object' ? String(code.value) : String(code);
}

export async function closeAllEditors(): Promise<void> {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
