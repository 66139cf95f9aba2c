import { AstUtils, CstUtils, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import type { SopMessageKey, SopServices } from '../../sop-module.js';
import type { FixHint } from '../../validation/sop-reporter.js';

/** One quick fix: a catalogue key for its title (with arguments) and the edits it makes. */
export interface Fix {
    title: SopMessageKey;
    args?: string[];
    edits: TextEdit[];
}

/**
 * What a fix builder gets: the document as it is now, the diagnostic the editor sent back, and the
 * CST leaf where that diagnostic starts. Builders find their node again from there and return no
 * fix when the text no longer matches (an edit raced the request).
 */
export class FixContext {
    readonly offset: number;
    readonly leaf: CstNode | undefined;

    constructor(readonly document: LangiumDocument, readonly diagnostic: Diagnostic, readonly services: SopServices) {
        this.offset = document.textDocument.offsetAt(diagnostic.range.start);
        const root = document.parseResult.value.$cstNode;
        this.leaf = root ? CstUtils.findLeafNodeAtOffset(root, this.offset) : undefined;
    }

    /** The innermost node of the given type around the diagnostic's start. */
    nodeOf<T extends AstNode>(guard: (node: unknown) => node is T): T | undefined {
        return this.leaf ? AstUtils.getContainerOfType(this.leaf.astNode, guard) : undefined;
    }

    /** Whether `cst` starts where the diagnostic does: the check reported on exactly this node. */
    startsHere(cst: CstNode | undefined): cst is CstNode {
        return cst !== undefined && cst.offset === this.offset;
    }

    /** A fact the check put in `data.fix` (see `SopReporter.report`). */
    hint(key: string): string | undefined {
        const fix = (this.diagnostic.data as { fix?: FixHint } | undefined)?.fix;
        return typeof fix?.[key] === 'string' ? fix[key] : undefined;
    }

    /** Replaces the whole text of `range`'s node. */
    replace(cst: CstNode, newText: string): TextEdit {
        return { range: cst.range, newText };
    }
}

/** Builds the fixes of one issue code; an empty list when none applies. */
export type FixBuilder = (context: FixContext) => Fix[];

/** `[fix]` when every edit could be built, else `[]`. */
export function fixOf(title: SopMessageKey, args: string[] | undefined, ...edits: Array<TextEdit | undefined>): Fix[] {
    return edits.every((e): e is TextEdit => e !== undefined) && edits.length > 0 ? [{ title, args, edits }] : [];
}
