import { format } from 'node:util';
import {
    createConnection, IPCMessageReader, IPCMessageWriter, ProposedFeatures, type Connection,
    type MessageReader, type MessageWriter,
} from 'vscode-languageserver/node';
import { CoalescingMessageReader } from './coalescing-reader.js';
import { SyncStreamMessageReader } from './stream-reader.js';
import { SyncStreamMessageWriter } from './stream-writer.js';
import { dispatchQueuedMessagesTogether } from './message-turns.js';

/**
 * The server's connection on the transport named on the command line (`--node-ipc` from VS Code,
 * `--stdio` from other editors and `sop lsp`), reading through a CoalescingMessageReader. Other
 * transports (`--socket`, `--pipe`) are left to the library as they are.
 */
export function createServerConnection(argv: readonly string[] = process.argv.slice(2)): Connection {
    if (argv.includes('--node-ipc')) {
        return connect(new IPCMessageReader(process), new IPCMessageWriter(process));
    }
    if (argv.includes('--stdio')) {
        const connection = connect(new SyncStreamMessageReader(process.stdin), new SyncStreamMessageWriter(process.stdout));
        exitWithInput(connection);
        // stdout carries the protocol: a stray console.log must go to the client's log instead.
        routeConsole(connection);
        return connection;
    }
    return createConnection(ProposedFeatures.all);
}

function connect(reader: MessageReader, writer: MessageWriter): Connection {
    dispatchQueuedMessagesTogether();
    return createConnection(ProposedFeatures.all, new CoalescingMessageReader(reader), writer);
}

/** Leaves when the client closes our input, as the library does for streams it opens itself. */
function exitWithInput(connection: Connection): void {
    let shutdown = false;
    connection.onShutdown(() => { shutdown = true; });
    const leave = () => process.exit(shutdown ? 0 : 1);
    process.stdin.on('end', leave);
    process.stdin.on('close', leave);
}

function routeConsole(connection: Connection): void {
    console.log = (...args: unknown[]) => connection.console.log(format(...args));
    console.info = (...args: unknown[]) => connection.console.info(format(...args));
    console.warn = (...args: unknown[]) => connection.console.warn(format(...args));
    console.error = (...args: unknown[]) => connection.console.error(format(...args));
}
