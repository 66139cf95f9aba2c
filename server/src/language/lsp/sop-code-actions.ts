import type { LangiumDocument, MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Command, type Diagnostic } from 'vscode-languageserver';
import type { IssueCode } from '../../protocol/sop-issue-codes.js';
import type { SopMessages } from '../sop-messages.js';
import type { SopServices } from '../sop-module.js';
import { FlowFixes } from './quick-fixes/flow-fixes.js';
import { IdentityFixes } from './quick-fixes/identity-fixes.js';
import { FixContext, type Fix, type FixBuilder } from './quick-fixes/quick-fix.js';
import { ReferenceFixes } from './quick-fixes/reference-fixes.js';
import { StepFixes } from './quick-fixes/step-fixes.js';
import { StructureFixes } from './quick-fixes/structure-fixes.js';

/** The fix builders by issue code; a code without one has no quick fix. */
const FIXES: Partial<Record<IssueCode, FixBuilder>> = { ...StructureFixes, ...ReferenceFixes, ...IdentityFixes, ...FlowFixes, ...StepFixes };

/**
 * Quick fixes, built when the editor asks (as Langium's grammar code actions are): the checks only
 * detect, and a diagnostic carries its code plus, rarely, a small hint. Each builder finds its node
 * again from the diagnostic's range in the current document. Keyed on codes, never on message text.
 */
export class SopCodeActionProvider implements CodeActionProvider {
    private readonly messages: SopMessages;

    constructor(private readonly services: SopServices) {
        this.messages = services.i18n.Messages;
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction> | undefined> {
        const actions: CodeAction[] = [];
        for (const diagnostic of params.context.diagnostics) {
            for (const fix of this.fixesOf(document, diagnostic)) {
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

    /** A failing builder costs its own fixes only, never the whole request. */
    private fixesOf(document: LangiumDocument, diagnostic: Diagnostic): Fix[] {
        const code = codeOf(diagnostic);
        const build = code !== undefined && Object.hasOwn(FIXES, code) ? FIXES[code as IssueCode] : undefined;
        if (!build) return [];
        try {
            return build(new FixContext(document, diagnostic, this.services));
        } catch (e) {
            console.error(`sop: quick fix for ${code} failed:`, e instanceof Error ? e.stack ?? e.message : String(e));
            return [];
        }
    }
}

/** The issue code of a diagnostic (from `data.code`, as `testCodeAction` reads it, or `code`). */
function codeOf(diagnostic: Diagnostic): string | undefined {
    const data = diagnostic.data as { code?: unknown } | undefined;
    const code = typeof data?.code === 'string' ? data.code : diagnostic.code;
    return typeof code === 'string' ? code : undefined;
}
