/**
 * Rename of actors, steps and SOPs, in every file that references them. The new name must be a
 * valid name for what is renamed (an SOP name cannot be a keyword; actor and step names may be
 * the soft keywords of the grammar's `Name` rule) and must not clash within its SOP or workspace.
 */
import { CstUtils, type AstNode, type Grammar, type LangiumDocument, type LangiumDocuments } from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import { ResponseError, ErrorCodes, type RenameParams, type WorkspaceEdit } from 'vscode-languageserver';
import { isActor, isSop, isStep } from '../generated/ast.js';
import { isKeyword } from '../../vocabulary/sop-vocabulary.js';
import type { SopMessages } from '../sop-messages.js';
import type { SopMessageKey } from '../sop-module.js';
import type { SopServices } from '../sop-module.js';
import { LspMessages } from './sop-lsp-messages.js';
import { isName } from '../sop-names.js';
import { SOFT_KEYWORDS } from './sop-soft-keywords.js';


export class SopRenameProvider extends DefaultRenameProvider {
    private readonly messages: SopMessages;
    private readonly documents: LangiumDocuments;
    private readonly grammar: Grammar;

    constructor(services: SopServices) {
        super(services);
        this.messages = services.i18n.Messages;
        this.documents = services.shared.workspace.LangiumDocuments;
        this.grammar = services.Grammar;
    }

    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        const target = this.targetAt(document, params);
        if (target) this.checkName(target, params.newName);
        return super.rename(document, params);
    }

    private targetAt(document: LangiumDocument, params: RenameParams): AstNode | undefined {
        const root = document.parseResult.value.$cstNode;
        if (!root) return undefined;
        const leaf = CstUtils.findDeclarationNodeAtOffset(root, document.textDocument.offsetAt(params.position), this.grammarConfig.nameRegexp);
        return leaf ? this.references.findDeclarations(leaf)[0] : undefined;
    }

    /** Throws a ResponseError, which editors show as the reason the rename was refused. */
    private checkName(target: AstNode, newName: string): void {
        const fail = (code: SopMessageKey) => {
            throw new ResponseError(ErrorCodes.InvalidParams, this.messages.format(code, newName));
        };
        if (!isName(this.grammar, newName)) fail(LspMessages.renameInvalid);
        if (isKeyword(newName) && (isSop(target) || !SOFT_KEYWORDS.has(newName))) fail(LspMessages.renameKeyword);
        if (this.taken(target, newName)) fail(LspMessages.renameExists);
    }

    private taken(target: AstNode, newName: string): boolean {
        if (isActor(target)) return target.$container.actors.some(a => a !== target && a.name === newName);
        if (isStep(target)) return target.$container.steps.some(s => s !== target && s.name === newName);
        if (isSop(target)) return this.documents.all.some(d => isSop(d.parseResult.value) && d.parseResult.value !== target && d.parseResult.value.name === newName);
        return false;
    }
}
