import type { LangiumDocument, MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Command, type Diagnostic } from 'vscode-languageserver';
import type { SopMessages } from '../sop-messages.js';
import type { SopServices } from '../sop-module.js';
import type { FixData } from '../validation/sop-reporter.js';

/**
 * Quick fixes. The validator computes each fix's edits together with the diagnostic (it has the
 * AST and the exact ranges at hand) and ships them in `diagnostic.data.fixes`; this provider turns
 * them into localised code actions. Keyed on codes, never on message text.
 */
export class SopCodeActionProvider implements CodeActionProvider {
    private readonly messages: SopMessages;

    constructor(services: SopServices) {
        this.messages = services.i18n.Messages;
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction> | undefined> {
        const actions: CodeAction[] = [];
        for (const diagnostic of params.context.diagnostics) {
            for (const fix of fixesOf(diagnostic)) {
                actions.push({
                    title: this.messages.format(fix.title, ...(fix.args ?? [])),
                    kind: CodeActionKind.QuickFix,
                    diagnostics: [diagnostic],
                    isPreferred: true,
                    edit: { changes: { [document.textDocument.uri]: fix.edits } },
                });
            }
        }
        return actions.length > 0 ? actions : undefined;
    }
}

/** The fixes a SOP diagnostic carries; anything malformed (e.g. from another tool) is ignored. */
function fixesOf(diagnostic: Diagnostic): FixData[] {
    const data = diagnostic.data as { fixes?: unknown } | undefined;
    if (!data || !Array.isArray(data.fixes)) return [];
    return data.fixes.filter((f): f is FixData =>
        typeof f === 'object' && f !== null && typeof (f as FixData).title === 'string' && Array.isArray((f as FixData).edits));
}
