import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { PaperSize } from '../model/sop-document.js';
import { renderSop, type RenderedDocument } from '../render/index.js';
import { choice, UsageError, type ParsedArgs } from './cli-args.js';
import { loadModels, type CliIo, type ExitCode } from './cli-commands.js';
import { collectSopFiles, displayPath, IoError } from './cli-workspace.js';

/** Writes through a temporary file in the same folder and renames it, so no half-written file is ever seen. */
export function writeFileAtomic(file: string, data: string): void {
    const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
    try {
        writeFileSync(tmp, data);
        renameSync(tmp, file);
    } catch (e) {
        rmSync(tmp, { force: true });
        throw new IoError(`${file}: cannot write (${(e as Error).message})`);
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
    for (const { file, model } of models) {
        const rendered = renderSop(model, paper ? { paper } : {});
        if (format === 'svg') writePages(rendered, file, out, io);
        else writeLayout(rendered, file, out, files.length, io);
    }
    return failed > 0 ? 1 : 0;
}

/** One SVG per page into the --out folder or, without one, next to the .sop file. */
function writePages(rendered: RenderedDocument, file: string, out: string | undefined, io: CliIo): void {
    const folder = out ?? path.dirname(file);
    ensureFolder(folder);
    for (const page of rendered.pages) {
        const target = path.join(folder, `${path.basename(file, '.sop')}-page-${page.number}.svg`);
        writeFileAtomic(target, page.svg);
        io.err(`wrote ${displayPath(target)}\n`);
    }
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
        mkdirSync(folder, { recursive: true });
    } catch (e) {
        throw new IoError(`${folder}: cannot create folder (${(e as Error).message})`);
    }
    if (!statSync(folder).isDirectory()) throw new IoError(`${folder}: not a folder`);
}
