import { GrammarAST, GrammarUtils, type Grammar } from 'langium';

const patterns = new WeakMap<Grammar, RegExp>();

/**
 * Whether `text` is one name (the grammar's ID terminal). Read from the grammar itself, so quick
 * fixes and rename accept exactly the letters the lexer does (é, ñ, Ж… since issue 11).
 */
export function isName(grammar: Grammar, text: string): boolean {
    let pattern = patterns.get(grammar);
    if (!pattern) {
        const id = grammar.rules.find(r => GrammarAST.isTerminalRule(r) && r.name === 'ID') as GrammarAST.TerminalRule | undefined;
        const regex = id ? GrammarUtils.terminalRegex(id) : /[_a-zA-Z]\w*/;
        patterns.set(grammar, pattern = new RegExp(`^(?:${regex.source})$`, regex.flags));
    }
    return pattern.test(text);
}
