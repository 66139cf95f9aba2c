/** Small helpers shared by the editor features. Caches are keyed by the parsed root, which a re-parse replaces. */
import { AstUtils, GrammarAST, type AstNode } from 'langium';
import { isSop, type Sop, type Step } from '../generated/ast.js';
import { languageOf } from '../file-language.js';

const numbers = new WeakMap<AstNode, Map<Step, number>>();

/** The file's keyword language, as the model decides it. */
export { languageOf };

/** 1-based row number (NO column) of a step. */
export function stepNumber(step: Step): number {
    const root = step.$container;
    let map = numbers.get(root);
    if (!map) numbers.set(root, map = new Map(root.steps.map((s, i) => [s, i + 1])));
    return map.get(step) ?? 0;
}

/** The SOP that holds `node`, if any. */
export function sopOf(node: AstNode): Sop | undefined {
    const root = AstUtils.findRootNode(node);
    return isSop(root) ? root : undefined;
}

/** Name of the parser rule a grammar keyword is written in (`Name`, `Step`, `ListKind`, …). */
export function ruleOf(keyword: GrammarAST.Keyword): string | undefined {
    return AstUtils.getContainerOfType(keyword as AstNode, GrammarAST.isParserRule)?.name;
}

/** Markdown-safe inline text; half-typed clauses leave some texts undefined. */
export function md(text: string | undefined): string {
    return (text ?? '').replace(/([\\`*_[\]<>|])/g, '\\$1');
}
