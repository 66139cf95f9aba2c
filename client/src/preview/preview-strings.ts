import * as vscode from 'vscode';
import { PREVIEW_STRINGS_EN, type PreviewStrings } from '../../../server/src/protocol/webview-protocol.js';

/** The webview's strings in VS Code's display language: the English texts are the l10n keys. */
export function previewStrings(): PreviewStrings {
    const entries = Object.entries(PREVIEW_STRINGS_EN).map(([key, text]) => [key, vscode.l10n.t(text)]);
    return Object.fromEntries(entries) as PreviewStrings;
}

/** The tab title; a locked preview says so, as the Markdown preview does ("[Preview] x.md"). */
export function previewTitle(uri: vscode.Uri, locked = false): string {
    const name = uri.path.split('/').pop() ?? uri.path;
    return locked ? vscode.l10n.t('[Preview] {0}', name) : vscode.l10n.t('Preview: {0}', name);
}
