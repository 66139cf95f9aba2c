import type { LangiumDocument, ReferenceInfo, ScopeProvider } from 'langium';
import { isActor, isSop } from '../../generated/ast.js';
import { IssueCodes } from '../../../protocol/sop-issue-codes.js';
import { kw } from '../../../vocabulary/sop-vocabulary.js';
import { closest } from '../../edit-distance.js';
import { languageOf } from '../../file-language.js';
import { isName } from '../../sop-names.js';
import type { Fix, FixBuilder, FixContext } from './quick-fix.js';
import { quote } from './text-edits.js';

/** At most this many "Change to" fixes per unresolved reference. */
const MAX_SUGGESTIONS = 3;

/**
 * "Change to `kepegawaian`" fixes for a misspelled reference: the names in scope (actors, steps,
 * symbols of a step, SOPs of the workspace) closest to what was written, nearest first. One edit
 * for short names, two from five letters on.
 */
function renameFixes(scopes: ScopeProvider, info: ReferenceInfo, written: string, ctx: FixContext): Fix[] {
    let names: string[];
    try {
        names = [...new Set(scopes.getScope(info).getAllElements().map(d => d.name))];
    } catch {
        return [];
    }
    const max = written.length >= 5 ? 2 : 1;
    const range = ctx.diagnostic.range;
    return closest(written, names, max).slice(0, MAX_SUGGESTIONS)
        .map(name => ({ title: 'fix.change-reference', args: [name], edits: [{ range, newText: name }] }));
}

/** Inserts `pelaksana x "X"` after the last actor, or before the first step. */
function declareActorFix(document: LangiumDocument, name: string): Fix[] {
    const sop = document.parseResult.value;
    if (!isSop(sop)) return [];
    const declaration = `${kw('actor', languageOf(sop))} ${name} ${quote(labelFromName(name))}`;
    const lastActor = [...sop.actors].reverse().find(a => isActor(a) && a.$cstNode);
    if (lastActor?.$cstNode) {
        const at = lastActor.$cstNode.range.end;
        return [{ title: 'fix.declare-actor', args: [name], edits: [{ range: { start: at, end: at }, newText: `\n${declaration}` }] }];
    }
    const firstStep = sop.steps.find(s => s.$cstNode);
    if (!firstStep?.$cstNode) return [];
    const at = { line: firstStep.$cstNode.range.start.line, character: 0 };
    return [{ title: 'fix.declare-actor', args: [name], edits: [{ range: { start: at, end: at }, newText: `${declaration}\n\n` }] }];
}

/** `kasubbagUmum` → "Kasubbag Umum": a readable placeholder the author then corrects. */
function labelFromName(name: string): string {
    const words = name.replace(/_/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').trim();
    return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The closest names in scope first, then (for an actor with a valid name) declaring it. */
function unresolved(ctx: FixContext): Fix[] {
    const reference = ctx.document.references.find(r => r.error && ctx.startsHere(r.$refNode));
    const written = reference?.error?.info.reference.$refText;
    if (!reference?.error || !written) return [];
    const fixes = renameFixes(ctx.services.references.ScopeProvider, reference.error.info, written, ctx);
    const code = (ctx.diagnostic.data as { code?: string } | undefined)?.code ?? ctx.diagnostic.code;
    if (code === IssueCodes.UnresolvedActor && isName(ctx.services.Grammar, written)) fixes.push(...declareActorFix(ctx.document, written));
    return fixes;
}

/** Quick fixes of unresolved references (reported by SopDocumentValidator). */
export const ReferenceFixes = {
    [IssueCodes.UnresolvedActor]: unresolved,
    [IssueCodes.UnresolvedStep]: unresolved,
    [IssueCodes.UnresolvedSymbol]: unresolved,
    [IssueCodes.UnresolvedSop]: unresolved,
} satisfies Record<string, FixBuilder>;
