import * as path from 'node:path';
import type { ExtensionContext } from 'vscode';
import { LANGUAGE_ID } from './commands.js';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

/** Starts the bundled language server over IPC for `.sop` files. */
export async function startLanguageClient(context: ExtensionContext): Promise<LanguageClient> {
    const serverModule = context.asAbsolutePath(path.join('out', 'server', 'main.cjs'));
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc },
        debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ scheme: 'file', language: LANGUAGE_ID }, { scheme: 'untitled', language: LANGUAGE_ID }],
        // The client sends VS Code's display language as `locale`; the server answers in it.
    };
    const client = new LanguageClient(LANGUAGE_ID, 'SOP Language Server', serverOptions, clientOptions);
    await client.start();
    return client;
}
