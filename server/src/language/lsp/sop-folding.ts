/** Folding: the identity block as a whole, each multi-line identity field, each step, block comments. */
import type { AstNode, LangiumDocument } from 'langium';
import { DefaultFoldingRangeProvider, type FoldingRangeAcceptor } from 'langium/lsp';
import { FoldingRangeKind } from 'vscode-languageserver';
import { isSop } from '../generated/ast.js';

export class SopFoldingRangeProvider extends DefaultFoldingRangeProvider {
    protected override collectFolding(document: LangiumDocument, acceptor: FoldingRangeAcceptor): void {
        const root = document.parseResult.value;
        if (!isSop(root)) return;
        const fields = root.fields.filter(f => f.$cstNode);
        if (fields.length > 1) {
            fold(fields[0].$cstNode!.range.start.line, fields[fields.length - 1].$cstNode!.range.end.line, acceptor, FoldingRangeKind.Region);
        }
        for (const node of [...fields, ...root.steps] as AstNode[]) {
            const r = node.$cstNode?.range;
            if (r) fold(r.start.line, r.end.line, acceptor);
        }
        this.collectCommentFolding(document, root, acceptor);
    }
}

function fold(startLine: number, endLine: number, acceptor: FoldingRangeAcceptor, kind?: string): void {
    if (endLine > startLine) acceptor({ startLine, endLine, ...(kind ? { kind } : {}) });
}
