import { URI, type LangiumDocument } from 'langium';
import { existsSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Sop } from '../language/generated/ast.js';
import { SopNodeFileSystem } from '../language/sop-file-system.js';
import { createSopServices, type SopServices } from '../language/sop-module.js';
import type { Locale } from '../language/sop-messages.js';
import { UsageError } from './cli-args.js';
import { relatedNamesToResolve, siblingsDeclaring } from './cli-siblings.js';

/** One diagnostic as the CLI prints it: 1-based lines and columns. */
export interface CliDiagnostic {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: 'error' | 'warning' | 'info' | 'hint';
    code: string;
    message: string;
}

export class IoError extends Error {}

/** A check or the model builder crashed: the result cannot be trusted, so it is never a pass (exit 2). */
export class InternalError extends Error {
    constructor(message: string, readonly detail: string) {
        super(message);
    }
}

/** Expands files and folders (recursively, `*.sop`) into sorted absolute file paths. */
export function collectSopFiles(inputs: string[]): string[] {
    if (inputs.length === 0) throw new UsageError('no files or folders given');
    const files = new Set<string>();
    for (const input of inputs) {
        const abs = path.resolve(input);
        if (!existsSync(abs)) throw new IoError(`${input}: no such file or folder`);
        if (statSync(abs).isDirectory()) {
            const found = new Set<string>();
            walk(abs, found);
            // A wrong path in a CI job must not pass as "nothing to complain about".
            if (found.size === 0) throw new UsageError(`${input}: no .sop files in this folder`);
            found.forEach(f => files.add(f));
        } else {
            files.add(abs);
        }
    }
    return [...files].sort();
}

function walk(dir: string, out: Set<string>): void {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full, out);
        else if (entry.isFile() && entry.name.endsWith('.sop')) out.add(full);
    }
}

/** A Langium workspace over real files, built once for one CLI run. */
export class CliWorkspace {
    readonly services: SopServices;
    private readonly shared;

    constructor(locale: Locale, configFile?: string) {
        const { shared, Sop } = createSopServices(SopNodeFileSystem);
        Sop.i18n.Messages.locale = locale;
        Sop.validation.Reporter.logFailures = false;
        this.services = Sop;
        this.shared = shared;
        if (configFile !== undefined) {
            // --config replaces the search for the nearest sop.config.json.
            requireConfigFile(configFile);
            Sop.validation.SeverityPolicy.useConfigFile(path.resolve(configFile));
        }
    }

    /**
     * Loads the given files, plus the sibling SOPs (same folder) that their `keterkaitan` names,
     * builds and validates the given files, and returns them. Siblings are found by their header
     * and only built far enough to resolve names: other siblings are not read beyond that header.
     */
    async load(files: string[]): Promise<Array<LangiumDocument<Sop>>> {
        const documents = this.shared.workspace.LangiumDocuments;
        const requested: Array<LangiumDocument<Sop>> = [];
        for (const file of files) {
            try {
                requested.push(await documents.getOrCreateDocument(URI.file(file)) as LangiumDocument<Sop>);
            } catch (e) {
                throw new IoError(`${file}: cannot read (${(e as Error).message})`);
            }
        }
        const siblings: LangiumDocument[] = [];
        for (const file of siblingsDeclaring(relatedNamesToResolve(requested), files)) {
            try {
                siblings.push(await documents.getOrCreateDocument(URI.file(file)));
            } catch {
                // An unreadable sibling leaves the name unresolved, which the check reports.
            }
        }
        if (siblings.length > 0) await this.shared.workspace.DocumentBuilder.build(siblings, { validation: false });
        await this.shared.workspace.DocumentBuilder.build(requested, { validation: true });
        const [failure] = this.services.validation.Reporter.failures;
        if (failure) throw new InternalError(`check ${failure.check} failed: ${failure.error.split('\n')[0]}`, failure.error);
        return files.map(f => documents.getDocument(URI.file(f)) as LangiumDocument<Sop>);
    }
}

/** `--config <file>` must exist: a typo must not silently fall back to the defaults. */
export function requireConfigFile(configFile: string): void {
    if (!existsSync(configFile)) throw new IoError(`${configFile}: no such configuration file`);
}

const SEVERITY: Record<number, CliDiagnostic['severity']> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

/** Converts LSP diagnostics; hints (the softest level) are kept only when `withHints` is set. */
export function toCliDiagnostics(file: string, diagnostics: Diagnostic[], withHints = false): CliDiagnostic[] {
    return sortedCliDiagnostics(file, diagnostics, withHints).map(({ cli }) => cli);
}

/** The converted diagnostics, each beside the LSP diagnostic it came from, in the order the CLI prints them. */
export function sortedCliDiagnostics(file: string, diagnostics: Diagnostic[], withHints: boolean): Array<{ cli: CliDiagnostic; lsp: Diagnostic }> {
    return diagnostics.filter(d => withHints || d.severity !== 4).map(d => ({
        lsp: d,
        cli: {
            file,
            line: d.range.start.line + 1,
            column: d.range.start.character + 1,
            endLine: d.range.end.line + 1,
            endColumn: d.range.end.character + 1,
            severity: SEVERITY[d.severity ?? 1],
            code: String(d.code ?? (d.data as { code?: string } | undefined)?.code ?? 'syntax'),
            message: typeof d.message === 'string' ? d.message : d.message.value,
        } satisfies CliDiagnostic,
    })).sort((a, b) => a.cli.line - b.cli.line || a.cli.column - b.cli.column);
}

/** Path shown to the user: relative to the working directory when inside it. */
export function displayPath(file: string): string {
    const rel = path.relative(process.cwd(), file);
    return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}
