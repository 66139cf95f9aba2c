import { isAstNode, isMultiReference, isReference, type AstNode, type ReferenceInfo } from 'langium';

/**
 * Langium's `streamAst` and `streamReferences`, as plain loops. Linking, the reference index, the
 * local symbols and validation each walk the whole AST per edit; through the streams (an iterator
 * state, `Object.keys` and a closure per node) that walking cost more than some of the work done
 * at the nodes. The order is the streams' (pre-order, properties in key order), so what the
 * phases produce (diagnostics, references) comes out in the same order.
 */
export function forEachAstNode(node: AstNode, visit: (node: AstNode) => void): void {
    visit(node);
    const record = node as unknown as Record<string, unknown>;
    for (const key of Object.keys(node)) {
        if (key.charCodeAt(0) === 36 /* $ */) continue;
        const value = record[key];
        if (Array.isArray(value)) {
            for (const item of value) if (isAstNode(item)) forEachAstNode(item, visit);
        } else if (isAstNode(value)) {
            forEachAstNode(value, visit);
        }
    }
}

/**
 * A parsed AST does not change shape (linking fills references in place; an edit makes a new root
 * that keeps every top-level node it did not touch, see sop-step-reparse.ts), so node lists and
 * references are collected once per node and shared by the phases of a build: after an edit only
 * the new root and the re-parsed step are walked again.
 */
const walked = new WeakMap<AstNode, { nodes: AstNode[]; references?: ReferenceInfo[] }>();

/** Every node under `root`, root first, in `streamAst` order (read-only: shared). */
export function allAstNodes(root: AstNode): readonly AstNode[] {
    let entry = walked.get(root);
    if (!entry) {
        const nodes: AstNode[] = [];
        if (root.$container) forEachAstNode(root, node => nodes.push(node));
        else {
            // A root is assembled from its children's lists, which outlive it.
            nodes.push(root);
            forEachChild(root, child => {
                for (const node of allAstNodes(child)) nodes.push(node);
            });
        }
        walked.set(root, entry = { nodes });
    }
    return entry.nodes;
}

/** Every reference under `root`, in the order of `streamReferences` over `streamAst` (read-only: shared). */
export function allReferences(root: AstNode): readonly ReferenceInfo[] {
    const entry = walked.get(root) ?? (allAstNodes(root), walked.get(root)!);
    if (!entry.references) {
        const references: ReferenceInfo[] = [];
        const push = (info: ReferenceInfo) => references.push(info);
        if (root.$container) for (const node of entry.nodes) forEachReference(node, push);
        else {
            forEachReference(root, push);
            forEachChild(root, child => {
                for (const info of allReferences(child)) references.push(info);
            });
        }
        entry.references = references;
    }
    return entry.references;
}

/** The nodes directly under `node`, in `streamAst` order. */
function forEachChild(node: AstNode, visit: (child: AstNode) => void): void {
    const record = node as unknown as Record<string, unknown>;
    for (const key of Object.keys(node)) {
        if (key.charCodeAt(0) === 36 /* $ */) continue;
        const value = record[key];
        if (Array.isArray(value)) {
            for (const item of value) if (isAstNode(item)) visit(item);
        } else if (isAstNode(value)) {
            visit(value);
        }
    }
}

/** The references held by `node`, in `streamReferences` order. */
export function forEachReference(node: AstNode, visit: (info: ReferenceInfo) => void): void {
    const record = node as unknown as Record<string, unknown>;
    for (const property of Object.keys(node)) {
        if (property.charCodeAt(0) === 36 /* $ */) continue;
        const value = record[property];
        if (isReference(value) || isMultiReference(value)) {
            visit({ reference: value, container: node, property });
        } else if (Array.isArray(value)) {
            for (let index = 0; index < value.length; index++) {
                const item: unknown = value[index];
                if (isReference(item) || isMultiReference(item)) visit({ reference: item, container: node, property, index });
            }
        }
    }
}
