import { isCompositeCstNode, type AstNode, type CstNode } from 'langium';
import type { SourceRange } from '../model/sop-document.js';
import { rangeOf } from './sop-ast-utils.js';

/** Langium's leaf CST nodes store their start; a composite node's `range` builds new objects each time it is asked after an edit. */
interface StoredStart { _startLine?: number; _startColumn?: number }

/**
 * Where `cst` starts (its first token that is not hidden, as Langium's `range` counts), as one
 * number: line × 2²⁴ + column. Equal numbers mean the same line and column. Read from the stored
 * fields of the first token, so asking costs no allocation (asked for every step on every edit).
 */
export function startKey(cst: CstNode): number {
    let node = cst;
    while (isCompositeCstNode(node)) {
        const next: CstNode | undefined = node.content.find(c => !c.hidden) ?? node.content[0];
        if (!next) break;
        node = next;
    }
    const leaf = node as unknown as StoredStart;
    if (typeof leaf._startLine === 'number' && typeof leaf._startColumn === 'number') return leaf._startLine * 2 ** 24 + leaf._startColumn;
    const { line, character } = cst.range.start;
    return line * 2 ** 24 + character;
}

const ranges = new WeakMap<AstNode, { at: number; range: SourceRange }>();

/**
 * The node's range as `rangeOf` gives it, one object per node while the node starts at the same
 * line and column (a node never changes its text: an edit re-parses what it touched into new
 * nodes). Shared: read-only for callers.
 */
export function keptRangeOf(node: AstNode): SourceRange {
    const cst = node.$cstNode;
    if (!cst) return rangeOf(node);
    const at = startKey(cst);
    const kept = ranges.get(node);
    if (kept && kept.at === at) return kept.range;
    const range = rangeOf(node);
    ranges.set(node, { at, range });
    return range;
}
