import { statSync } from 'node:fs';
import { startSopServer } from '../sop-server.js';
import { createServerConnection } from '../transport/server-connection.js';
import { localeFrom, type Locale } from '../language/sop-messages.js';
import type { SopDocument } from '../model/sop-document.js';
import { choice, UsageError, type ParsedArgs } from './cli-args.js';
import { CHECK_FORMATS, formatDiagnostics, textLine } from './cli-check-format.js';
import { VERSION } from './cli-version.js';
import { CliWorkspace, collectSopFiles, displayPath, IoError, requireConfigFile, toCliDiagnostics } from './cli-workspace.js';
import { checkInBatches, findCheckWorker, workerCount } from './check-pool.js';
import { completeCrossFile, siblingFacts } from './check-cross-file.js';

/** Where a command writes; injected so tests can capture output without spawning. */
export interface CliIo {
    out(text: string): void;
    err(text: string): void;
    env: Record<string, string | undefined>;
    /** Binary data for standard output (`sop export --out -` of a PDF or Word file). */
    bytes?(data: Uint8Array): void;
    /** True when stderr is a terminal: long batch runs show progress there. */
    interactive?: boolean;
}

/** Exit codes: 0 clean, 1 validation errors, 2 usage or I/O problems. */
export type ExitCode = 0 | 1 | 2;

export function cliLocale(args: ParsedArgs, env: CliIo['env']): Locale {
    const lang = args.options.get('lang');
    if (lang !== undefined) return choice(args, 'lang', ['id', 'en'] as const, 'id');
    return localeFrom(env.LC_ALL || env.LC_MESSAGES || env.LANG || env.LANGUAGE);
}

/** `--config <file>`: a sop.config.json to use instead of the nearest one. */
export function configOption(args: ParsedArgs): string | undefined {
    const value = args.options.get('config');
    if (value === true) throw new UsageError('--config needs a file');
    if (value !== undefined && isFolder(value)) throw new IoError(`--config ${value}: is a folder; give a file such as ${value}/sop.config.json`);
    return value;
}

function isFolder(file: string): boolean {
    try {
        return statSync(file).isDirectory();
    } catch {
        return false;
    }
}

/**
 * `sop check`: the files are checked in batches, on worker threads when there are many
 * (check-pool.ts), and the checks across files (keterkaitan names, duplicate numbers) are completed
 * once every file is in, so the output is the same as from one workspace holding every file.
 */
export async function checkCommand(args: ParsedArgs, io: CliIo): Promise<ExitCode> {
    const format = choice(args, 'format', CHECK_FORMATS, 'text');
    const files = collectSopFiles(args.positionals);
    const locale = cliLocale(args, io.env);
    const configFile = configOption(args);
    if (configFile !== undefined) requireConfigFile(configFile);
    const options = { locale, configFile, hints: args.options.has('hints') };
    const progress = io.interactive === true && !io.env.CI && files.length > 1
        ? (done: number, total: number) => io.err(done < total ? `\r[${done}/${total}] checked\u001b[K` : '\r\u001b[K')
        : undefined;
    const checked = await checkInBatches(files, options, { workers: workerCount(files.length, io.env), workerFile: findCheckWorker(), progress });
    const all = completeCrossFile(checked, await siblingFacts(checked, locale));
    io.out(formatDiagnostics(format, all, VERSION));
    if (format === 'text' || format === 'github') {
        const errors = all.filter(d => d.severity === 'error').length;
        const warnings = all.filter(d => d.severity === 'warning').length;
        io.err(`${files.length} file(s) checked: ${errors} error(s), ${warnings} warning(s)\n`);
    }
    return all.some(d => d.severity === 'error') ? 1 : 0;
}

export interface LoadedModel {
    file: string;
    model: SopDocument;
    /** Errors in the file: its pages are drawn all the same, marked as a draft that is not valid. */
    errorCount: number;
}

/**
 * Loads the files in one workspace and builds each one's SopDocument, also for a file with errors
 * (whatever model the parser's recovery allows): its errors are printed (file:line:column) and it is
 * counted in `failed`, so the command exits 1 after drawing it marked as a draft.
 */
export async function loadModels(args: ParsedArgs, io: CliIo, files: string[]): Promise<{ models: LoadedModel[]; failed: number }> {
    const workspace = new CliWorkspace(cliLocale(args, io.env));
    const documents = await workspace.load(files);
    const models: LoadedModel[] = [];
    let failed = 0;
    documents.forEach((doc, i) => {
        const errors = toCliDiagnostics(displayPath(files[i]), doc.diagnostics ?? []).filter(d => d.severity === 'error');
        for (const d of errors) io.err(textLine(d));
        if (errors.length > 0) failed++;
        models.push({ file: files[i], model: workspace.services.model.ModelBuilder.build(doc), errorCount: errors.length });
    });
    return { models, failed };
}

/**
 * `sop model <file>`: prints the model that could be built, even when the file has errors (they go
 * to stderr, and the exit code is 1).
 */
export async function modelCommand(args: ParsedArgs, io: CliIo): Promise<ExitCode> {
    const files = args.positionals.length === 1 ? collectSopFiles(args.positionals) : [];
    if (files.length !== 1) throw new UsageError('model takes exactly one file');
    const [file] = files;
    const workspace = new CliWorkspace(cliLocale(args, io.env));
    const [doc] = await workspace.load([file]);
    const errors = toCliDiagnostics(displayPath(file), doc.diagnostics ?? []).filter(d => d.severity === 'error');
    for (const d of errors) io.err(textLine(d));
    io.out(JSON.stringify(workspace.services.model.ModelBuilder.build(doc), null, 2) + '\n');
    return errors.length > 0 ? 1 : 0;
}

/** Serves the language server on stdin/stdout for any LSP client; never returns on its own. */
export function lspCommand(): Promise<ExitCode> {
    startSopServer(createServerConnection(['--stdio']));
    return new Promise(() => { /* the connection keeps the process alive until the client exits it */ });
}
