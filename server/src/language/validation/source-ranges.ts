/** Where a property or clause sits in the source: the ranges checks report on. */
import { CstUtils, isLeafCstNode, type AstNode, type CstNode } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import { propertyCstOf, propertyCstsOf } from '../sop-property-csts.js';

/** The CST node of a property (the `index`-th for lists). */
export function propertyCst(node: AstNode, property: string, index?: number): CstNode | undefined {
    return propertyCstOf(node, property, index);
}

/** All CST nodes of a property, in source order. */
export function propertyCsts(node: AstNode, property: string): CstNode[] {
    return [...propertyCstsOf(node).get(property) ?? []];
}

/** The range of the first token of a node (its keyword), for squiggles on a whole clause. */
export function firstTokenRange(node: AstNode): Range | undefined {
    if (!node.$cstNode) return undefined;
    for (const leaf of CstUtils.streamCst(node.$cstNode)) {
        if (isLeafCstNode(leaf) && !leaf.hidden) return leaf.range;
    }
    return node.$cstNode.range;
}
