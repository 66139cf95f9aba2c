import { DocumentState, type DocumentBuilder, type LangiumDocument, type LangiumDocuments } from 'langium';
import { isNumberField, isSop } from '../generated/ast.js';

/**
 * nomor → URIs of the workspace's SOPs that use it, kept up to date per document: a build reads
 * the numbers of the documents it (re)indexes and forgets deleted ones, so an edit costs one
 * document's fields, not a walk over every file (which cost ~6 ms per keystroke at 1,000 files).
 */
export class NumberIndex {
    private readonly numbersByUri = new Map<string, string[]>();
    private index: Map<string, string[]> | undefined;
    private seeded = false;
    /**
     * Set by a check split into batches or worker threads (cli/check-batches.ts): the other users of a
     * number may not be loaded, so every number is reported with `deferredUsers(number)` in place of
     * their names, and the caller fills them in (or drops the report) once every file is known.
     */
    deferUsers = false;

    constructor(private readonly documents: LangiumDocuments, builder: DocumentBuilder) {
        builder.onBuildPhase(DocumentState.IndexedContent, built => { for (const doc of built) this.read(doc); });
        builder.onUpdate((_changed, deleted) => {
            for (const uri of deleted) if (this.numbersByUri.delete(uri.toString())) this.index = undefined;
        });
    }

    /** URIs of the SOPs whose `nomor` normalises to `number`. */
    usersOf(number: string): readonly string[] {
        return this.current().get(number) ?? [];
    }

    private current(): Map<string, string[]> {
        // Documents added without a build (or before this index existed) are read once.
        if (!this.seeded) {
            this.seeded = true;
            for (const doc of this.documents.all) if (!this.numbersByUri.has(doc.uri.toString())) this.read(doc);
        }
        if (this.index) return this.index;
        const index = new Map<string, string[]>();
        for (const [uri, numbers] of this.numbersByUri) {
            for (const n of numbers) {
                const users = index.get(n);
                if (users) users.push(uri);
                else index.set(n, [uri]);
            }
        }
        return this.index = index;
    }

    private read(doc: LangiumDocument): void {
        const root = doc.parseResult?.value;
        const uri = doc.uri.toString();
        const numbers = numbersOf(root);
        const before = this.numbersByUri.get(uri);
        if (before && before.length === numbers.length && before.every((n, i) => n === numbers[i])) return;
        if (numbers.length === 0 && !before) return;
        if (numbers.length === 0) this.numbersByUri.delete(uri);
        else this.numbersByUri.set(uri, numbers);
        this.index = undefined;
    }
}

export function normaliseNumber(value: string | undefined): string {
    return (value ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
}

/** The distinct normalised numbers a document's root declares, in order (none for a broken root). */
export function numbersOf(root: unknown): string[] {
    return isSop(root) ? [...new Set(root.fields.filter(isNumberField).map(f => normaliseNumber(f.value)).filter(Boolean))] : [];
}

/** What a report of a duplicate number holds in place of the other users' names while they are deferred. */
export const DEFERRED_MARK = '\u0000';

export function deferredUsers(number: string): string {
    // JSON has no raw NUL, so the last two marks of a message always enclose this (the value before it may hold NULs).
    return `${DEFERRED_MARK}${JSON.stringify(number)}${DEFERRED_MARK}`;
}

/** The other users as the message names them: at most three file names, then how many more. */
export function numberUsersText(others: readonly string[]): string {
    const shown = others.slice(0, 3).map(uri => decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1)));
    return others.length > 3 ? `${shown.join(', ')} (+${others.length - 3})` : shown.join(', ');
}
