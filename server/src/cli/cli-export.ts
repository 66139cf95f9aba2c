/**
 * `sop export <files or folders> --format pdf|docx|html|svg|png|mermaid|json [--out path|-] [--paper …]`:
 * every SOP found is rendered once and written by the export module (atomic writes, page sets swapped in).
 */
import { existsSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { PaperSize } from '../model/sop-document.js';
import type { Artifact } from '../export/export-document.js';
import { EXPORT_FORMATS, PAGED_FORMATS } from '../export/export-formats.js';
import { heavyModules, type Heavy } from '../requests/heavy-modules.js';
import { OutputError } from '../export/output-target.js';
import { renderSop } from '../render/index.js';
import { choice, UsageError, type ParsedArgs } from './cli-args.js';
import { textLine } from './cli-check-format.js';
import { cliLocale, configOption, type CliIo, type ExitCode } from './cli-commands.js';
import { CliWorkspace, collectSopFiles, displayPath, IoError, toCliDiagnostics } from './cli-workspace.js';

export async function exportCommand(args: ParsedArgs, io: CliIo): Promise<ExitCode> {
    const format = choice(args, 'format', EXPORT_FORMATS, 'pdf');
    const paper = paperOption(args);
    const out = outOption(args);
    const dpi = dpiOption(args);
    const files = collectSopFiles(args.positionals);
    if (files.length === 0) throw new UsageError(`no .sop files in ${args.positionals.join(', ')}`);
    if (out === '-' && (files.length > 1 || PAGED_FORMATS.has(format))) {
        throw new UsageError('--out - (standard output) takes one SOP in a one-file format (pdf, docx, html, mermaid, json)');
    }
    const workspace = new CliWorkspace(cliLocale(args, io.env), configOption(args));
    const documents = await workspace.load(files);
    const { exportSop, writeArtifact } = await heavyModules();
    const progress = progressReporter(args, io, files.length);
    let failed = false;
    for (let i = 0; i < files.length; i++) {
        const file = files[i];
        progress(i, file);
        const errors = toCliDiagnostics(displayPath(file), documents[i].diagnostics ?? []).filter(d => d.severity === 'error');
        for (const d of errors) io.err(textLine(d));
        // A file with errors is exported all the same, every page marked "DRAF — belum valid", and exits 1.
        if (errors.length > 0) failed = true;
        const model = workspace.services.model.ModelBuilder.build(documents[i]);
        const rendered = renderSop(model, { ...(paper ? { paper } : {}), errorCount: errors.length });
        const artifact = await exportSop(model, rendered, format, dpi ? { dpi } : {});
        const written = write(artifact, file, out, files.length > 1, io, writeArtifact);
        if (!args.options.has('quiet')) for (const w of written) io.err(`wrote ${displayPath(w)}\n`);
    }
    progress(files.length, '');
    return failed ? 1 : 0;
}

function write(artifact: Artifact, source: string, out: string | undefined, many: boolean, io: CliIo, writeArtifact: Heavy['writeArtifact']): string[] {
    const stem = path.basename(source, '.sop');
    if (out === '-') {
        if (artifact.kind !== 'file') throw new UsageError('--out - needs a one-file format');
        if (typeof artifact.data === 'string') io.out(artifact.data);
        else if (io.bytes) io.bytes(artifact.data);
        else throw new UsageError('this output cannot take binary data');
        return [];
    }
    try {
        if (out === undefined) return writeArtifact(artifact, stem, { folder: path.dirname(source) });
        if (artifact.kind === 'pages' || many || isFolder(out)) return writeArtifact(artifact, stem, { folder: out });
        return writeArtifact(artifact, stem, { file: out });
    } catch (e) {
        if (e instanceof OutputError) throw new IoError(e.message);
        throw e;
    }
}

/** An existing folder, or a path written with a trailing slash. */
function isFolder(out: string): boolean {
    if (/[\\/]$/.test(out)) return true;
    try {
        return existsSync(out) && statSync(out).isDirectory();
    } catch {
        return false;
    }
}

export function paperOption(args: ParsedArgs): PaperSize | undefined {
    const value = args.options.get('paper');
    if (value === undefined) return undefined;
    const papers = ['A4', 'F4', 'Letter', 'Legal'] as const;
    const match = typeof value === 'string' ? papers.find(p => p.toLowerCase() === value.toLowerCase()) : undefined;
    if (!match) throw new UsageError(`--paper must be one of: ${papers.join(', ')}`);
    return match;
}

export function outOption(args: ParsedArgs): string | undefined {
    const out = args.options.get('out');
    if (out === true) throw new UsageError('--out needs a value');
    return out;
}

function dpiOption(args: ParsedArgs): number | undefined {
    const value = args.options.get('dpi');
    if (value === undefined) return undefined;
    const dpi = Number(value);
    if (!Number.isInteger(dpi) || dpi < 24 || dpi > 600) throw new UsageError('--dpi must be a whole number from 24 to 600');
    return dpi;
}

/** "[3/120] file" on an interactive terminal; nothing in CI, with --quiet or when stderr is not a terminal. */
function progressReporter(args: ParsedArgs, io: CliIo, total: number): (done: number, file: string) => void {
    const show = total > 1 && io.interactive === true && !io.env.CI && !args.options.has('quiet');
    if (!show) return () => undefined;
    return (done, file) => io.err(done < total ? `\r[${done + 1}/${total}] ${displayPath(file)}\u001b[K` : '\r\u001b[K');
}
