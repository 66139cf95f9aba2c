import {
    AstUtils, createCompletionParser, createLangiumParser, CstUtils, GrammarAST, GrammarUtils, isLeafCstNode,
    type AstNode, type LangiumParser, type CstNode, type LangiumCompletionParser, type LangiumCoreServices,
} from 'langium';
import { memoiseRecoveryAnalysis } from './sop-parser-recovery.js';
import { SopLexer } from './sop-lexer.js';
import { createLeanParser, UnsupportedGrammarError } from './sop-parser-builder.js';
import { LeanLangiumParser } from './sop-lean-parser.js';

/**
 * Completion's parser (Langium re-parses the text before the cursor on every completion request,
 * with error recovery: 100–300 ms of one turn on a half-typed 30–60 KB file) with the memoised recovery.
 */
export function createSopCompletionParser(services: LangiumCoreServices): LangiumCompletionParser {
    const parser = createCompletionParser(services);
    memoiseRecoveryAnalysis(parser);
    const parse = parser.parse.bind(parser);
    parser.parse = (input: string) => withoutStackTraces(() => parse(input));
    return parser;
}

/** Runs `f` with Error stack traces off: Chevrotain throws an exception per syntax error and nothing reads their stacks. */
function withoutStackTraces<R>(f: () => R): R {
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
        return f();
    } finally {
        Error.stackTraceLimit = stackTraceLimit;
    }
}

/**
 * The parser that goes with SopLexer. Langium takes keyword values from the token's text, so
 * after parsing, every value built from a corrected keyword is rewritten to the keyword itself
 * (`kind` `keputsan` → `keputusan`, `kind` of a list `dasr hukum` → `dasarhukum`).
 */
export function createSopParser(services: LangiumCoreServices): LangiumParser {
    const parser = createLeanLangiumParser(services);
    memoiseRecoveryAnalysis(parser);
    const lexer = services.parser.Lexer;
    const parse = parser.parse.bind(parser);
    parser.parse = ((input: string, options?: Parameters<LangiumParser['parse']>[1]) => {
        // Chevrotain throws an exception per syntax error and nothing reads their stacks.
        const stackTraceLimit = Error.stackTraceLimit;
        Error.stackTraceLimit = 0;
        let result: ReturnType<LangiumParser['parse']>;
        try {
            result = parse(input, options);
        } finally {
            Error.stackTraceLimit = stackTraceLimit;
        }
        const root = result.value as AstNode;
        // Keywords match their exact text: a keyword leaf reads otherwise only where the lexer corrected a word.
        if (root.$cstNode && (!(lexer instanceof SopLexer) || lexer.lastCorrected > 0)) {
            for (const leaf of CstUtils.streamCst(root.$cstNode)) {
                if (GrammarAST.isKeyword(leaf.grammarSource) && leaf.text !== leaf.grammarSource.value) repairValue(leaf, leaf.grammarSource);
            }
        }
        return result;
    }) as LangiumParser['parse'];
    return parser;
}

/** Langium's parser with its rules built by the lean builder (sop-parser-builder.ts), or by Langium's if the grammar needs it. */
export function createLeanLangiumParser(services: LangiumCoreServices): LangiumParser {
    const parser = new LeanLangiumParser(services);
    try {
        createLeanParser(services.Grammar, parser, services.parser.Lexer.definition);
    } catch (e) {
        if (!(e instanceof UnsupportedGrammarError)) throw e;
        return createLangiumParser(services);
    }
    parser.finalize();
    return parser;
}

function repairValue(leaf: CstNode, keyword: GrammarAST.Keyword): void {
    const node = leaf.astNode as AstNode & Record<string, unknown>;
    const composite = leaf.container;
    const call = composite?.grammarSource;
    if (composite && GrammarAST.isRuleCall(call) && GrammarAST.isParserRule(call.rule.ref) && GrammarUtils.isDataTypeRule(call.rule.ref)) {
        const assignment = AstUtils.getContainerOfType(call as AstNode, GrammarAST.isAssignment);
        if (!assignment) return;
        // Data-type values join their tokens without the whitespace between them, as Langium does.
        const value = CstUtils.streamCst(composite).filter(l => isLeafCstNode(l) && !l.hidden)
            .map(l => GrammarAST.isKeyword(l.grammarSource) ? l.grammarSource.value : l.text).join('');
        assign(node, assignment, composite, value);
        return;
    }
    const assignment = AstUtils.getContainerOfType(keyword as AstNode, GrammarAST.isAssignment);
    // `?=` stores a boolean, not the keyword.
    if (assignment && assignment.operator !== '?=') assign(node, assignment, leaf, keyword.value);
}

/** Replaces the value `cst` gave to the assignment's property (its own element of a `+=` list). */
function assign(node: AstNode & Record<string, unknown>, assignment: GrammarAST.Assignment, cst: CstNode, value: string): void {
    if (assignment.operator !== '+=') {
        node[assignment.feature] = value;
        return;
    }
    const values = node[assignment.feature];
    const index = GrammarUtils.findNodesForProperty(node.$cstNode, assignment.feature).indexOf(cst);
    if (Array.isArray(values) && index >= 0) values[index] = value;
}
