import type { Range } from 'vscode-languageserver-types';
import type { ReferenceInfo, ScopeProvider } from 'langium';
import { closest } from '../edit-distance.js';
import type { FixData } from './sop-reporter.js';

/** At most this many "Change to" fixes per unresolved reference. */
const MAX_SUGGESTIONS = 3;

/**
 * "Change to `kepegawaian`" fixes for a misspelled reference: the names in scope (actors, steps,
 * symbols of a step, SOPs of the workspace) closest to what was written, nearest first. One edit
 * for short names, two from five letters on.
 */
export function renameFixes(scopes: ScopeProvider, info: ReferenceInfo, written: string, range: Range | undefined): FixData[] {
    if (!range || !written) return [];
    let names: string[];
    try {
        names = [...new Set(scopes.getScope(info).getAllElements().map(d => d.name))];
    } catch {
        return [];
    }
    const max = written.length >= 5 ? 2 : 1;
    return closest(written, names, max).slice(0, MAX_SUGGESTIONS)
        .map(name => ({ title: 'fix.change-reference' as const, args: [name], edits: [{ range, newText: name }] }));
}
