import { LangiumParser, type AstNode, type LexerResult, type ParseResult, type ParserOptions } from 'langium';

/** The parts of Langium 4.4's LangiumParser that `parse` uses and TypeScript calls private. */
interface ParserInternals {
    nodeBuilder: { buildRootNode(input: string): unknown; addHiddenNodes(tokens: LexerResult['hidden']): void };
    lexerResult: LexerResult | undefined;
    doParse(rule: unknown): AstNode;
}

/**
 * Langium's parser, except how the parsed tree's nodes learn their containers: Langium's
 * `linkContentToContainer` lists every node's properties with `Object.entries` (an array of pairs
 * per node: 220 MB of garbage and ~6 % of the CPU of `sop check` on 1,000 files). Here the keys are
 * read in place. Same `$container`, `$containerProperty` and `$containerIndex` on every node
 * (`parser-builder.test.ts` compares both parsers on every example and on broken texts).
 */
export class LeanLangiumParser extends LangiumParser {
    override parse<T extends AstNode = AstNode>(input: string, options: ParserOptions = {}): ParseResult<T> {
        const self = this as unknown as ParserInternals;
        // Should a Langium release change its internals, fall back to its own parse.
        if (typeof self.doParse !== 'function' || typeof self.nodeBuilder?.buildRootNode !== 'function') return super.parse(input, options);
        self.nodeBuilder.buildRootNode(input);
        const lexerResult = self.lexerResult = this.lexer.tokenize(input);
        this.wrapper.input = lexerResult.tokens;
        const ruleMethod = options.rule ? this.allRules.get(options.rule) : this.mainRule;
        if (!ruleMethod) throw new Error(options.rule ? `No rule found with name '${options.rule}'` : 'No main rule available.');
        const result = self.doParse(ruleMethod);
        self.nodeBuilder.addHiddenNodes(lexerResult.hidden);
        this.unorderedGroups.clear();
        self.lexerResult = undefined;
        linkContainers(result);
        return { value: result as T, lexerErrors: lexerResult.errors, lexerReport: lexerResult.report, parserErrors: this.wrapper.errors };
    }
}

/** Sets every descendant's container links, as Langium's `linkContentToContainer(node, { deep: true })`. */
function linkContainers(node: AstNode): void {
    const record = node as unknown as Record<string, unknown>;
    for (const name in record) {
        if (name.charCodeAt(0) === 36 /* $ */ || !Object.hasOwn(record, name)) continue;
        const value = record[name];
        if (Array.isArray(value)) {
            for (let index = 0; index < value.length; index++) {
                const item: unknown = value[index];
                if (!isNode(item)) continue;
                item.$container = node;
                item.$containerProperty = name;
                item.$containerIndex = index;
                linkContainers(item);
            }
        } else if (isNode(value)) {
            value.$container = node;
            value.$containerProperty = name;
            linkContainers(value);
        }
    }
}

function isNode(value: unknown): value is AstNode & { $container: AstNode; $containerProperty: string; $containerIndex: number } {
    return typeof value === 'object' && value !== null && typeof (value as { $type?: unknown }).$type === 'string';
}
