import { URI, type LangiumDocument } from 'langium';
import { isRelatedField, isSop } from '../language/generated/ast.js';
import type { Locale } from '../language/sop-messages.js';
import { numbersOf } from '../language/validation/number-index.js';
import { IssueCodes } from '../protocol/sop-issue-codes.js';
import { CliWorkspace, displayPath, IoError, sortedCliDiagnostics, type CliDiagnostic } from './cli-workspace.js';
import { deferredNumber } from './check-cross-file.js';

/** What every batch of one `sop check` run shares (and a worker receives once). */
export interface CheckOptions {
    locale: Locale;
    configFile?: string;
    hints: boolean;
}

/**
 * A diagnostic whose final form depends on files outside its batch: a `keterkaitan` name that did
 * not resolve (another file may declare it), or a `nomor` whose other users are not known yet.
 */
export type Pending = { kind: 'sop'; name: string } | { kind: 'number'; number: string };

/** One checked file: its diagnostics and the few facts the checks across files need. */
export interface CheckedFile {
    file: string;
    /** The name it exports for `keterkaitan` (`sop <name>`), when it has one. */
    name?: string;
    /** Every name its `keterkaitan` refers to. */
    related: string[];
    /** Its normalised `nomor` values. */
    numbers: string[];
    diagnostics: CliDiagnostic[];
    /** [index in diagnostics, what it waits for]. */
    pending: Array<[number, Pending]>;
}

export type BatchResult =
    | { kind: 'checked'; files: CheckedFile[]; failure?: { check: string; error: string } }
    | { kind: 'unreadable'; message: string };

/**
 * Checks files a batch at a time in one workspace and forgets each batch once its diagnostics are
 * taken, so memory stays flat however many files a run has (1,000 files held at once: ~600 MB, and
 * garbage collection took a third of the time). Results that need other files are left pending
 * (check-cross-file.ts completes them once every batch is in).
 */
export class BatchChecker {
    private readonly workspace: CliWorkspace;
    private failures = 0;

    constructor(private readonly options: CheckOptions) {
        this.workspace = new CliWorkspace(options.locale, options.configFile);
        this.workspace.services.validation.NumberIndex.deferUsers = true;
        this.workspace.services.validation.Reporter.skipHints = options.hints ? undefined : () => true;
    }

    async check(files: string[]): Promise<BatchResult> {
        const shared = this.workspace.services.shared.workspace;
        const documents: LangiumDocument[] = [];
        try {
            // Read together (waiting on one file at a time left the thread idle), parsed as each arrives.
            const read = await Promise.allSettled(files.map(file => this.read(file)));
            for (const r of read) if (r.status === 'fulfilled') documents.push(r.value);
            const unreadable = read.find(r => r.status === 'rejected');
            if (unreadable) throw unreadable.reason;
            await shared.DocumentBuilder.build(documents, { validation: true });
            return { kind: 'checked', files: documents.map((doc, i) => this.checked(files[i], doc)), failure: this.newFailure() };
        } catch (e) {
            if (e instanceof IoError) return { kind: 'unreadable', message: e.message };
            throw e;
        } finally {
            await shared.DocumentBuilder.update([], documents.map(d => d.uri));
        }
    }

    private async read(file: string): Promise<LangiumDocument> {
        try {
            return await this.workspace.services.shared.workspace.LangiumDocuments.getOrCreateDocument(URI.file(file));
        } catch (e) {
            throw new IoError(`${file}: cannot read (${(e as Error).message})`);
        }
    }

    private newFailure(): { check: string; error: string } | undefined {
        const failures = this.workspace.services.validation.Reporter.failures;
        const first = failures[this.failures];
        this.failures = failures.length;
        return first;
    }

    private checked(file: string, doc: LangiumDocument): CheckedFile {
        const root = doc.parseResult.value;
        const diagnostics: CliDiagnostic[] = [];
        const pending: Array<[number, Pending]> = [];
        for (const { cli, lsp } of sortedCliDiagnostics(displayPath(file), doc.diagnostics ?? [], this.options.hints)) {
            const data = lsp.data as { code?: string; refText?: string } | undefined;
            if (data?.code === IssueCodes.UnresolvedSop && data.refText !== undefined) pending.push([diagnostics.length, { kind: 'sop', name: data.refText }]);
            if (data?.code === IssueCodes.DuplicateNumber) pending.push([diagnostics.length, { kind: 'number', number: deferredNumber(cli.message) }]);
            diagnostics.push(cli);
        }
        return {
            file, diagnostics, pending,
            name: isSop(root) && root.name ? root.name : undefined,
            related: relatedNames(root),
            numbers: numbersOf(root),
        };
    }
}

/** The names `keterkaitan` refers to, as cli-siblings.ts reads them. */
function relatedNames(root: unknown): string[] {
    if (!isSop(root)) return [];
    const names: string[] = [];
    for (const field of root.fields ?? []) {
        if (!isRelatedField(field)) continue;
        for (const item of field.items) if (item.sop?.$refText) names.push(item.sop.$refText);
    }
    return names;
}
