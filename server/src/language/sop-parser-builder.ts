import { GrammarAST, GrammarUtils, type BaseParser } from 'langium';
import type { DSLMethodOpts, IOrAlt, TokenType, TokenTypeDictionary } from 'chevrotain';

type Method = () => void;
type RuleResult = NonNullable<ReturnType<BaseParser['getRule']>>;

/** The arguments of every rule call: the grammar has no parameters, so nothing reads them. */
const NO_ARGS: Record<string, boolean> = Object.freeze({}) as Record<string, boolean>;

/** A grammar feature the lean builder does not handle; the caller falls back to Langium's builder. */
export class UnsupportedGrammarError extends Error {}

interface Context {
    parser: BaseParser;
    tokens: TokenTypeDictionary;
    consume: number;
    optional: number;
    subrule: number;
    many: number;
    or: number;
}

/**
 * Langium's `createParser` for a grammar without rule parameters, guards, unordered groups or infix
 * rules. Langium's builder allocates, on every call of an alternatives, optional or repeated
 * element, a fresh array or object of fresh closures that forward the rule arguments, and a fresh
 * arguments object per rule call: ~10 % of the CPU of `sop check` on 1,000 files, and garbage to
 * collect. Without parameters the arguments are always empty, so each element's options are built
 * once here. The rules, indices and CST/AST building (LangiumParser's methods) are Langium's.
 */
export function createLeanParser<T extends BaseParser>(grammar: GrammarAST.Grammar, parser: T, tokens: TokenTypeDictionary): T {
    const reachable = GrammarUtils.getAllReachableRules(grammar, false);
    for (const rule of grammar.rules) {
        if (!reachable.has(rule)) continue;
        if (GrammarAST.isInfixRule(rule)) throw new UnsupportedGrammarError(`infix rule ${rule.name}`);
        if (!GrammarAST.isParserRule(rule)) continue;
        if (rule.parameters.length > 0) throw new UnsupportedGrammarError(`parameters of ${rule.name}`);
        const ctx: Context = { parser, tokens, consume: 1, optional: 1, subrule: 1, many: 1, or: 1 };
        parser.rule(rule, buildElement(ctx, rule.definition));
    }
    return parser;
}

function buildElement(ctx: Context, element: GrammarAST.AbstractElement): Method {
    if (GrammarAST.isGroup(element) && element.guardCondition) throw new UnsupportedGrammarError('guard condition');
    return withCardinality(ctx, buildBody(ctx, element), element.cardinality);
}

function buildBody(ctx: Context, element: GrammarAST.AbstractElement): Method {
    if (GrammarAST.isKeyword(element)) return consumer(ctx, token(ctx, element.value), element);
    if (GrammarAST.isAction(element)) {
        const type = GrammarUtils.getTypeName(element);
        return () => ctx.parser.action(type, element);
    }
    if (GrammarAST.isAssignment(element)) return buildElement(ctx, element.terminal);
    if (GrammarAST.isCrossReference(element)) return buildCrossReference(ctx, element);
    if (GrammarAST.isRuleCall(element)) return buildRuleCall(ctx, element, element);
    if (GrammarAST.isAlternatives(element)) return buildAlternatives(ctx, element);
    if (GrammarAST.isUnorderedGroup(element)) throw new UnsupportedGrammarError('unordered group');
    if (GrammarAST.isGroup(element)) return buildGroup(ctx, element);
    throw new UnsupportedGrammarError(`element ${element.$type}`);
}

function consumer(ctx: Context, tokenType: TokenType, feature: GrammarAST.AbstractElement): Method {
    const idx = ctx.consume++;
    return () => ctx.parser.consume(idx, tokenType, feature);
}

/** A rule call, or the name a cross-reference is written with (`feature` is then the cross-reference). */
function buildRuleCall(ctx: Context, call: GrammarAST.RuleCall, feature: GrammarAST.AbstractElement): Method {
    const rule = call.rule.ref;
    if (GrammarAST.isTerminalRule(rule)) return consumer(ctx, token(ctx, rule.name), feature);
    if (!GrammarAST.isParserRule(rule)) throw new UnsupportedGrammarError(`rule call ${call.rule.$refText}`);
    if (call.arguments.length > 0) throw new UnsupportedGrammarError(`arguments of ${rule.name}`);
    const idx = ctx.subrule++;
    const fragment = rule.fragment && feature === call;
    let subrule: RuleResult | undefined;
    return () => {
        subrule ??= ruleOf(ctx, rule.name);
        ctx.parser.subrule(idx, subrule, fragment, feature, NO_ARGS);
    };
}

function buildCrossReference(ctx: Context, crossRef: GrammarAST.CrossReference): Method {
    let terminal = crossRef.terminal;
    if (!terminal) {
        const type = crossRef.type.ref;
        terminal = type ? GrammarUtils.findNameAssignment(type)?.terminal : undefined;
        if (!terminal) throw new UnsupportedGrammarError(`cross-reference to ${crossRef.type.$refText}`);
    }
    if (GrammarAST.isRuleCall(terminal)) return buildRuleCall(ctx, terminal, crossRef);
    if (GrammarAST.isKeyword(terminal)) return consumer(ctx, token(ctx, terminal.value), crossRef);
    throw new UnsupportedGrammarError('cross-reference terminal');
}

function buildAlternatives(ctx: Context, alternatives: GrammarAST.Alternatives): Method {
    if (alternatives.elements.length === 1) return buildElement(ctx, alternatives.elements[0]);
    const choices: Array<IOrAlt<unknown>> = alternatives.elements.map(e => ({ ALT: buildElement(ctx, e) }));
    const idx = ctx.or++;
    return () => ctx.parser.alternatives(idx, choices);
}

function buildGroup(ctx: Context, group: GrammarAST.Group): Method {
    const methods = group.elements.map(e => buildElement(ctx, e));
    return () => {
        for (const method of methods) method();
    };
}

function withCardinality(ctx: Context, method: Method, cardinality: GrammarAST.AbstractElement['cardinality']): Method {
    const options: DSLMethodOpts<unknown> = { DEF: method };
    switch (cardinality) {
        case undefined: return method;
        case '*': {
            const idx = ctx.many++;
            return () => ctx.parser.many(idx, options);
        }
        case '+': {
            const idx = ctx.many++;
            return () => ctx.parser.atLeastOne(idx, options);
        }
        case '?': {
            const idx = ctx.optional++;
            return () => ctx.parser.optional(idx, options);
        }
    }
}

function token(ctx: Context, name: string): TokenType {
    const tokenType = ctx.tokens[name];
    if (!tokenType) throw new UnsupportedGrammarError(`token ${name}`);
    return tokenType;
}

function ruleOf(ctx: Context, name: string): RuleResult {
    const rule = ctx.parser.getRule(name);
    if (!rule) throw new Error(`Rule "${name}" not found.`);
    return rule;
}
