import { isEnd, isStep, type Step } from '../../generated/ast.js';
import { IssueCodes } from '../../../protocol/sop-issue-codes.js';
import { kw } from '../../../vocabulary/sop-vocabulary.js';
import { languageOf } from '../../file-language.js';
import { stepKindOf } from '../../sop-ast-utils.js';
import { propertyCst } from '../../validation/source-ranges.js';
import { TO_PROCESS, TO_TERMINATOR } from '../../validation/flow-checks.js';
import { rowNumberOf } from '../../validation/sop-analysis.js';
import { fixOf, type FixBuilder, type FixContext } from './quick-fix.js';
import { clauseIndent, deleteClause, insertAfter } from './text-edits.js';

/** Rewrites the kind keyword of the step the diagnostic sits on, when it is of kind `swap.from`. */
function swapKind(swap: typeof TO_TERMINATOR | typeof TO_PROCESS): FixBuilder {
    return ctx => {
        const step = ctx.nodeOf(isStep);
        const cst = step && propertyCst(step, 'kind');
        if (!step || !ctx.startsHere(cst) || stepKindOf(step.kind) !== swap.from) return [];
        const target = kw(swap.to, languageOf(step));
        return fixOf(swap === TO_PROCESS ? 'fix.make-process' : 'fix.make-terminator', [target], ctx.replace(cst, target));
    };
}

/** A plausible target for a missing branch: the next row, else the previous one, else the first. */
function branchTarget(step: Step, taken: string | undefined): string | undefined {
    const steps = step.$container.steps;
    const i = rowNumberOf(step) - 1;
    return [steps[i + 1], steps[i - 1], steps[0]].find(s => s && s !== step && s.name && s.name !== taken)?.name;
}

/** Adds the missing branch in the file's language: `tidak ke x` in Indonesian files, `no to x` in English ones. */
function addBranch(ctx: FixContext) {
    const step = ctx.nodeOf(isStep);
    const polarity = ctx.hint('polarity');
    if (!step || (polarity !== 'yes' && polarity !== 'no')) return [];
    const target = branchTarget(step, ctx.hint('taken'));
    if (!target) return [];
    const lang = languageOf(step);
    const clause = `${kw(polarity, lang)} ${kw('to', lang)} ${target}`;
    return fixOf('fix.add-branch', [clause], insertAfter(step, `\n${clauseIndent(step)}${clause}`));
}

/** Quick fixes of the flow checks. */
export const FlowFixes = {
    [IssueCodes.FirstStepNotTerminator]: swapKind(TO_TERMINATOR),
    [IssueCodes.LastStepNotTerminator]: swapKind(TO_TERMINATOR),
    [IssueCodes.EndStepNotTerminator]: swapKind(TO_TERMINATOR),
    [IssueCodes.TerminatorInMiddle]: swapKind(TO_PROCESS),
    [IssueCodes.DecisionMissingBranch]: addBranch,
    /** Removes `selesai` from a decision. */
    [IssueCodes.NextOnDecision]: ctx => {
        const end = ctx.nodeOf(isEnd);
        const step = ctx.nodeOf(isStep);
        if (!end || !step || !ctx.startsHere(end.$cstNode)) return [];
        return fixOf('fix.remove-clause', [kw('end', languageOf(step))], deleteClause(step, end.$cstNode!, []));
    },
} satisfies Record<string, FixBuilder>;
