/** Keywords that may also be names of actors and steps: those of the grammar's `Name` rule. */
import { AstUtils, GrammarAST } from 'langium';
import { SopLanguageGrammar } from '../generated/grammar.js';

function nameRuleKeywords(): Set<string> {
    const rule = SopLanguageGrammar().rules.find(r => r.name === 'Name');
    return new Set(rule ? AstUtils.streamAllContents(rule).filter(GrammarAST.isKeyword).map(k => k.value) : []);
}

export const SOFT_KEYWORDS: ReadonlySet<string> = nameRuleKeywords();
