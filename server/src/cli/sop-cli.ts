import { parseArgs, rejectUnknownOptions, UsageError } from './cli-args.js';
import { checkCommand, lspCommand, modelCommand, type CliIo, type ExitCode } from './cli-commands.js';
import { renderCommand } from './cli-render.js';
import { exportCommand } from './cli-export.js';
import { bookCommand, formsCommand } from './cli-book.js';
import { importCommand } from './cli-import.js';
import { commandHelp, COMMAND_HELP, mainHelp } from './cli-help.js';
import { VERSION } from './cli-version.js';
import { InternalError, IoError } from './cli-workspace.js';
import type { ParsedArgs } from './cli-args.js';

export { VERSION };

type Command = (args: ParsedArgs, io: CliIo) => Promise<ExitCode>;

const COMMANDS: Record<string, Command> = {
    check: checkCommand,
    model: modelCommand,
    render: renderCommand,
    export: exportCommand,
    book: bookCommand,
    forms: formsCommand,
    import: importCommand,
    lsp: () => lspCommand(),
};

/** Runs one CLI invocation and returns its exit code; never exits the process itself. */
export async function runCli(argv: string[], io: CliIo): Promise<ExitCode> {
    try {
        const args = parseArgs(argv);
        if (args.options.has('version') && !args.command) {
            io.out(`${VERSION}\n`);
            return 0;
        }
        if (!args.command || (args.command === 'help' && args.positionals.length === 0)) {
            (args.options.has('help') || args.command === 'help' ? io.out : io.err)(mainHelp(VERSION));
            return args.options.has('help') || args.command === 'help' ? 0 : 2;
        }
        const name = args.command === 'help' ? args.positionals[0] : args.command;
        const command = COMMANDS[name];
        if (!command || !COMMAND_HELP[name]) throw new UsageError(`unknown command '${name}'`);
        if (args.options.has('help') || args.command === 'help') {
            io.out(commandHelp(name));
            return 0;
        }
        rejectUnknownOptions(args, name, COMMAND_HELP[name].options);
        return await command(args, io);
    } catch (e) {
        if (e instanceof UsageError) {
            io.err(`sop: ${e.message}\nRun 'sop --help' for usage.\n`);
            return 2;
        }
        if (e instanceof IoError) {
            io.err(`sop: ${e.message}\n`);
            return 2;
        }
        // One line; the stack trace only with --debug.
        io.err(`sop: internal error: ${firstLine((e as Error).message)}\n`);
        if (argv.includes('--debug')) io.err(`${e instanceof InternalError ? e.detail : (e as Error).stack ?? ''}\n`);
        return 2;
    }
}

function firstLine(text: string): string {
    return text.split('\n')[0];
}
