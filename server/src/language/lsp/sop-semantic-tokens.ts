/**
 * Semantic tokens: actors (class), steps (function; decisions enumMember), their references,
 * time units (type), the numbers of a waktu and dates (number), the NIP (number, readonly).
 * Keywords, strings and comments are left to the TextMate grammar.
 */
import type { AstNode } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import { isActor, isApproverField, isCell, isDateValue, isDuration, isStep, isSymbolRef, type Step } from '../generated/ast.js';
import { stepKindOf } from '../sop-ast-utils.js';

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
            node.byActors.forEach((_, index) => acceptor({ node, property: 'byActors', index, type: SopTokenTypes.actor }));
            node.coActors.forEach((_, index) => acceptor({ node, property: 'coActors', index, type: SopTokenTypes.actor }));
        } else if (isCell(node)) {
            if (node.actor?.$refNode) acceptor({ node, property: 'actor', type: SopTokenTypes.actor });
        } else if (isSymbolRef(node)) {
            // Half-typed references (`ya ke` with no target yet) have no CST node for the name.
            if (node.step?.$refNode) acceptor({ node, property: 'step', type: stepType(node.step.ref) });
            if (node.actor?.$refNode) acceptor({ node, property: 'actor', type: SopTokenTypes.actor });
        } else if (isDuration(node)) {
            if (node.min !== undefined) acceptor({ node, property: 'min', type: SopTokenTypes.number });
            if (node.max !== undefined) acceptor({ node, property: 'max', type: SopTokenTypes.number });
            if (node.factor !== undefined) acceptor({ node, property: 'factor', type: SopTokenTypes.number });
            node.unit.forEach((_, index) => acceptor({ node, property: 'unit', index, type: SopTokenTypes.unit }));
            return 'prune';
        } else if (isDateValue(node)) {
            if (node.$cstNode && !node.empty) acceptor({ cst: node.$cstNode, type: SopTokenTypes.date });
            return 'prune';
        } else if (isApproverField(node)) {
            node.nips.forEach((_, index) => acceptor({ node, property: 'nips', index, type: SopTokenTypes.nip, modifier: SemanticTokenModifiers.readonly }));
        }
    }
}
