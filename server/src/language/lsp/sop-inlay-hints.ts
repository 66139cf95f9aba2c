/** Inlay hints: each step's row number (the NO column), e.g. `No. 3`, after the step's name. */
import { GrammarUtils, type AstNode } from 'langium';
import { AbstractInlayHintProvider, type InlayHintAcceptor } from 'langium/lsp';
import { InlayHintKind } from 'vscode-languageserver';
import { isStep } from '../generated/ast.js';
import { stepNumber } from './sop-lsp-util.js';

export class SopInlayHintProvider extends AbstractInlayHintProvider {
    computeInlayHint(node: AstNode, acceptor: InlayHintAcceptor): void {
        if (!isStep(node) || !node.$cstNode) return;
        const name = GrammarUtils.findNodeForProperty(node.$cstNode, 'name');
        if (!name) return;
        acceptor({ position: name.range.end, label: `No. ${stepNumber(node)}`, kind: InlayHintKind.Parameter, paddingLeft: true });
    }
}
