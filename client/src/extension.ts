import type { ExtensionContext } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { startLanguageClient } from './language-client.js';
import { registerPreview } from './preview/preview-manager.js';
import { registerInsightCommands } from './insights/insight-commands.js';
import { registerImportCommand } from './import/import-command.js';

let client: LanguageClient | undefined;

/** Wiring only: start the language server, register features. */
export async function activate(context: ExtensionContext): Promise<void> {
    client = await startLanguageClient(context);
    context.subscriptions.push(registerPreview(context, client));
    registerInsightCommands(context, client);
    context.subscriptions.push(registerImportCommand(client));
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
