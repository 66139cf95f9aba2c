import type { ExtensionContext } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { startLanguageClient } from './language-client.js';

let client: LanguageClient | undefined;

/** Wiring only: start the language server, register features. */
export async function activate(context: ExtensionContext): Promise<void> {
    client = await startLanguageClient(context);
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
