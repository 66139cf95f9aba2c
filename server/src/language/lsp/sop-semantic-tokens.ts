/**
 * Semantic tokens: actors (class), steps (function; decisions enumMember), their references,
 * time units (type), the numbers of a waktu and dates (number), the NIP (number, readonly).
 * Keywords, strings and comments are left to the TextMate grammar.
 */
import type { AstNode } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import { isActor, isApproverField, isBranch, isDateValue, isDuration, isStep, type Step } from '../generated/ast.js';
import { stepKindOf } from '../../model/sop-model-builder.js';

export const SopTokenTypes = {
    actor: SemanticTokenTypes.class,
    step: SemanticTokenTypes.function,
    decision: SemanticTokenTypes.enumMember,
    unit: SemanticTokenTypes.type,
    number: SemanticTokenTypes.number,
    date: SemanticTokenTypes.number,
    nip: SemanticTokenTypes.number,
} as const;

function stepType(step: Step | undefined): string {
    return step && stepKindOf(step.kind) === 'decision' ? SopTokenTypes.decision : SopTokenTypes.step;
}

export class SopSemanticTokenProvider extends AbstractSemanticTokenProvider {
    protected override highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void | 'prune' {
        if (isActor(node)) {
            acceptor({ node, property: 'name', type: SopTokenTypes.actor, modifier: SemanticTokenModifiers.declaration });
        } else if (isStep(node)) {
            acceptor({ node, property: 'name', type: stepType(node), modifier: SemanticTokenModifiers.declaration });
            if (node.actor) acceptor({ node, property: 'actor', type: SopTokenTypes.actor });
            node.coActors.forEach((_, index) => acceptor({ node, property: 'coActors', index, type: SopTokenTypes.actor }));
            if (node.next) acceptor({ node, property: 'next', type: stepType(node.next.ref) });
        } else if (isBranch(node)) {
            acceptor({ node, property: 'target', type: stepType(node.target.ref) });
        } else if (isDuration(node)) {
            if (node.min !== undefined) acceptor({ node, property: 'min', type: SopTokenTypes.number });
            if (node.max !== undefined) acceptor({ node, property: 'max', type: SopTokenTypes.number });
            if (node.factor !== undefined) acceptor({ node, property: 'factor', type: SopTokenTypes.number });
            node.unit.forEach((_, index) => acceptor({ node, property: 'unit', index, type: SopTokenTypes.unit }));
            return 'prune';
        } else if (isDateValue(node)) {
            if (node.$cstNode && !node.empty) acceptor({ cst: node.$cstNode, type: SopTokenTypes.date });
            return 'prune';
        } else if (isApproverField(node) && node.nip !== undefined) {
            acceptor({ node, property: 'nip', type: SopTokenTypes.nip, modifier: SemanticTokenModifiers.readonly });
        }
    }
}
