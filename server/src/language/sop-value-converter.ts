import { DefaultValueConverter, GrammarUtils, type CstNode, type GrammarAST, type ValueType } from 'langium';

/** What Langium's converter does with a rule's text: strings and data-type rules keep it as it is. */
type Conversion = 'string' | 'as-is' | 'langium';

/**
 * Langium's value converter, cheaper per value: Langium works out each value's conversion from its
 * rule's name and type on every call (two case conversions of strings), and unquotes a STRING one
 * character at a time, a chain of one string object per character until something flattens it:
 * 130 MB of garbage in `sop check` on 1,000 files. Here the conversion is looked up once per rule,
 * and a string without escapes is unquoted in one copy. The values are the same as Langium's, and
 * like Langium's they share no memory with the document's text (a cache that keeps one must not keep
 * the whole text alive: CONTRIBUTING, lexer cache).
 */
export class SopValueConverter extends DefaultValueConverter {
    private readonly conversions = new Map<GrammarAST.AbstractRule, Conversion>();

    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        let conversion = this.conversions.get(rule);
        if (conversion === undefined) {
            conversion = conversionOf(rule);
            this.conversions.set(rule, conversion);
        }
        if (conversion === 'as-is') return input;
        if (conversion === 'string' && input.indexOf('\\') < 0) return unquoted(input);
        return super.runConverter(rule, input, cstNode);
    }
}

function conversionOf(rule: GrammarAST.AbstractRule): Conversion {
    const name = rule.name.toUpperCase();
    if (name === 'STRING') return 'string';
    if (name === 'INT' || name === 'ID') return 'langium';
    const type = GrammarUtils.getRuleType(rule)?.toLowerCase();
    return type === 'number' || type === 'boolean' || type === 'bigint' || type === 'date' ? 'langium' : 'as-is';
}

/**
 * The text between the quotes, as a string of its own: the concatenation is flattened into a new
 * string by the slice, and the result slices that new string rather than the document.
 */
function unquoted(input: string): string {
    return (' ' + input).slice(2, -1);
}
