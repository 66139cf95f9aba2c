import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { Branch, Sop, SopAstType, Step } from '../generated/ast.js';
import { IssueCodes } from '../sop-issue-codes.js';
import { stepKindOf } from '../../model/sop-model-builder.js';
import { deleteClause, insertAfter, propertyCst } from './edit-helpers.js';
import type { SopAnalysisCache } from './sop-analysis.js';
import type { FixData, SopReporter } from './sop-reporter.js';
import { isBareStartOrEnd } from './text-heuristics.js';
import './flow-messages.js';

/** Above this many steps, suggest splitting into micro SOPs (format reference §10.3). */
export const MAX_STEPS = 25;

const TERMINATOR_OF: Record<string, string> = { langkah: 'kapsul', step: 'terminator' };
const PROCESS_OF: Record<string, string> = { kapsul: 'langkah', terminator: 'step' };
const YES = ['ya', 'yes'];

/** Steps and flow rules (format reference §10.3, §5.2–5.4). */
export class FlowChecks {
    constructor(private readonly r: SopReporter, private readonly analysis: SopAnalysisCache) {}

    checks(): ValidationChecks<SopAstType> {
        const g = this.r.guard.bind(this.r);
        return {
            Sop: [
                g('stepCount', (n: Sop, a) => this.checkStepCount(n, a)),
                g('terminators', (n: Sop, a) => this.checkTerminators(n, a)),
                g('reachability', (n: Sop, a) => this.checkReachability(n, a)),
            ],
            Step: [
                g('branches', (n: Step, a) => this.checkBranches(n, a)),
                g('decisionNext', (n: Step, a) => this.checkDecisionNext(n, a)),
                g('nextAndEnd', (n: Step, a) => this.checkNextAndEnd(n, a)),
                g('selfLoop', (n: Step, a) => this.checkSelfLoop(n, a)),
                g('bareStartEnd', (n: Step, a) => this.checkBareStartEnd(n, a)),
            ],
        };
    }

    checkStepCount(sop: Sop, accept: ValidationAcceptor): void {
        if (sop.steps.length === 0) this.r.report(accept, IssueCodes.NoSteps, { node: sop, property: 'name' });
        if (sop.steps.length > MAX_STEPS) {
            this.r.report(accept, IssueCodes.TooManySteps, { node: sop, property: 'name' }, [sop.steps.length, MAX_STEPS]);
        }
    }

    checkTerminators(sop: Sop, accept: ValidationAcceptor): void {
        const steps = sop.steps;
        if (steps.length === 0) return;
        const model = this.analysis.model(sop);
        const first = steps[0];
        const last = steps[steps.length - 1];
        if (stepKindOf(first.kind) !== 'terminator') this.reportKind(accept, IssueCodes.FirstStepNotTerminator, first, TERMINATOR_OF);
        if (steps.length > 1) {
            if (stepKindOf(last.kind) === 'decision') this.r.report(accept, IssueCodes.DecisionLastRow, { node: last, property: 'kind' });
            else if (stepKindOf(last.kind) !== 'terminator') this.reportKind(accept, IssueCodes.LastStepNotTerminator, last, TERMINATOR_OF);
        }
        model.steps.forEach((s, i) => {
            if (i === 0 || i === steps.length - 1) return;
            if (s.isEnd && s.kind === 'process') this.reportKind(accept, IssueCodes.EndStepNotTerminator, steps[i], TERMINATOR_OF);
            if (!s.isEnd && s.kind === 'terminator') this.reportKind(accept, IssueCodes.TerminatorInMiddle, steps[i], PROCESS_OF);
        });
    }

    private reportKind(accept: ValidationAcceptor, code: typeof IssueCodes[keyof typeof IssueCodes], step: Step, swap: Record<string, string>): void {
        const cst = propertyCst(step, 'kind');
        const target = swap[step.kind] ?? (code === IssueCodes.TerminatorInMiddle ? 'langkah' : 'kapsul');
        const fixes: FixData[] | undefined = cst && swap[step.kind]
            ? [{ title: code === IssueCodes.TerminatorInMiddle ? 'fix.make-process' : 'fix.make-terminator', args: [target], edits: [{ range: cst.range, newText: target }] }]
            : undefined;
        this.r.report(accept, code, { node: step, property: 'kind' }, [step.kind, target], { fixes });
    }

    checkReachability(sop: Sop, accept: ValidationAcceptor): void {
        if (sop.steps.length === 0) return;
        const flow = this.analysis.flow(sop);
        const stepAt = (k: number) => sop.steps[k - 1];
        const inCycle = new Set<number>();
        for (const cycle of flow.cyclesWithoutDecision) {
            cycle.forEach(k => inCycle.add(k));
            const names = cycle.map(k => stepAt(k).name).join(', ');
            this.r.report(accept, IssueCodes.CycleWithoutDecision, { node: stepAt(cycle[0]), property: 'name' }, [names]);
        }
        const selfLoops = new Set(flow.selfLoops);
        for (const k of flow.unreachable) this.r.report(accept, IssueCodes.StepUnreachable, { node: stepAt(k), property: 'name' });
        for (const k of flow.cannotReachEnd) {
            // Endless loops and self-loops are reported once, by their own rule.
            if (inCycle.has(k) || selfLoops.has(k)) continue;
            this.r.report(accept, IssueCodes.StepCannotReachEnd, { node: stepAt(k), property: 'name' });
        }
    }

