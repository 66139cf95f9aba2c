import { URI } from 'langium';
import { isSop } from '../language/generated/ast.js';
import type { Locale } from '../language/sop-messages.js';
import { DEFERRED_MARK, numbersOf, numberUsersText } from '../language/validation/number-index.js';
import type { CheckedFile } from './check-batch.js';
import { siblingsDeclaring } from './cli-siblings.js';
import { CliWorkspace, type CliDiagnostic } from './cli-workspace.js';

/** A SOP next to the checked files that one of their `keterkaitan` names: only its name and numbers count. */
export interface SiblingFacts {
    file: string;
    name?: string;
    numbers: string[];
}

/**
 * The siblings a check of all `checked` files at once would load (cli-siblings.ts): those declaring
 * a name that the files refer to and none of them declares. They are parsed, never validated.
 */
export async function siblingFacts(checked: readonly CheckedFile[], locale: Locale): Promise<SiblingFacts[]> {
    const declared = new Set(checked.map(c => c.name));
    const wanted = new Set(checked.flatMap(c => c.related).filter(name => !declared.has(name)));
    const files = siblingsDeclaring(wanted, checked.map(c => c.file));
    if (files.length === 0) return [];
    const documents = new CliWorkspace(locale).services.shared.workspace.LangiumDocuments;
    const facts: SiblingFacts[] = [];
    for (const file of files) {
        try {
            const root = (await documents.getOrCreateDocument(URI.file(file))).parseResult.value;
            facts.push({ file, name: isSop(root) && root.name ? root.name : undefined, numbers: numbersOf(root) });
        } catch {
            // An unreadable sibling leaves the name unresolved, which the check reports.
        }
    }
    return facts;
}

/**
 * Completes the pending diagnostics as one workspace holding every file (and the siblings) would
 * have reported them: a `keterkaitan` name declared by any of them resolves, and a `nomor` names
 * its other users, siblings first and then the checked files in order (the order they were indexed).
 */
export function completeCrossFile(checked: readonly CheckedFile[], siblings: readonly SiblingFacts[]): CliDiagnostic[] {
    const declared = new Set([...checked, ...siblings].map(f => f.name).filter(name => name !== undefined));
    const users = new Map<string, string[]>();
    for (const { file, numbers } of [...siblings, ...checked]) {
        const uri = URI.file(file).toString();
        for (const n of numbers) {
            const list = users.get(n);
            if (list) list.push(uri);
            else users.set(n, [uri]);
        }
    }
    const all: CliDiagnostic[] = [];
    for (const file of checked) {
        const pending = new Map(file.pending);
        const own = URI.file(file.file).toString();
        file.diagnostics.forEach((d, i) => {
            const wait = pending.get(i);
            if (!wait) {
                all.push(d);
            } else if (wait.kind === 'sop') {
                if (!declared.has(wait.name)) all.push(d);
            } else {
                const others = (users.get(wait.number) ?? []).filter(uri => uri !== own);
                if (others.length > 0) all.push({ ...d, message: withUsers(d.message, numberUsersText(others)) });
            }
        });
    }
    return all;
}

/** The last two marks of a deferred duplicate-number message enclose the number as JSON (number-index.ts). */
function deferredSpan(message: string): { start: number; end: number } {
    const end = message.lastIndexOf(DEFERRED_MARK);
    const start = message.lastIndexOf(DEFERRED_MARK, end - 1);
    if (start < 0 || end <= start) throw new Error('duplicate-number message without its deferred users');
    return { start, end };
}

/** The normalised number a deferred duplicate-number message is about. */
export function deferredNumber(message: string): string {
    const { start, end } = deferredSpan(message);
    return JSON.parse(message.slice(start + 1, end)) as string;
}

function withUsers(message: string, users: string): string {
    const { start, end } = deferredSpan(message);
    return message.slice(0, start) + users + message.slice(end + 1);
}
