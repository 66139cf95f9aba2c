import { AstUtils, GrammarAST, isCompositeCstNode, type AstNode, type CstNode } from 'langium';

/**
 * The CST nodes of every assigned property of an AST node, grouped by property, found in one walk
 * of its CST and kept for the node's lifetime (a CST keeps its nodes under its AST node: an edit
 * makes new nodes, or, inside one step, moves the other steps' CST nodes in place, see sop-step-reparse.ts). Langium's `findNodeForProperty` walks the node's CST on every call, and each
 * diagnostic range and each model range called it: a tenth of an edit's validation time.
 * Same rules as Langium's: a child whose grammar source sits inside an assignment belongs to
 * that property; nested nodes of the same AST node (groups, data-type rules) are descended into.
 */
const byNode = new WeakMap<AstNode, Map<string, CstNode[]>>();

/** The assigned feature of each grammar element (the grammar is shared and never changes). */
const features = new WeakMap<AstNode, string | null>();

export function propertyCstsOf(node: AstNode): ReadonlyMap<string, readonly CstNode[]> {
    let found = byNode.get(node);
    if (!found) {
        found = new Map();
        if (node.$cstNode) collect(node.$cstNode, node, found);
        byNode.set(node, found);
    }
    return found;
}

/** The `index`-th CST node of `property` (clamped into range, as Langium does), or undefined. */
export function propertyCstOf(node: AstNode, property: string, index?: number): CstNode | undefined {
    const csts = propertyCstsOf(node).get(property);
    return csts ? csts[Math.max(0, Math.min(index ?? 0, csts.length - 1))] : undefined;
}

function collect(cst: CstNode, element: AstNode, found: Map<string, CstNode[]>): void {
    if (!isCompositeCstNode(cst) || cst.astNode !== element) return;
    for (const child of cst.content) {
        const feature = featureOf(child.grammarSource);
        if (feature) {
            const list = found.get(feature);
            if (list) list.push(child);
            else found.set(feature, [child]);
        } else {
            collect(child, element, found);
        }
    }
}

function featureOf(source: AstNode | undefined): string | undefined {
    if (!source) return undefined;
    let feature = features.get(source);
    if (feature === undefined) {
        feature = AstUtils.getContainerOfType(source, GrammarAST.isAssignment)?.feature ?? null;
        features.set(source, feature);
    }
    return feature ?? undefined;
}
