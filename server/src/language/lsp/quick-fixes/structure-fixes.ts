import { CstUtils, GrammarAST, isLeafCstNode, type CstNode } from 'langium';
import { isStep, type Step } from '../../generated/ast.js';
import { IssueCodes } from '../../../protocol/sop-issue-codes.js';
import { CLAUSE_KEYWORDS, clauseNodes } from '../../validation/structure-checks.js';
import { fixOf, type FixBuilder } from './quick-fix.js';
import { deleteClause } from './text-edits.js';
import { propertyCsts } from '../../validation/source-ranges.js';

/**
 * `output "a", "b"`: the clause runs on past its first item to the further items (`outputs`) and
 * commas right after it; returns the offset where the clause ends.
 */
function outputClauseEnd(step: Step, first: CstNode): number {
    const further = new Set(propertyCsts(step, 'outputs').map(c => c.offset));
    let end = first.end;
    if (!step.$cstNode) return end;
    for (const leaf of CstUtils.streamCst(step.$cstNode)) {
        if (!isLeafCstNode(leaf) || leaf.hidden || leaf.offset < first.end) continue;
        if (leaf.text !== ',' && !further.has(leaf.offset)) break;
        end = leaf.end;
    }
    return end;
}

/** Quick fixes of the structure and keyword checks. */
export const StructureFixes = {
    /** Removes the earlier of two identical clauses (the last one counts). */
    [IssueCodes.DuplicateClause]: ctx => {
        const step = ctx.nodeOf(isStep);
        if (!step) return [];
        for (const [property, nodes] of clauseNodes(step)) {
            const cst = nodes.slice(0, -1).find(n => ctx.startsHere(n));
            // `oleh a bersama b`: removing only `oleh a` would orphan `bersama b`, so no fix there.
            if (!cst || (property === 'byActors' && step.coActors.length > 0)) continue;
            const keywords = CLAUSE_KEYWORDS[property];
            const end = property === 'firstOutputs' ? outputClauseEnd(step, cst) : cst.end;
            return fixOf('fix.remove-clause', [keywords[0] ?? cst.text], deleteClause(step, cst, keywords, end));
        }
        return [];
    },
    /** Writes the keyword a misspelled one was read as. */
    [IssueCodes.UnknownKeyword]: ctx => {
        const leaf = ctx.leaf;
        const keyword = leaf?.grammarSource;
        if (!leaf || !ctx.startsHere(leaf) || !GrammarAST.isKeyword(keyword) || leaf.text === keyword.value) return [];
        return fixOf('fix.replace-keyword', [leaf.text, keyword.value], ctx.replace(leaf, keyword.value));
    },
} satisfies Record<string, FixBuilder>;
