/** `sop import <file.pdf|file.docx|folder> [--out dir]`: signed SOPs to `.sop` drafts, with a summary. */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { ImportSummary } from '../import/import-document.js';
import { heavyModules } from '../requests/heavy-modules.js';
import { UsageError, type ParsedArgs } from './cli-args.js';
import { cliLocale, type CliIo, type ExitCode } from './cli-commands.js';
import { IoError } from './cli-workspace.js';

const IMPORTABLE = /\.(pdf|docx)$/i;

export async function importCommand(args: ParsedArgs, io: CliIo): Promise<ExitCode> {
    if (args.positionals.length !== 1) throw new UsageError('import takes one file or folder');
    const out = args.options.get('out');
    if (out === true) throw new UsageError('--out needs a folder');
    const input = path.resolve(args.positionals[0]);
    if (!existsSync(input)) throw new IoError(`${args.positionals[0]}: no such file or folder`);
    const folder = statSync(input).isDirectory();
    const files = folder ? importableFiles(input) : [input];
    const locale = cliLocale(args, io.env);
    const rows: Array<[string, ImportSummary | string]> = [];
    const written = new Set<string>();
    for (const [i, file] of files.entries()) {
        if (folder) io.err(`[${i + 1}/${files.length}] ${path.relative(input, file)}\n`);
        const target = targetOf(file, out === undefined ? undefined : path.resolve(out), written);
        try {
            if (existsSync(target) && !args.options.has('force')) throw new Error(`${target} exists (use --force to overwrite)`);
            const { importDocument } = await heavyModules();
            const result = await importDocument(readFileSync(file), locale);
            mkdirSync(path.dirname(target), { recursive: true });
            writeFileSync(target, result.text);
            written.add(target);
            rows.push([path.relative(process.cwd(), file) || file, result.summary]);
        } catch (e) {
            rows.push([path.relative(process.cwd(), file) || file, (e as Error).message]);
        }
    }
    io.out(summaryTable(rows));
    return rows.some(([, r]) => typeof r === 'string') ? 2 : 0;
}

/** `<name>.sop`; when this run already wrote that (a PDF and a Word file of one SOP), `<name>-<ext>.sop`. */
function targetOf(file: string, out: string | undefined, written: Set<string>): string {
    const folder = out ?? path.dirname(file);
    const base = path.basename(file, path.extname(file));
    const plain = path.join(folder, `${base}.sop`);
    return written.has(plain) ? path.join(folder, `${base}-${path.extname(file).slice(1).toLowerCase()}.sop`) : plain;
}

function importableFiles(folder: string): string[] {
    const found: string[] = [];
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) found.push(...importableFiles(full));
        else if (IMPORTABLE.test(entry.name)) found.push(full);
    }
    return found;
}

/** One line per file: rows, actors, symbols, arrows and the `// IMPORT:` guesses left for a person. */
function summaryTable(rows: Array<[string, ImportSummary | string]>): string {
    const head = ['file', 'rows', 'actors', 'symbols', 'arrows', 'guesses'];
    const cells = rows.map(([file, r]) => typeof r === 'string'
        ? [file, `failed: ${r}`]
        : [file, String(r.rows), String(r.actors), String(r.symbols), String(r.arrows), String(r.guesses)]);
    const width = Math.max(head[0].length, ...cells.map(c => c[0].length));
    const line = (c: string[]) => [c[0].padEnd(width), ...c.slice(1).map(v => v.padStart(7))].join(' ').trimEnd();
    return [line(head), ...cells.map(c => c.length === 2 ? `${c[0].padEnd(width)} ${c[1]}` : line(c))].join('\n') + '\n';
}
