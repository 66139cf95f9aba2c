import {
    AstUtils, createLangiumParser, CstUtils, GrammarAST, GrammarUtils, type AstNode, type CstNode, type LangiumCoreServices, type LangiumParser,
    type LexerResult, type TokenizeOptions, DefaultLexer, isLeafCstNode,
} from 'langium';
import type { IToken, TokenType } from 'chevrotain';
import { editDistance } from './edit-distance.js';
import { clauseStartWords } from './sop-vocabulary.js';

/**
 * Forgiving lexing of misspelled clause keywords. A clause starts a line, so a word at the start
 * of a line that is no keyword but one edit from exactly one clause keyword (`ouput`, `ole`,
 * `langka`; two edits for keywords of eight letters or more: `kelengkpn`) is lexed as that
 * keyword. The file then parses as the author meant it, and KeywordChecks reports the word once
 * (its text differs from the keyword's), with a quick fix. Words elsewhere are left alone: they
 * may be names, and a name one edit from a keyword is common (`kasi` / `kaki`). A name written
 * alone at the start of a line (a list continued on the next line) that is one edit from a clause
 * keyword would be taken for that keyword; the diagnostic then says so.
 */
export class SopLexer extends DefaultLexer {
    private corrections?: Map<string, TokenType | undefined>;

    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        const result = super.tokenize(text, options);
        for (const token of result.tokens) {
            if (token.tokenType.name !== 'ID' || !startsLine(text, token.startOffset)) continue;
            const keyword = this.correctionOf(token.image);
            if (keyword) retype(token, keyword);
        }
        return result;
    }

    private correctionOf(word: string): TokenType | undefined {
        this.corrections ??= new Map();
        if (!this.corrections.has(word)) {
            const keyword = nearestClauseKeyword(word);
            this.corrections.set(word, keyword ? this.definition[keyword] : undefined);
        }
        return this.corrections.get(word);
    }
}

const CLAUSE_WORDS = [...clauseStartWords()].filter(w => w.length >= 4);

/** The one clause keyword `word` is a plausible misspelling of, if any. */
export function nearestClauseKeyword(word: string): string | undefined {
    if (word.length < 3) return undefined;
    let best: string[] = [];
    let bestDistance = Infinity;
    for (const keyword of CLAUSE_WORDS) {
        const distance = editDistance(word.toLowerCase(), keyword);
        if (distance > (keyword.length >= 8 ? 2 : 1)) continue;
        if (distance < bestDistance) [best, bestDistance] = [[keyword], distance];
        else if (distance === bestDistance) best.push(keyword);
    }
    return best.length === 1 ? best[0] : undefined;
}

function startsLine(text: string, offset: number): boolean {
    let i = offset - 1;
    while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
    return i < 0 || text[i] === '\n' || text[i] === '\r';
}

function retype(token: IToken, type: TokenType): void {
    token.tokenType = type;
    token.tokenTypeIdx = type.tokenTypeIdx!;
}

/**
 * The parser that goes with SopLexer. Langium takes keyword values from the token's text, so
 * after parsing, every value built from a corrected keyword is rewritten to the keyword itself
 * (`kind` `keputsan` → `keputusan`, `kind` of a list `dasr hukum` → `dasarhukum`).
 */
export function createSopParser(services: LangiumCoreServices): LangiumParser {
    const parser = createLangiumParser(services);
    const parse = parser.parse.bind(parser);
    parser.parse = ((input: string, options?: Parameters<LangiumParser['parse']>[1]) => {
        const result = parse(input, options);
        const root = result.value as AstNode;
        if (root.$cstNode) {
            for (const leaf of CstUtils.streamCst(root.$cstNode)) {
                if (GrammarAST.isKeyword(leaf.grammarSource) && leaf.text !== leaf.grammarSource.value) repairValue(leaf, leaf.grammarSource);
            }
        }
        return result;
    }) as LangiumParser['parse'];
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
        if (assignment.operator === '+=') {
            const all = GrammarUtils.findNodesForProperty(node.$cstNode, assignment.feature);
            const values = node[assignment.feature];
            const index = all.indexOf(composite);
            if (Array.isArray(values) && index >= 0) values[index] = value;
        } else node[assignment.feature] = value;
        return;
    }
    const assignment = AstUtils.getContainerOfType(keyword as AstNode, GrammarAST.isAssignment);
    if (assignment?.operator === '=') node[assignment.feature] = keyword.value;
}
