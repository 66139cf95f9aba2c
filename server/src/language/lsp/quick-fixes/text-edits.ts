/** Text edits the quick fixes are made of; built only when the editor asks for code actions. */
import { AstUtils, CstUtils, isLeafCstNode, type AstNode, type CstNode } from 'langium';
import type { TextEdit } from 'vscode-languageserver-types';
import type { Step } from '../../generated/ast.js';

/**
 * An edit that removes `[start, end)` (offsets) together with the whitespace before it, so the
 * line it sat on disappears rather than leaving a blank line behind.
 */
export function deleteSpan(node: AstNode, start: number, end: number): TextEdit {
    const doc = AstUtils.getDocument(node).textDocument;
    const text = doc.getText();
    let from = start;
    while (from > 0 && /\s/.test(text[from - 1])) from--;
    return { range: { start: doc.positionAt(from), end: doc.positionAt(end) }, newText: '' };
}

/** Removes a whole node (a field, a clause), with the whitespace before it. */
export function deleteNode(node: AstNode): TextEdit | undefined {
    const cst = node.$cstNode;
    return cst ? deleteSpan(node, cst.offset, cst.end) : undefined;
}

/**
 * Removes a clause: the value plus the keywords right before it that belong to the clause
 * (`keywords`, e.g. ['lanjut', 'next', 'ke', 'to']), with the whitespace in front; up to `end`
 * when the clause runs on past the value.
 */
export function deleteClause(owner: AstNode, value: CstNode, keywords: readonly string[], end = value.end): TextEdit | undefined {
    if (!owner.$cstNode) return undefined;
    const leaves = CstUtils.streamCst(owner.$cstNode).filter(n => isLeafCstNode(n) && !n.hidden).toArray();
    let i = leaves.findIndex(l => l.offset >= value.offset);
    if (i < 0) return undefined;
    let start = leaves[i].offset;
    while (i > 0 && keywords.includes(leaves[i - 1].text.toLowerCase())) {
        i--;
        start = leaves[i].offset;
    }
    return deleteSpan(owner, start, end);
}

/** A double-quoted string literal of the grammar's STRING terminal. */
export function quote(text: string): string {
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** Inserts `text` right after `node` ends. */
export function insertAfter(node: AstNode, text: string): TextEdit | undefined {
    const cst = node.$cstNode;
    if (!cst) return undefined;
    return { range: { start: cst.range.end, end: cst.range.end }, newText: text };
}

/** The indentation the step's clauses use (that of its second line), or four spaces. */
export function clauseIndent(step: Step): string {
    const text = step.$cstNode?.text ?? '';
    const m = /\n([ \t]+)\S/.exec(text);
    return m ? m[1] : '    ';
}
