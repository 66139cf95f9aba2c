import { existsSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { PaperSize } from '../model/sop-document.js';
import { ensureFolder as ensureOutputFolder, OutputError, pageFileName, writeFileAtomic as writeOutputFile, writePageSet } from '../export/output-target.js';
import { renderSop } from '../render/index.js';
import { choice, UsageError, type ParsedArgs } from './cli-args.js';
import { loadOneModel, type CliIo, type ExitCode } from './cli-commands.js';
import { IoError } from './cli-workspace.js';

/** Writes through the export module (temporary file, fsync, rename; symlinks followed, special files refused). */
export function writeFileAtomic(file: string, data: string): void {
    try {
        writeOutputFile(file, data);
    } catch (e) {
        throw e instanceof OutputError ? new IoError(e.message) : e;
    }
}

/** `sop render <file> --format svg|json --out <file or folder> [--paper A4|F4|Letter|Legal]`. */
export async function renderCommand(args: ParsedArgs, io: CliIo): Promise<ExitCode> {
    const format = choice(args, 'format', ['svg', 'json'] as const, 'svg');
    const paperOption = args.options.get('paper');
    const paper = paperOption === undefined ? undefined : choice(args, 'paper', ['A4', 'F4', 'Letter', 'Legal'] as const, 'A4') as PaperSize;
    const out = args.options.get('out');
    if (out === true) throw new UsageError('--out needs a value');
    if (format === 'svg' && out === undefined) throw new UsageError('render --format svg needs --out <folder>');
    const loaded = await loadOneModel(args, io, 'render');
    if (loaded === 1) return 1;
    const rendered = renderSop(loaded.model, paper ? { paper } : {});
    const name = path.basename(loaded.file, '.sop');
    if (format === 'json') {
        const json = JSON.stringify(rendered.layout, null, 2) + '\n';
        if (out === undefined) {
            io.out(json);
            return 0;
        }
        const target = existsSync(out) && statSync(out).isDirectory() ? path.join(out, `${name}.layout.json`) : out;
        ensureFolder(path.dirname(path.resolve(target)));
        writeFileAtomic(target, json);
        io.err(`wrote ${target}\n`);
        return 0;
    }
    ensureFolder(out!);
    // One set: written to a temporary folder, swapped in, stale pages of a longer version removed.
    let written: string[];
    try {
        written = writePageSet(out!, name, 'svg', rendered.pages.map(page => ({ name: pageFileName(name, page.number, 'svg'), data: page.svg })));
    } catch (e) {
        throw e instanceof OutputError ? new IoError(e.message) : e;
    }
    for (const target of written) io.err(`wrote ${target}\n`);
    return 0;
}

function ensureFolder(folder: string): void {
    try {
        ensureOutputFolder(folder);
    } catch (e) {
        throw e instanceof OutputError ? new IoError(e.message) : e;
    }
}
