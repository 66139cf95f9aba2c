import type { GrammarAST, ValidationAcceptor, ValidationChecks } from 'langium';
import { keywordSummaries } from '../sop-keyword-leaves.js';
import type { Sop, SopAstType } from '../generated/ast.js';
import { IssueCodes } from '../../protocol/sop-issue-codes.js';
import type { SopReporter } from './sop-reporter.js';

/**
 * Misspelled clause keywords. SopLexer lexes a near miss at the start of a line as the keyword the
 * author meant, so the file parses; here the word is reported once, with a quick fix that writes
 * the keyword.
 */
export class KeywordChecks {
    constructor(private readonly r: SopReporter) {}

    checks(): ValidationChecks<SopAstType> {
        const g = this.r.guard.bind(this.r);
        return { Sop: [g('misspelledKeywords', (n: Sop, a) => this.checkMisspelledKeywords(n, a))] };
    }

    checkMisspelledKeywords(sop: Sop, accept: ValidationAcceptor): void {
        if (!sop.$cstNode) return;
        for (const { misspelled } of keywordSummaries(sop.$cstNode)) {
            for (const leaf of misspelled) {
                const keyword = leaf.grammarSource as GrammarAST.Keyword;
                this.r.report(accept, IssueCodes.UnknownKeyword, { node: leaf.astNode, range: leaf.range }, [leaf.text, keyword.value]);
            }
        }
    }
}
