import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { PaperSize } from '../model/sop-document.js';
import { renderSop } from '../render/index.js';
import { choice, UsageError, type ParsedArgs } from './cli-args.js';
import { loadOneModel, type CliIo, type ExitCode } from './cli-commands.js';
import { IoError } from './cli-workspace.js';

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
    for (const page of rendered.pages) {
        const target = path.join(out!, `${name}-page-${page.number}.svg`);
        writeFileAtomic(target, page.svg);
        io.err(`wrote ${target}\n`);
    }
    return 0;
}

function ensureFolder(folder: string): void {
    try {
        mkdirSync(folder, { recursive: true });
    } catch (e) {
        throw new IoError(`${folder}: cannot create folder (${(e as Error).message})`);
    }
    if (!statSync(folder).isDirectory()) throw new IoError(`${folder}: not a folder`);
}