    checkBranches(step: Step, accept: ValidationAcceptor): void {
        if (stepKindOf(step.kind) !== 'decision') {
            for (const b of step.branches) this.r.report(accept, IssueCodes.BranchOnNonDecision, { node: b, property: 'polarity' });
            return;
        }
        const yes = step.branches.filter(b => YES.includes(b.polarity));
        const no = step.branches.filter(b => !YES.includes(b.polarity));
        const english = step.kind === 'decision';
        if (yes.length === 0) this.reportMissingBranch(accept, step, 'Ya', english ? 'yes' : 'ya', no[0]);
        if (no.length === 0) this.reportMissingBranch(accept, step, 'Tidak', english ? 'no' : 'tidak', yes[0]);
        for (const extra of [...yes.slice(1), ...no.slice(1)]) {
            this.r.report(accept, IssueCodes.DecisionExtraBranch, { node: extra, property: 'polarity' }, [extra.polarity]);
        }
        for (const b of step.branches) {
            if (b.label !== undefined && !b.label.trim()) this.r.report(accept, IssueCodes.DecisionEmptyLabel, { node: b, property: 'label' });
        }
        if (yes.length === 1 && no.length === 1) this.checkDistinctBranches(step, yes[0], no[0], accept);
    }

    private checkDistinctBranches(step: Step, yes: Branch, no: Branch, accept: ValidationAcceptor): void {
        if (yes.target?.ref && yes.target.ref === no.target?.ref) {
            this.r.report(accept, IssueCodes.DecisionSameTarget, { node: no, property: 'target' }, [no.target.$refText]);
        }
        const label = (b: Branch, fallback: string) => (b.label ?? fallback).trim().toLowerCase();
        if (label(yes, 'Ya') && label(yes, 'Ya') === label(no, 'Tidak')) {
            this.r.report(accept, IssueCodes.DecisionSameLabels, { node: no, property: 'label' }, [no.label ?? '']);
        }
    }

    private reportMissingBranch(accept: ValidationAcceptor, step: Step, label: string, keyword: string, other: Branch | undefined): void {
        const target = this.branchTarget(step, other);
        const edit = target ? insertAfter(step, `\n${clauseIndent(step)}${keyword} ${keyword === 'yes' || keyword === 'no' ? 'to' : 'ke'} ${target}`) : undefined;
        const fixes = edit ? [{ title: 'fix.add-branch', args: [keyword, target!], edits: [edit] }] : undefined;
        this.r.report(accept, IssueCodes.DecisionMissingBranch, { node: step, property: 'name' }, [label, keyword], { fixes });
    }

    /** A plausible target for a missing branch: the next row, else the previous one, else the first. */
    private branchTarget(step: Step, other: Branch | undefined): string | undefined {
        const steps = step.$container.steps;
        const i = steps.indexOf(step);
        const taken = other?.target?.$refText;
        return [steps[i + 1], steps[i - 1], steps[0]].find(s => s && s !== step && s.name && s.name !== taken)?.name;
    }

    checkDecisionNext(step: Step, accept: ValidationAcceptor): void {
        if (stepKindOf(step.kind) !== 'decision') return;
        for (const property of ['next', 'end'] as const) {
            const cst = propertyCst(step, property);
            if (!cst || (property === 'end' && !step.end)) continue;
            const word = property === 'next' ? 'lanjut ke' : 'selesai';
            const edit = deleteClause(step, cst, property === 'next' ? ['lanjut', 'next', 'ke', 'to'] : []);
            this.r.report(accept, IssueCodes.NextOnDecision, { node: step, range: cst.range }, [word], {
                fixes: edit ? [{ title: 'fix.remove-clause', args: [word], edits: [edit] }] : undefined,
            });
        }
    }

    checkNextAndEnd(step: Step, accept: ValidationAcceptor): void {
        if (stepKindOf(step.kind) === 'decision' || !step.next || !step.end) return;
        this.r.report(accept, IssueCodes.NextAndEnd, { node: step, property: 'end' });
    }

    checkSelfLoop(step: Step, accept: ValidationAcceptor): void {
        if (stepKindOf(step.kind) !== 'decision' && step.next?.ref === step) {
            this.r.report(accept, IssueCodes.SelfLoop, { node: step, property: 'next' });
        }
        if (stepKindOf(step.kind) !== 'decision') return;
        for (const b of step.branches) {
            if (b.target?.ref === step) this.r.report(accept, IssueCodes.SelfLoop, { node: b, property: 'target' });
        }
    }

    checkBareStartEnd(step: Step, accept: ValidationAcceptor): void {
        if (step.activity !== undefined && isBareStartOrEnd(step.activity)) {
            this.r.report(accept, IssueCodes.EmptyStartEndRow, { node: step, property: 'activity' }, [step.activity.trim()]);
        }
    }
}

/** The indentation the step's clauses use (that of its second line), or four spaces. */
export function clauseIndent(step: Step): string {
    const text = step.$cstNode?.text ?? '';
    const m = /\n([ \t]+)\S/.exec(text);
    return m ? m[1] : '    ';
}
