import { existsSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { PaperSize } from '../model/sop-document.js';
import { ensureFolder as ensureOutputFolder, OutputError, pageFileName, writeFileAtomic as writeOutputFile, writePageSet } from '../export/output-target.js';
import { renderSop, type RenderedDocument } from '../render/index.js';
import { choice, UsageError, type ParsedArgs } from './cli-args.js';
import { loadModels, type CliIo, type ExitCode } from './cli-commands.js';
import { collectSopFiles, displayPath, IoError } from './cli-workspace.js';

/** Writes through the export module (temporary file, fsync, rename; symlinks followed, special files refused). */
export function writeFileAtomic(file: string, data: string): void {
    try {
        writeOutputFile(file, data);
    } catch (e) {
        throw e instanceof OutputError ? new IoError(e.message) : e;
    }
}

/** `sop render <files or folders> [--format svg|json] [--out <file or folder>] [--paper A4|F4|Letter|Legal]`. */
export async function renderCommand(args: ParsedArgs, io: CliIo): Promise<ExitCode> {
    const format = choice(args, 'format', ['svg', 'json'] as const, 'svg');
    const paperOption = args.options.get('paper');
    const paper = paperOption === undefined ? undefined : choice(args, 'paper', ['A4', 'F4', 'Letter', 'Legal'] as const, 'A4') as PaperSize;
    const out = args.options.get('out');
    if (out === true) throw new UsageError('--out needs a value');
    const files = collectSopFiles(args.positionals);
    const { models, failed } = await loadModels(args, io, files);
    for (const { file, model, errorCount } of models) {
        const rendered = renderSop(model, { ...(paper ? { paper } : {}), errorCount });
        if (format === 'svg') writePages(rendered, file, out, io);
        else writeLayout(rendered, file, out, files.length, io);
    }
    return failed > 0 ? 1 : 0;
}

/**
 * One SVG per page into the --out folder or, without one, next to the .sop file; written as one set
 * (temporary folder, swapped in, stale pages of a longer version removed).
 */
function writePages(rendered: RenderedDocument, file: string, out: string | undefined, io: CliIo): void {
    const folder = out ?? path.dirname(file);
    const name = path.basename(file, '.sop');
    let written: string[];
    try {
        written = writePageSet(folder, name, 'svg', rendered.pages.map(page => ({ name: pageFileName(name, page.number, 'svg'), data: page.svg })));
    } catch (e) {
        throw e instanceof OutputError ? new IoError(e.message) : e;
    }
    for (const target of written) io.err(`wrote ${displayPath(target)}\n`);
}

/**
 * The layout JSON: printed for a single file without --out; otherwise written to the --out file, or as
 * <name>.layout.json into the --out folder (always a folder for several files) or next to the file.
 */
function writeLayout(rendered: RenderedDocument, file: string, out: string | undefined, fileCount: number, io: CliIo): void {
    const json = JSON.stringify(rendered.layout, null, 2) + '\n';
    if (out === undefined && fileCount === 1) {
        io.out(json);
        return;
    }
    const intoFolder = out === undefined || fileCount > 1 || (existsSync(out) && statSync(out).isDirectory());
    const target = intoFolder ? path.join(out ?? path.dirname(file), `${path.basename(file, '.sop')}.layout.json`) : out!;
    ensureFolder(path.dirname(path.resolve(target)));
    writeFileAtomic(target, json);
    io.err(`wrote ${displayPath(target)}\n`);
}

function ensureFolder(folder: string): void {
    try {
        ensureOutputFolder(folder);
    } catch (e) {
        throw e instanceof OutputError ? new IoError(e.message) : e;
    }
}
